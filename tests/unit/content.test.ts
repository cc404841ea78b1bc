// Content checks over every course page: what a reader would notice if it slipped through.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPage, codeBlocks, splitFrontmatter, ERRATA_FORMS } from '../../scripts/lib/content-rules.mjs';

const DOCS = 'src/content/docs';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? pages(p) : /\.mdx?$/.test(p) ? [p] : [];
  });
}

const files = pages(DOCS);
// The revision tools (quiz list, exam, flashcards) are applications, not lessons.
const TOOL_PAGES = ['revision/quiz.mdx', 'revision/examen.mdx', 'revision/cartes.mdx'];
// The aide-mémoire (revision/aide-memoire/) are printable reference sheets, not lessons either.
const isTool = (f: string) => TOOL_PAGES.includes(relative(DOCS, f)) || relative(DOCS, f).startsWith('revision/aide-memoire/');
const chapterPages = files.filter((f) => relative(DOCS, f).includes('/') && !isTool(f));

describe('les pages du cours', () => {
  it(`forment un cours de 30 à 50 pages réparties en chapitres (${chapterPages.length})`, () => {
    expect(chapterPages.length).toBeGreaterThanOrEqual(30);
    expect(chapterPages.length).toBeLessThanOrEqual(50);
  });

  it('contiennent au moins 50 blocs de code', () => {
    const count = files.reduce((n, f) => n + codeBlocks(splitFrontmatter(readFileSync(f, 'utf8')).body).length, 0);
    expect(count).toBeGreaterThanOrEqual(50);
  });

  it.each(files)('%s respecte les règles de contenu', (file) => {
    const text = readFileSync(file, 'utf8');
    const isSplash = relative(DOCS, file) === 'index.mdx';
    expect(checkPage(file, text, { isSplash })).toEqual([]);
  });
});

describe('les règles elles-mêmes', () => {
  const page = (body: string) =>
    `---\ntitle: T\ndescription: Une description suffisamment longue pour la règle.\nsidebar:\n  order: 1\n---\n${body}\n:::tip[À retenir]\n- x\n:::\n`;

  it('acceptent une page correcte', () => {
    expect(checkPage('ok.mdx', page('Texte.\n\n```sh\ndocker ps -a\n```\n'))).toEqual([]);
  });

  it('refusent une invite « $ » dans une commande', () => {
    expect(checkPage('x.mdx', page('```sh\n$ docker ps\n```'))).toEqual([
      expect.stringContaining('invite'),
    ]);
  });

  it('refusent un bloc sans langage', () => {
    expect(checkPage('x.mdx', page('```\nls\n```')).join()).toContain('sans langage');
  });

  it('refusent le texte mal encodé', () => {
    expect(checkPage('x.mdx', page('Les cl√©s de l‚Äôh√¥te')).join()).toContain('mal encodé');
    expect(checkPage('x.mdx', page('Ã©tÃ© â€™')).join()).toContain('mal encodé');
  });

  it.each([
    'docker ps -all',
    '-v /tpm/container:/tmp',
    'echo "$P" \\| docker login',
    'le récipient',
    'docker scan monimage',
    'FROM node:18-alpine',
    'RUN npm install --production',
    'image: mysql:5.7',
    'uses: actions/checkout@v3',
  ])('refusent la forme erronée des sources : %s', (wrong) => {
    expect(checkPage('x.mdx', page(`Texte ${wrong} texte`)).join()).toContain('forme erronée');
  });

  it('couvrent toutes les formes erronées listées', () => {
    expect(ERRATA_FORMS.length).toBeGreaterThanOrEqual(15);
  });

  it('refusent un tableau dont la première cellule d’en-tête est vide', () => {
    expect(checkPage('x.mdx', page('| | A | B |\n| --- | --- | --- |\n| x | 1 | 2 |')).join()).toContain('en-tête est vide');
    expect(checkPage('x.mdx', page('| Critère | A |\n| --- | --- |\n| x | 1 |'))).toEqual([]);
  });

  it('refusent une option écrite hors code, que la typographie transformerait', () => {
    expect(checkPage('x.mdx', page('## La syntaxe --mount')).join()).toContain('hors code');
    expect(checkPage('x.mdx', page('## La syntaxe `--mount`\n\n```sh\ndocker run --rm x\n```'))).toEqual([]);
  });

  it('refusent « committé » et ses variantes, mais pas `git commit`', () => {
    for (const w of ['Le fichier est committé.', 'une image commitée', 'Il faut commiter le code.', 'à committer'])
      expect(checkPage('x.mdx', page(w)).join(), w).toContain('n’est pas français');
    expect(checkPage('x.mdx', page('Le fichier est versionné (`git commit -m "x"`), puis commit et push du code.'))).toEqual([]);
  });

  it('exigent « répartiteur de charge (load balancer) » avant tout « load balancer » de la page', () => {
    expect(checkPage('x.mdx', page('Un load balancer répartit les requêtes.')).join()).toContain('répartiteur de charge (load balancer)');
    expect(checkPage('x.mdx', page('Un répartiteur de charge (load balancer) répartit.\n\nCe load balancer suit.'))).toEqual([]);
    expect(checkPage('x.mdx', page('Le type `LoadBalancer` et `load balancer` en code.'))).toEqual([]);
  });

  it('exigent « Pod » avec une majuscule dans le texte, pas dans le code ni les adresses', () => {
    expect(checkPage('x.mdx', page('Chaque pod a une IP.')).join()).toContain('« Pod »');
    expect(checkPage('x.mdx', page('Les pods redémarrent.')).join()).toContain('« Pod »');
    expect(checkPage('x.mdx', page('Les Pods et `kubectl get pods`, Podman, [la page](/kubernetes/pod/), pod/web.'))).toEqual([]);
    expect(checkPage('x.mdx', page('```sh\nkubectl get pods\n```'))).toEqual([]);
  });

  it('exigent une description d’au moins 30 caractères', () => {
    const short = '---\ntitle: T\ndescription: Trop court\nsidebar:\n  order: 1\n---\n:::tip[À retenir]\n- x\n:::\n';
    expect(checkPage('x.mdx', short).join()).toContain('description');
  });

  it('exigent l’encadré « À retenir » en fin de page', () => {
    const body = '---\ntitle: T\ndescription: Une description suffisamment longue pour la règle.\nsidebar:\n  order: 1\n---\nTexte.\n';
    expect(checkPage('x.mdx', body).join()).toContain('À retenir');
  });
});
