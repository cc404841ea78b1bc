// The course's questions and cards as static JSON files with hashed names (emitted at build by
// src/pages/donnees/, see src/lib/data-files.ts), so that the exam and cards pages stay light
// and the service worker precaches the data once. This module is the one loader every island
// uses: it fetches a file, checks its shape and kind, and keeps it for the page's lifetime. No
// DOM: the fetch function is a parameter (the browser's by default), so tests and Workers use it.
import type { Question } from './questions';
import type { StudyCard } from './cards-schema';
import type { CourseData } from './progress/mastery';

/** Format of the data files and of the manifest; bump it with a reader for the older one. */
export const DATA_FORMAT = 1;

/** Folder of the data files under the site's base, and the manifest's fixed (unhashed) name. */
export const DATA_DIR = 'donnees';
export const MANIFEST_FILE = `${DATA_DIR}/manifeste.json`;

/** A card as the cards page needs it (its plain text is computed by the browser view when needed). */
export type ClientCard = Omit<StudyCard, 'order' | 'frontText' | 'backText'>;

/**
 * The course's outline (chapters in order, sections with their titles, the section of each
 * question and card), for « Ma progression » and the sessions limited to one section. One item
 * only, `id: 'cours'`: the outline is one value, its lists indexing one another.
 */
export type CourseOutline = CourseData & { id: 'cours' };

export interface DataKinds {
  questions: Question;
  cartes: ClientCard;
  cours: CourseOutline;
}
export type DataKind = keyof DataKinds;
export const DATA_KINDS: readonly DataKind[] = ['questions', 'cartes', 'cours'];

/** What a data file holds. */
export interface DataFile<K extends DataKind> {
  format: typeof DATA_FORMAT;
  kind: K;
  items: DataKinds[K][];
}

/** The manifest (`donnees/manifeste.json`): for each kind, its hashed file, relative to the base. */
export interface DataManifest {
  format: typeof DATA_FORMAT;
  files: Record<DataKind, string>;
}

/** A data file that cannot be had or read; `message` is French and shown as it is. */
export class DataFileError extends Error {
  constructor(
    message: string,
    /** true when the network failed (offline and not cached): « Réessayer » may help. */
    readonly network: boolean,
  ) {
    super(message);
    this.name = 'DataFileError';
  }
}

const LABELS: Record<DataKind, string> = { questions: 'les questions', cartes: 'les cartes', cours: 'le plan du cours' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
/** A list of [id, section index] pairs pointing inside `sections`. */
const isPairs = (v: unknown): boolean => Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length === 2 && isString(p[0]) && isIndex(p[1]));

/** The fields every item of a kind must have, with their test: enough to catch a wrong or truncated file. */
const ITEM_FIELDS: Record<DataKind, Record<string, (v: unknown) => boolean>> = {
  questions: {
    id: isString,
    type: (v) => ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'command'].includes(v as string),
    chapter: isString,
    section: isString,
    sectionTitle: isString,
    promptHtml: isString,
  },
  cartes: {
    id: isString,
    note: isString,
    deck: isString,
    type: (v) => ['basic', 'reversed', 'cloze'].includes(v as string),
    frontHtml: isString,
    backHtml: isString,
    section: isString,
    tags: Array.isArray,
  },
  cours: {
    id: (v) => v === 'cours',
    chapters: (v) => Array.isArray(v) && v.every((c) => isObject(c) && isString(c.id) && isString(c.label)),
    sections: (v) =>
      Array.isArray(v) &&
      v.every((s) => isObject(s) && isString(s.path) && isString(s.title) && isString(s.page) && isIndex(s.chapter) && (s.deck === null || isString(s.deck))),
    questions: isPairs,
    cards: isPairs,
  },
};

/**
 * Checks a parsed data file: format, kind, and each item's required fields. Throws a French
 * message naming the first problem (item index and id, field).
 */
