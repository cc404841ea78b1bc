// Flashcard decks: the schema and its French errors, Anki's cloze syntax, the expansion into
// study cards, and the real decks of src/content/cards as the build renders them.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERRATA_FORMS } from '../../scripts/lib/content-rules.mjs';
import { CHAPTERS } from '../../src/lib/chapters.mjs';
import { ContentError, readYamlBank } from '../../src/lib/yaml-collection';
import { loadStudyCards } from '../../src/quiz/cards-loader';
import { cardEntrySchema, clozeSides, expandEntry, markClozeHtml, parseCloze, type CardEntry } from '../../src/quiz/cards-schema';
import type { StudyCard } from '../../src/quiz/cards-schema';

const anchors = new Map([['/docker/images/', new Set(['image-et-conteneur', 'les-tags'])]]);

/** The problems readYamlBank reports for one deck file. */
function problems(yaml: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cartes-'));
  writeFileSync(join(dir, 'docker.yaml'), yaml);
  try {
    readYamlBank({ dir, listKey: 'cards', itemLabel: 'carte', schema: cardEntrySchema, anchors });
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map((p) => p.replace(`${dir}/`, ''));
    throw e;
  }
}

const deck = (cards: string) => `cards:\n${cards}`;
const basic = `  - id: docker-image-vs-conteneur
    type: basic
    section: /docker/images/#image-et-conteneur
    front: Image ou conteneur ?
    back: L’image est le modèle, le conteneur son instance.
`;

describe('le schéma d’une carte', () => {
  it('accepte les trois types, avec étiquettes et complément', () => {
    expect(
      problems(
        deck(`${basic}  - id: docker-tag
    type: reversed
    section: /docker/images/#les-tags
    front: "\`latest\`"
    back: Le tag par défaut.
    tags: [images, tags]
  - id: docker-port
    type: cloze
    section: /docker/images/
    text: "\`docker run {{c1::-p 8080:80}} nginx\`"
    extra: Hôte puis conteneur.
`),
      ),
    ).toEqual([]);
  });

  it('nomme le fichier, la carte et le champ en français', () => {
    const out = problems(
      deck(`  - id: docker-sans-verso
    type: basic
    section: /docker/images/#image-et-conteneur
    front: Recto seul
  - id: docker-type
    type: question
    section: /docker/images/
    front: a
    back: b
  - id: Docker_Majuscules
    type: basic
    section: /docker/images/
    front: a
    back: b
  - id: docker-trou
    type: cloze
    section: /docker/images/
    text: Pas de trou ici.
  - id: docker-section
    type: basic
    section: /docker/images/#nulle-part
    front: a
    back: b
    couleur: rouge
`),
    );
    expect(out).toEqual([
      'docker.yaml › carte « docker-sans-verso » › champ « back » : champ obligatoire manquant',
      'docker.yaml › carte « docker-type » › champ « type » : valeur « question » inconnue (attendu : basic, reversed, cloze)',
      expect.stringMatching(/^docker\.yaml › carte « Docker_Majuscules » › champ « id » : identifiant attendu en minuscules/),
      'docker.yaml › carte « docker-trou » › champ « text » : aucun trou {{c1::…}} dans le texte',
      'docker.yaml › carte « docker-section » › champ(s) inconnu(s) : couleur'.replace('champ(s)', 'contenu : champ(s)'),
    ]);
  });

  it('refuse un identifiant en double et une section qui n’existe pas', () => {
    const out = problems(deck(`${basic}${basic.replace('#image-et-conteneur', '#ailleurs')}`));
    expect(out).toEqual([
      expect.stringMatching(/carte « docker-image-vs-conteneur » › champ « id » : identifiant déjà utilisé/),
      'docker.yaml › carte « docker-image-vs-conteneur » › champ « section » : la page /docker/images/ n’a pas de titre d’ancre #ailleurs',
    ]);
  });
});

