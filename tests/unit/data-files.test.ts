// The data files of the exam and cards pages: names that change with their content, and a
// loader that refuses a wrong file or manifest with a French message instead of half-working.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlineCards, queueCards } from '../../src/components/cards/data';
import { contentHash, emitDataFile, manifestOf } from '../../src/lib/data-file-emit';
import { DataFileError, loadData, loadDataFile, validateDataFile, validateManifest } from '../../src/quiz/data-files';
import type { Question } from '../../src/quiz/questions';
import type { ClientCard, CourseOutline } from '../../src/quiz/data-files';

const question = (id: string, prompt = 'Quelle commande ?'): Question => ({
  id,
  chapter: 'docker',
  chapterLabel: 'Docker',
  section: '/docker/volumes/#les-volumes',
  sectionTitle: 'Volumes',
  promptHtml: `<p>${prompt}</p>`,
  explanationHtml: '<p>Parce que.</p>',
  type: 'command',
  answers: ['docker volume ls'],
});
const card = (id: string): ClientCard => ({
  id,
  note: id,
  deck: 'docker',
  deckLabel: 'Docker',
  type: 'basic',
  ord: 1,
  frontHtml: '<p>Recto</p>',
  backHtml: '<p>Verso</p>',
  section: '/docker/volumes/',
  sectionTitle: 'Volumes',
  tags: [],
});

const outline = (): CourseOutline => ({
  id: 'cours',
  chapters: [{ id: 'docker', label: 'Docker' }],
  sections: [
    { path: '/docker/volumes/', title: 'Volumes', page: 'Volumes', chapter: 0, deck: 'docker' },
    { path: '/docker/volumes/#les-volumes', title: 'Les volumes', page: 'Volumes', chapter: 0, deck: null },
  ],
  questions: [['q1', 1]],
  cards: [['c1', 0]],
});

/** A fetch that answers from a table of URL → JSON, counting the calls. */
function fakeFetch(files: Record<string, unknown>) {
  const calls: string[] = [];
  const f = async (url: string) => {
    calls.push(url);
    if (!(url in files)) return { ok: false, status: 404, json: async () => null };
    return { ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(files[url])) };
  };
  return Object.assign(f, { calls });
}

describe('émission des fichiers de données', () => {
  it('le nom porte un hachage du contenu : il change avec une question, pas sans', () => {
    const a = emitDataFile('questions', [question('q1'), question('q2')]);
    const same = emitDataFile('questions', [question('q1'), question('q2')]);
    const edited = emitDataFile('questions', [question('q1'), question('q2', 'Quelle autre commande ?')]);
    expect(a.path).toMatch(/^donnees\/questions-[0-9a-f]{12}\.json$/);
    expect(same.path).toBe(a.path);
    expect(edited.path).not.toBe(a.path);
    expect(a.hash).toBe(contentHash(a.body));
    expect(a.name).toBe(a.path.slice('donnees/'.length, -'.json'.length));
  });

  it('le fichier émis se relit tel quel par le chargeur, et le manifeste le désigne', () => {
    const questions = emitDataFile('questions', [question('q1')]);
    const cartes = emitDataFile('cartes', [card('c1')]);
    const cours = emitDataFile('cours', [outline()]);
    expect(cours.path).toMatch(/^donnees\/cours-[0-9a-f]{12}\.json$/);
    expect(validateDataFile(JSON.parse(questions.body), 'questions').items[0]!.id).toBe('q1');
    expect(validateDataFile(JSON.parse(cartes.body), 'cartes').items[0]!.deck).toBe('docker');
    expect(validateDataFile(JSON.parse(cours.body), 'cours').items).toEqual([outline()]);
    const manifest = validateManifest(manifestOf({ questions, cartes, cours }));
    expect(manifest.files).toEqual({ questions: questions.path, cartes: cartes.path, cours: cours.path });
  });
});

