// Build side of src/quiz/data-files.ts: turns a payload into the text of its data file and a
// name carrying a hash of that text, so that a changed bank gets a new URL (caches and the
// service worker never serve stale questions) and an unchanged one keeps its URL.
import { createHash } from 'node:crypto';
import { DATA_DIR, DATA_FORMAT, DATA_KINDS, type DataFile, type DataKind, type DataKinds, type DataManifest } from '../quiz/data-files';

export interface EmittedFile {
  /** `donnees/questions-3f2a9c1b7d0e.json`, relative to the site's base. */
  path: string;
  /** The file's name without `.json`: the endpoint's parameter. */
  name: string;
  body: string;
  hash: string;
}

/** 12 hex digits of SHA-256: collisions are out of reach for a few files per build. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export function emitDataFile<K extends DataKind>(kind: K, items: DataKinds[K][]): EmittedFile {
  const file: DataFile<K> = { format: DATA_FORMAT, kind, items };
  const body = JSON.stringify(file);
  const hash = contentHash(body);
  const name = `${kind}-${hash}`;
  return { path: `${DATA_DIR}/${name}.json`, name, body, hash };
}

export function manifestOf(files: Record<DataKind, EmittedFile>): DataManifest {
  return { format: DATA_FORMAT, files: Object.fromEntries(DATA_KINDS.map((k) => [k, files[k].path])) as Record<DataKind, string> };
}
