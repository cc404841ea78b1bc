// The exam's questions (the whole course, about 400 KB of JSON) for ExamApp. The start screen
// needs none of them, and reading them is the longest task of the page on a phone: the file is
// requested as soon as the island wakes up (so that « Commencer l’examen » stays off, with
// « Réessayer », when it cannot be had, exactly as before), but its body is read and checked
// only when the exam needs it: the first sign of intent on the start form, the start itself, or
// an exam in progress to restore. The loader (src/quiz/data-files.ts) still fetches and checks.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DataFileError, loadDataFile } from '../../quiz/data-files';
import type { Question } from '../../quiz/questions';
import type { DataState } from '../DataFileStatus';

/** `available`: the file answered; its questions are read on `need()`. */
export type ExamQuestionsState = DataState<'questions'> | { status: 'available' };

const message = (e: unknown) => (e instanceof DataFileError ? e.message : `Chargement impossible : ${String(e)}`);

/**
 * Requests `url` once mounted; `need()` reads the questions (once) and resolves with them, or
 * rejects after putting the error on screen. `retry` requests the file again after a failure.
 */
export function useExamQuestions(url: string): [ExamQuestionsState, () => Promise<Question[]>, () => void] {
  const [state, setState] = useState<ExamQuestionsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  /** Resolves when the questions are needed: the body is read only then. */
  const wanted = useRef<() => void>(() => {});
  const pending = useRef<Promise<Question[]> | null>(null);
  const reading = useRef(false);

  useEffect(() => {
    let live = true;
    let want: () => void = () => {};
    const needed = new Promise<void>((resolve) => (want = resolve));
    reading.current = false;
    wanted.current = () => {
      reading.current = true;
      want();
    };
    setState({ status: 'loading' });
    pending.current = loadDataFile(url, 'questions', (u) =>
      fetch(u).then((response) => {
        // Headers are in: the file can be had. Its body waits until the exam needs it.
        if (live && response.ok && !reading.current) setState({ status: 'available' });
        return { ok: response.ok, status: response.status, json: () => needed.then(() => response.json()) };
      }),
    ).then(
      (file) => {
        if (live) setState({ status: 'ready', items: file.items });
        return file.items;
      },
      (e: unknown) => {
        if (live) setState({ status: 'error', message: message(e) });
        throw e;
      },
    );
    // Errors reach the screen through the state; `need()`'s callers handle their own rejection.
    pending.current.catch(() => {});
    return () => {
      live = false;
    };
  }, [url, attempt]);

  const need = useCallback(() => {
    wanted.current();
    return pending.current!;
  }, []);
  return [state, need, useCallback(() => setAttempt((n) => n + 1), [])];
}