describe('validation', () => {
  const good = JSON.parse(emitDataFile('questions', [question('q1')]).body);
  const fails = (value: unknown, message: RegExp) => {
    expect(() => validateDataFile(value, 'questions')).toThrow(DataFileError);
    expect(() => validateDataFile(value, 'questions')).toThrow(message);
  };

  it('refuse un autre format, un autre type de données, des éléments manquants', () => {
    fails(null, /pas un objet JSON/);
    fails({ ...good, format: 2 }, /format inconnu.*\(2, attendu 1\)/);
    fails({ ...good, kind: 'cartes' }, /« cartes » au lieu de « questions »/);
    fails({ format: 1, kind: 'questions' }, /champ « items » absent/);
  });

  it('nomme l’élément et le champ fautifs', () => {
    const { promptHtml: _p, ...noPrompt } = question('q7');
    fails({ ...good, items: [question('q1'), noPrompt] }, /élément 2 \(q7\), champ « promptHtml »/);
    fails({ ...good, items: [{ ...question('q1'), type: 'essai' }] }, /champ « type »/);
    fails({ ...good, items: [question('q1'), question('q1')] }, /« q1 » en double/);
    expect(() => validateDataFile({ format: 1, kind: 'cartes', items: [{ ...card('c1'), tags: 'x' }] }, 'cartes')).toThrow(/\(c1\), champ « tags »/);
  });

  it('refuse un plan du cours tronqué, incohérent ou en plusieurs morceaux', () => {
    const cours = (items: unknown[]) => () => validateDataFile({ format: 1, kind: 'cours', items }, 'cours');
    const { sections: _s, ...noSections } = outline();
    expect(cours([noSections])).toThrow(/plan du cours : élément 1 \(cours\), champ « sections » absent/);
    expect(cours([{ ...outline(), sections: [{ ...outline().sections[0], chapter: '0' }] }])).toThrow(/champ « sections »/);
    expect(cours([{ ...outline(), questions: [['q1', 2]] }])).toThrow(/champ « questions » renvoie hors de la liste/);
    expect(cours([{ ...outline(), cards: [['c1']] }])).toThrow(/champ « cards »/);
    expect(cours([{ ...outline(), chapters: [] }])).toThrow(/champ « sections » renvoie hors de la liste/);
    expect(cours([])).toThrow(/un seul élément attendu, 0 trouvés/);
    expect(cours([{ ...outline(), id: 'autre' }])).toThrow(/champ « id »/);
  });

  it('refuse un manifeste incomplet ou qui sort du dossier des données', () => {
    const files = { questions: 'donnees/questions-0123456789ab.json', cartes: 'donnees/cartes-0123456789ab.json', cours: 'donnees/cours-0123456789ab.json' };
    expect(validateManifest({ format: 1, files }).files.cartes).toBe(files.cartes);
    expect(() => validateManifest({ format: 1, files: { questions: files.questions } })).toThrow(/« cartes »/);
    expect(() => validateManifest({ format: 1, files: { questions: files.questions, cartes: files.cartes } })).toThrow(/« cours »/);
    expect(() => validateManifest({ format: 1, files: { ...files, cartes: 'donnees/../sw.js' } })).toThrow(/« cartes »/);
    expect(() => validateManifest({ format: 2, files })).toThrow(/Manifeste des données illisible/);
  });
});