export function validateDataFile<K extends DataKind>(value: unknown, kind: K): DataFile<K> {
  const label = LABELS[kind];
  if (!isObject(value)) throw new DataFileError(`Fichier de données illisible pour ${label} : ce n’est pas un objet JSON.`, false);
  if (value.format !== DATA_FORMAT) {
    throw new DataFileError(`Fichier de données de format inconnu pour ${label} (${String(value.format)}, attendu ${DATA_FORMAT}) : rechargez la page.`, false);
  }
  if (value.kind !== kind) throw new DataFileError(`Fichier de données inattendu : « ${String(value.kind)} » au lieu de « ${kind} ».`, false);
  if (!Array.isArray(value.items)) throw new DataFileError(`Fichier de données illisible pour ${label} : champ « items » absent.`, false);
  const seen = new Set<string>();
  value.items.forEach((item, i) => {
    if (!isObject(item)) throw new DataFileError(`Fichier de données illisible pour ${label} : l’élément ${i + 1} n’est pas un objet.`, false);
    for (const [field, ok] of Object.entries(ITEM_FIELDS[kind])) {
      if (!ok(item[field])) {
        const id = isString(item.id) ? ` (${item.id})` : '';
        throw new DataFileError(`Fichier de données illisible pour ${label} : élément ${i + 1}${id}, champ « ${field} » absent ou invalide.`, false);
      }
    }
    if (seen.has(item.id as string)) throw new DataFileError(`Fichier de données illisible pour ${label} : identifiant « ${item.id as string} » en double.`, false);
    seen.add(item.id as string);
    if (kind === 'cours') checkOutline(item as unknown as CourseOutline, label);
  });
  if (kind === 'cours' && value.items.length !== 1) {
    throw new DataFileError(`Fichier de données illisible pour ${label} : un seul élément attendu, ${value.items.length} trouvés.`, false);
  }
  return value as unknown as DataFile<K>;
}

/** The outline's indexes must point inside its own lists (a stale or truncated file would not). */
function checkOutline(course: CourseOutline, label: string): void {
  const bad = (field: string) => new DataFileError(`Fichier de données illisible pour ${label} : champ « ${field} » renvoie hors de la liste.`, false);
  if (course.sections.some((s) => s.chapter >= course.chapters.length)) throw bad('sections');
  if (course.questions.some(([, s]) => s >= course.sections.length)) throw bad('questions');
  if (course.cards.some(([, s]) => s >= course.sections.length)) throw bad('cards');
}

/** Checks a parsed manifest: every kind names a file of the data folder. */
export function validateManifest(value: unknown): DataManifest {
  if (!isObject(value) || value.format !== DATA_FORMAT || !isObject(value.files)) {
    throw new DataFileError('Manifeste des données illisible : rechargez la page.', false);
  }
  const files = value.files;
  for (const kind of DATA_KINDS) {
    const path = files[kind];
    if (!isString(path) || !path.startsWith(`${DATA_DIR}/`) || !path.endsWith('.json') || path.includes('..')) {
      throw new DataFileError(`Manifeste des données illisible : fichier de « ${kind} » absent ou invalide.`, false);
    }
  }
  return value as unknown as DataManifest;
}

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

async function fetchJson(url: string, label: string, fetchImpl: Fetch): Promise<unknown> {
  let response;
  try {
    response = await fetchImpl(url);
  } catch {
    throw new DataFileError(
      `Impossible de télécharger ${label} : vous semblez hors ligne et cette page n’a pas encore été enregistrée pour une lecture hors ligne. Vérifiez la connexion, puis réessayez.`,
      true,
    );
  }
  if (!response.ok) {
    // A hashed file that is gone: the site was updated since this page was loaded.
    throw new DataFileError(
      `Impossible de télécharger ${label} (erreur ${response.status}) : le site a peut-être été mis à jour, rechargez la page.`,
      response.status >= 500,
    );
  }
  try {
    return await response.json();
  } catch {
    throw new DataFileError(`Fichier de données illisible pour ${label} : le JSON est incomplet ou corrompu.`, true);
  }
}

const cache = new Map<string, Promise<DataFile<DataKind>>>();

/**
 * Fetches and validates the data file at `url` (as the page gives it: base included). The same
 * URL is fetched once per page; a failure is forgotten, so that « Réessayer » fetches again.
 */
export function loadDataFile<K extends DataKind>(url: string, kind: K, fetchImpl: Fetch = (u) => fetch(u)): Promise<DataFile<K>> {
  const key = `${kind} ${url}`;
  let pending = cache.get(key) as Promise<DataFile<K>> | undefined;
  if (!pending) {
    pending = fetchJson(url, LABELS[kind], fetchImpl).then((json) => validateDataFile(json, kind));
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

/**
 * For pages that do not get a file's URL from the build (« Ma progression », a Worker…): reads
 * the manifest under `base` (`/` or `/cours/`), then the file of that kind.
 */
export async function loadData<K extends DataKind>(kind: K, base = '/', fetchImpl: Fetch = (u) => fetch(u)): Promise<DataKinds[K][]> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const manifest = validateManifest(await fetchJson(`${root}${MANIFEST_FILE}`, 'le manifeste des données', fetchImpl));
  return (await loadDataFile(`${root}${manifest.files[kind]}`, kind, fetchImpl)).items;
}