describe('les trous (cloze)', () => {
  it('lit réponses et indices, et garde les accolades d’un modèle Go dans une réponse', () => {
    const p = parseCloze("PID : {{c1::docker inspect -f '{{.State.Pid}}'::commande}} puis {{c2::kill -9}}, {{c1::encore}}.");
    expect(p).toEqual({
      parts: ['PID : ', { n: 1, answer: "docker inspect -f '{{.State.Pid}}'", hint: 'commande' }, ' puis ', { n: 2, answer: 'kill -9' }, ', ', { n: 1, answer: 'encore' }, '.'],
      numbers: [1, 2],
    });
  });

  it('signale les trous mal formés', () => {
    expect(parseCloze('a {{c1::b')).toEqual({ error: 'trou {{c1::… non fermé (il manque « }} »)' });
    expect(parseCloze('a {{c1::b {{c2::c}} }}')).toEqual({ error: 'trou {{c2::…}} imbriqué dans le trou {{c1::…}}' });
    expect(parseCloze('a {{c0::b}}')).toMatchObject({ error: expect.stringContaining('c0') });
    expect(parseCloze('a {{c1::::indice}}')).toEqual({ error: 'trou {{c1::…}} sans réponse' });
    expect(parseCloze('rien')).toEqual({ error: 'aucun trou {{c1::…}} dans le texte' });
  });

  it('cache le trou de la carte au recto, montre les autres réponses, révèle au verso', () => {
    const p = parseCloze('{{c1::Docker}} lance des {{c2::conteneurs::quoi ?}}.');
    if ('error' in p) throw new Error(p.error);
    const strip = (s: string) => s.replace(/[\uE000-\uE003]/g, '|');
    expect(strip(clozeSides(p.parts, 1).front)).toBe('|…| lance des conteneurs.');
    expect(strip(clozeSides(p.parts, 2).front)).toBe('Docker lance des |quoi ?|.');
    expect(strip(clozeSides(p.parts, 2).back)).toBe('Docker lance des |conteneurs|.');
  });

  it('marque le trou dans le HTML rendu, même à cheval sur du code coloré', () => {
    expect(markClozeHtml('<p><code>run \uE002…\uE003 nginx</code></p>')).toBe('<p><code>run <span class="cloze cloze--hidden">[…]</span> nginx</code></p>');
    expect(markClozeHtml('<span style="a">run \uE000--rm</span><span style="b"> -it\uE001</span>')).toBe(
      '<span style="a">run <span class="cloze">--rm</span></span><span style="b"><span class="cloze"> -it</span></span>',
    );
  });
});

describe('les cartes étudiées', () => {
  const entry = (e: Partial<CardEntry> & { type: CardEntry['type'] }) => ({ id: 'n', section: '/docker/images/', ...e }) as CardEntry;

  it('basique : une carte ; inversée : deux sœurs aux faces échangées ; texte à trous : une carte par numéro', () => {
    expect(expandEntry(entry({ type: 'basic', front: 'R', back: 'V' })).map((c) => [c.id, c.note, c.front, c.back])).toEqual([['n', 'n', 'R', 'V']]);
    expect(expandEntry(entry({ type: 'reversed', front: 'R', back: 'V' })).map((c) => [c.id, c.note, c.ord, c.front, c.back])).toEqual([
      ['n', 'n', 1, 'R', 'V'],
      ['n:r', 'n', 2, 'V', 'R'],
    ]);
    expect(expandEntry(entry({ type: 'cloze', text: '{{c3::a}} {{c1::b}} {{c3::c}}' })).map((c) => [c.id, c.note, c.ord])).toEqual([
      ['n:c1', 'n', 1],
      ['n:c3', 'n', 3],
    ]);
  });
});

describe('les paquets du cours', () => {
  let cards: StudyCard[] = [];
  beforeAll(async () => {
    cards = await loadStudyCards();
  }, 60_000);

  it('comptent au moins 150 notes, et chaque chapitre a son paquet', () => {
    const notes = new Set(cards.map((c) => c.note));
    expect(notes.size).toBeGreaterThanOrEqual(150);
    const decks = new Set(cards.map((c) => c.deck));
    for (const [chapter] of CHAPTERS.filter(([c]) => c !== 'revision')) expect(decks, chapter).toContain(chapter);
  });

  it('ont la carte « image et conteneur » et des textes à trous pour les commandes', () => {
    const imageVsContainer = cards.filter((c) => /image/.test(c.note) && /conteneur/.test(c.note));
    expect(imageVsContainer.length).toBeGreaterThan(0);
    expect(imageVsContainer.some((c) => /instance|modèle|lecture seule/i.test(c.backText))).toBe(true);
    const commandClozes = cards.filter((c) => c.type === 'cloze' && /<code>[^<]*<span class="cloze/.test(c.frontHtml));
    expect(commandClozes.length).toBeGreaterThanOrEqual(20);
  });

  it('sont rendues en HTML, sans marque de trou ni syntaxe {{c1::}} restante', () => {
    for (const c of cards) {
      expect(c.frontHtml, c.id).not.toBe('');
      expect(c.backHtml, c.id).not.toBe('');
      expect(c.frontHtml + c.backHtml, c.id).not.toMatch(/[\uE000-\uE003]|\{\{c\d+::/);
      if (c.type === 'cloze') {
        expect(c.frontHtml, c.id).toMatch(/<span class="cloze cloze--hidden">\[/);
        expect(c.backHtml, c.id).toContain('<span class="cloze">');
      }
      expect(c.section).toMatch(new RegExp(`^/${c.deck}/`));
    }
  });

  it('respectent l’errata des sources (une forme erronée n’apparaît que pour mettre en garde contre elle)', () => {
    const dir = 'src/content/cards';
    const warning = /jamais|fin de vie|ancien|retiré|obsolète|remplac|dépréci|n’est plus|à éviter/i;
    for (const file of readdirSync(dir)) {
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const [re, why] of ERRATA_FORMS as [RegExp, string][]) {
            const once = new RegExp(re.source, re.flags.replace('m', ''));
            if (once.test(line) && !warning.test(line)) expect.fail(`${file}:${i + 1} : ${why}`);
          }
        });
    }
  });
});