describe('chargement', () => {
  it('télécharge une fois par page, et de nouveau après un échec (« Réessayer »)', async () => {
    const url = '/donnees/questions-aaaaaaaaaaaa.json';
    let online = false;
    const calls: string[] = [];
    const fetchImpl = async (u: string) => {
      calls.push(u);
      if (!online) throw new TypeError('Failed to fetch');
      return { ok: true, status: 200, json: async () => JSON.parse(emitDataFile('questions', [question('q1')]).body) };
    };
    const offline = await loadDataFile(url, 'questions', fetchImpl).catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(DataFileError);
    expect((offline as DataFileError).network).toBe(true);
    expect((offline as DataFileError).message).toMatch(/hors ligne.*réessayez/);
    online = true;
    const [a, b] = await Promise.all([loadDataFile(url, 'questions', fetchImpl), loadDataFile(url, 'questions', fetchImpl)]);
    expect(a.items.map((q) => q.id)).toEqual(['q1']);
    expect(b).toBe(a);
    expect(calls).toHaveLength(2);
  });

  it('un fichier disparu (site mis à jour) demande de recharger la page', async () => {
    const error = await loadDataFile('/donnees/cartes-bbbbbbbbbbbb.json', 'cartes', fakeFetch({})).catch((e: unknown) => e);
    expect((error as DataFileError).message).toMatch(/erreur 404.*rechargez la page/);
    expect((error as DataFileError).network).toBe(false);
  });

  it('loadData lit le manifeste sous la base du site, puis le fichier du type demandé', async () => {
    const questions = emitDataFile('questions', [question('q9')]);
    const cartes = emitDataFile('cartes', [card('c9')]);
    const cours = emitDataFile('cours', [outline()]);
    const fetchImpl = fakeFetch({
      '/cours/donnees/manifeste.json': manifestOf({ questions, cartes, cours }),
      [`/cours/${cartes.path}`]: JSON.parse(cartes.body),
      [`/cours/${cours.path}`]: JSON.parse(cours.body),
    });
    const items = await loadData('cartes', '/cours', fetchImpl);
    expect(items.map((c) => c.id)).toEqual(['c9']);
    expect(fetchImpl.calls).toEqual(['/cours/donnees/manifeste.json', `/cours/${cartes.path}`]);
    const [course] = await loadData('cours', '/cours/', fetchImpl);
    expect(course!.sections[course!.questions[0]![1]]!.title).toBe('Les volumes');
  });
});

describe('service worker', () => {
  it('précache les fichiers de données ; leur nom haché tient lieu de révision, pas celui du manifeste', async () => {
    const { serviceWorkerOptions } = await import('../../src/integrations/service-worker.mjs');
    const options = serviceWorkerOptions('/tmp/dist');
    expect(options.globPatterns).toContain('donnees/*.json');
    const hashed = options.dontCacheBustURLsMatching!;
    expect(hashed.test(emitDataFile('cartes', [card('c1')]).path)).toBe(true);
    expect(hashed.test(emitDataFile('cours', [outline()]).path)).toBe(true);
    // The unhashed files of section-limited sessions are gone: everything goes through donnees/.
    expect(options.globPatterns!.join(' ')).not.toMatch(/revision\//);
    expect(hashed.test('donnees/manifeste.json')).toBe(false);
  });
});

describe('liste des paquets', () => {
  it('outlineCards donne, depuis le plan du cours, les mêmes cartes que le fichier des cartes', () => {
    const reversed = { ...card('c2:r'), note: 'c2', section: '/docker/volumes/#les-volumes' };
    const course: CourseOutline = {
      ...outline(),
      sections: outline().sections.map((s) => ({ ...s, deck: 'docker' })),
      cards: [
        ['c1', 0],
        ['c2:r', 1],
      ],
    };
    expect(outlineCards(course)).toEqual(queueCards([card('c1'), reversed]));
  });

  // The built site, when there is one (npm test runs vitest before its build; data-files.spec.ts
  // then checks the deck list in the browser): the two files of one build agree card for card.
  it.runIf(existsSync('dist/donnees/manifeste.json'))('dans le site construit, le plan du cours et le fichier des cartes décrivent les mêmes cartes', () => {
    const manifest = JSON.parse(readFileSync('dist/donnees/manifeste.json', 'utf8')) as { files: Record<string, string> };
    const read = (kind: string) => JSON.parse(readFileSync(`dist/${manifest.files[kind]}`, 'utf8')).items;
    const cards = read('cartes') as ClientCard[];
    expect(cards.length).toBeGreaterThan(100);
    expect(outlineCards(read('cours')[0] as CourseOutline)).toEqual(queueCards(cards));
  });
});
