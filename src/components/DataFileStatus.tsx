// How an island gets its data file (src/quiz/data-files.ts): a hook that loads it once mounted,
// and the message shown while it loads or when it cannot be had, with « Réessayer ».
import { useCallback, useEffect, useState } from 'preact/hooks';
import { DataFileError, loadDataFile, type DataKind, type DataKinds } from '../quiz/data-files';
import { nextTask } from '../lib/idle';

export type DataState<K extends DataKind> =
  | { status: 'loading' }
  | { status: 'ready'; items: DataKinds[K][] }
  | { status: 'error'; message: string };

/**
 * Loads the data file at `url` after hydration; `retry` fetches it again after a failure. With
 * `url` null, nothing is fetched yet (the state stays « loading ») until the island passes one.
 */
export function useDataFile<K extends DataKind>(url: string | null, kind: K): [DataState<K>, () => void] {
  const [state, setState] = useState<DataState<K>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (url === null) return undefined;
    let live = true;
    setState({ status: 'loading' });
    // The island's render with the data in a task after the file's reading and checking: two
    // short tasks on a phone, not one long one.
    loadDataFile(url, kind).then(
      (file) => nextTask().then(() => live && setState({ status: 'ready', items: file.items })),
      (e: unknown) =>
        live && setState({ status: 'error', message: e instanceof DataFileError ? e.message : `Chargement impossible : ${String(e)}` }),
    );
    return () => {
      live = false;
    };
  }, [url, kind, attempt]);
  return [state, useCallback(() => setAttempt((n) => n + 1), [])];
}

/** « Chargement… » or the error with « Réessayer »; nothing once the data is there. */
export function DataFileStatus({ state, retry, what }: { state: DataState<DataKind>; retry: () => void; what: string }) {
  if (state.status === 'ready') return null;
  if (state.status === 'loading') {
    return (
      <p class="data-file-status" role="status">
        Chargement {what}…
      </p>
    );
  }
  return (
    <div class="data-file-status data-file-error" role="alert">
      <p>{state.message}</p>
      <button type="button" class="quiz-button" onClick={retry}>
        Réessayer
      </button>
    </div>
  );
}
