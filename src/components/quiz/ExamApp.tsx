// The mock exam (/revision/examen/), sat like a Moodle quiz: choose a size and a time limit (or
// follow a teacher's link, `?graine=…&questions=…&duree=…`, which fixes all three), move freely
// between the questions (« Question précédente », « Passer », the grid, « Marquer pour plus
// tard »), end with « Terminer l’examen » after a confirmation, and see the score by chapter.
// The deadline is stored, so the timer survives a reload; when it runs out, the exam says so,
// then shows the results. Each finished exam joins the history kept in the quiz progress.
// Every transition is a pure function of src/quiz/exam.ts; this island renders and saves.
// The page opens on the start screen: the engine, the grader and the question form (./exam-engine)
// load when an exam starts (from the first touch or focus of the form) or is restored; so are the
// questions themselves (./exam-questions.ts): requested at once, read only then.
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExamResult } from '../../quiz/exam';
import { EXAM_DURATIONS, EXAM_SIZES, formatDuration } from '../../quiz/exam-settings';
import type { Question, Response } from '../../quiz/questions';
import { examHistory } from '../../quiz/quiz-progress';
import { $quizProgress, loadQuizProgress, saveAnswer, saveExamResult, saveFinish, saveQuizSession } from '../../quiz/quiz-store';
import { newSeed } from '../../quiz/random';
import type { SessionState } from '../../quiz/session';
import StorageNotice from '../StorageNotice';
import { DataFileStatus } from '../DataFileStatus';
import { useExamQuestions } from './exam-questions';
import { withBase } from '../../lib/url';

type Engine = typeof import('./exam-engine');
/** The engine once loaded; a session is only ever set after it is, so the screens of an exam can use it. */
let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;
function loadEngine(): Promise<Engine> {
  loading ??= import('./exam-engine').then(
    (m) => (engine = m),
    (error: unknown) => {
      loading = null; // offline without the file in cache: a later attempt may work
      throw error;
    },
  );
  return loading;
}
const ENGINE_ERROR = 'L’examen n’a pas pu être chargé : vérifiez la connexion, puis rechargez la page.';
/** A stored exam that could not be reopened: « Commencer » stays off, so that a new exam never replaces it. */
const RESUME_ERROR = 'Votre examen en cours n’a pas pu être rouvert : vérifiez la connexion, puis rechargez la page.';

const EXAM_ID = 'examen';
const DEFAULT_SIZE = 20;
const DEFAULT_MINUTES = 30;

interface Props {
  /** URL of the questions' data file (src/quiz/data-files.ts). */
  src: string;
  /** How many questions the course has, known at build (the start form shows it before the data arrives). */
  count: number;
}

const NO_QUESTIONS: Question[] = [];

interface Config {
  size: number;
  minutes: number;
  seed: string;
  /** Opened from a shared link: the seed, the number of questions and the duration are fixed. */
  shared: boolean;
}

/** The exam's settings from the URL; a seed fixes the count too (the same seed with another count is another exam). */
function configFromUrl(): Config {
  const params = new URLSearchParams(location.search);
  const size = Number(params.get('questions'));
  const minutes = Number(params.get('duree'));
  const seed = (params.get('graine') ?? '').replace(/[^\w-]/g, '').slice(0, 40);
  return {
    size: (EXAM_SIZES as readonly number[]).includes(size) ? size : DEFAULT_SIZE,
    minutes: params.has('duree') && (EXAM_DURATIONS as readonly number[]).includes(minutes) ? minutes : DEFAULT_MINUTES,
    seed,
    shared: seed.length > 0,
  };
}

/** Puts the exam's settings in the address bar, so that the address is the link to share. */
function writeUrl(config: Config | null) {
  const url = new URL(location.href);
  url.search = config ? new URLSearchParams({ graine: config.seed, questions: String(config.size), duree: String(config.minutes) }).toString() : '';
  history.replaceState(history.state, '', url);
}

const durationLabel = (minutes: number) => (minutes === 0 ? 'Sans limite de temps' : `${minutes}\u00a0minutes`);
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const dateLabel = (at: number) =>
  new Date(at).toLocaleString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * After a render, focuses (and scrolls to, below the header and the timer) the element of a selector.
 * A layout effect, run in the commit that shows the element: a passive one waits for the next
 * frame, and when another render comes first Preact runs it then, before the element exists, and
 * the request was lost (seen under load: « Commencer l’examen » left the focus nowhere). The
 * request also waits for a render that shows its element.
 */
function useFocusAfterRender() {
  const target = useRef<string | null>(null);
  useLayoutEffect(() => {
    const selector = target.current;
    if (!selector) return;
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) return;
    target.current = null;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start' });
  });
  return (selector: string) => {
    target.current = selector;
  };
}

function History({ exams }: { exams: ExamResult[] }) {
  if (exams.length === 0) return null;
  const newest = exams.slice(-5).reverse();
  return (
    <section class="quiz-history" aria-labelledby="examens-precedents">
      <h2 id="examens-precedents">Vos derniers examens</h2>
      <ul>
        {newest.map((e) => (
          <li key={e.id}>
            <strong>{e.correct} / {e.count}</strong>, le {dateLabel(e.at)}
            <span class="quiz-history-meta">
              {' '}— {formatDuration(e.durationMs)}{e.limitMinutes > 0 ? ` sur ${e.limitMinutes}\u00a0min` : ''}
              {e.timedOut ? ', temps écoulé' : ''}
            </span>
          </li>
        ))}
      </ul>
      {exams.length > newest.length && <p class="quiz-hint">{exams.length} examens enregistrés dans ce navigateur.</p>}
    </section>
  );
}

export default function ExamApp({ src, count }: Props) {
  const [data, needQuestions, retry] = useExamQuestions(src);
  const questions = data.status === 'ready' ? data.items : NO_QUESTIONS;
  const [config, setConfig] = useState<Config>({ size: DEFAULT_SIZE, minutes: DEFAULT_MINUTES, seed: '', shared: false });
  const [session, setSession] = useState<SessionState | null>(null);
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  /** « Temps écoulé » is on screen, before the results. */
  const [timeUpScreen, setTimeUpScreen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  /** `confirming` as last rendered, for the dialog's close event (which may come after a render). */
  const confirmingNow = useRef(false);
  confirmingNow.current = confirming;
  const [engineError, setEngineError] = useState<string | null>(null);
  const starting = useRef(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  /** Where the focus goes back when the confirmation is cancelled. */
  const returnFocus = useRef<string>('#examen-progress');
  const focusAfterRender = useFocusAfterRender();
  const progress = useStore($quizProgress);
  const exams = examHistory(progress);
  /** The questions can be had (read now or at the start), and no stored exam waits to be reopened. */
  const startable = (data.status === 'ready' || data.status === 'available') && engineError !== RESUME_ERROR;

  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const examQuestions = useMemo(
    () => (session ? session.order.map((id) => byId.get(id)).filter((q): q is Question => !!q) : []),
    [session?.order.join(','), byId],
  );

  /** Sections to re-read, one link per page title (two sections of one page read as one name). */
  const toReread = (sections: string[]) => {
    const seen = new Map<string, string>();
    for (const section of sections) {
      const title = examQuestions.find((x) => x.section === section)?.sectionTitle ?? section;
      if (!seen.has(title)) seen.set(title, section);
    }
    return [...seen].map(([title, href]) => ({ title, href }));
  };

  /** Ends the exam: results, history, and the focus on « Temps écoulé » or « Résultats ». */
  const end = (current: SessionState, until: number | null, timedOut: boolean) => {
    const { examResult, finish, score } = engine!;
    const ended = finish(current);
    setSession(ended);
    setConfirming(false);
    saveFinish(EXAM_ID, score(ended), true);
    saveQuizSession(EXAM_ID, ended, until);
    saveExamResult(examResult(questions, ended, { now: Date.now(), deadline: until, timedOut }));
    setTimeUpScreen(timedOut);
    focusAfterRender(timedOut ? '#examen-temps-ecoule' : '#examen-resultats');
  };

  // Restore: the URL's settings, then (once the questions are read) an exam in progress or finished.
  useEffect(() => {
    // Without settings in the address, the defaults already on screen stay: no second render.
    if (location.search) setConfig(configFromUrl());
    loadQuizProgress();
    if ($quizProgress.get().quizzes[EXAM_ID]?.session) needQuestions().catch(() => undefined);
  }, []);
  useEffect(() => {
    if (data.status !== 'ready') return;
    const record = $quizProgress.get().quizzes[EXAM_ID];
    const stored = record?.session;
    if (!stored) return;
    loadEngine().then(
      ({ fitsQuestions }) => {
        if (!fitsQuestions(stored, questions)) return;
        setSession(stored);
        setDeadline(record.deadline);
        if (stored.phase !== 'results' && record.deadline !== null && record.deadline <= Date.now()) end(stored, record.deadline, true);
      },
      () => setEngineError(RESUME_ERROR),
    );
  }, [data.status]);

  // The countdown; at zero the exam ends.
  useEffect(() => {
    if (!session || session.phase === 'results' || deadline === null) return;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      if (t >= deadline) end(session, deadline, true);
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [session, deadline]);

  // The confirmation is a native modal <dialog>: focus inside, Escape cancels, the page inert.
  // A layout effect: the dialog opens or closes in the same task as the render, so that its state
  // and `confirming` never differ when a close event (queued by an earlier close) is handled.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (confirming && !dialog.open) dialog.showModal();
    if (!confirming && dialog.open) dialog.close();
  }, [confirming]);

  const save = (next: SessionState) => {
    setSession(next);
    saveQuizSession(EXAM_ID, next, deadline);
  };

  const start = async (event: Event) => {
    event.preventDefault();
    if (!startable || starting.current) return;
    let drawExam: Engine['drawExam'], startExam: Engine['startExam'], pool: Question[];
    starting.current = true; // a second click while the engine and the questions load starts nothing more
    try {
      pool = await needQuestions();
    } catch {
      starting.current = false;
      return; // the error is on screen, with « Réessayer »
    }
    try {
      ({ drawExam, startExam } = await loadEngine());
    } catch {
      setEngineError(ENGINE_ERROR);
      return;
    } finally {
      starting.current = false;
    }
    setEngineError(null);
    const seed = config.seed || newSeed();
    const ids = drawExam(pool, config.size, seed);
    const fresh = startExam(pool, ids, seed, Date.now());
    const until = config.minutes > 0 ? Date.now() + config.minutes * 60_000 : null;
    const next = { ...config, seed, shared: true };
    writeUrl(next);
    setConfig(next);
    setSession(fresh);
    setDeadline(until);
    setTimeUpScreen(false);
    saveQuizSession(EXAM_ID, fresh, until);
    focusAfterRender('#examen-progress');
  };

  const newExam = () => {
    setSession(null);
    setDeadline(null);
    setTimeUpScreen(false);
    writeUrl(null);
    setConfig({ ...config, seed: '', shared: false });
    saveQuizSession(EXAM_ID, null, null);
    focusAfterRender('#nouvel-examen');
  };

  if (!session) {
    const preload = () => {
      void loadEngine().catch(() => undefined);
      needQuestions().catch(() => undefined);
    };
    return (
      <div class="quiz-exam-start">
        {/* The engine loads at the first sign of intent, so that « Commencer » starts at once. */}
        <form class="quiz-config" onSubmit={start} onPointerDown={preload} onFocusIn={preload}>
          <StorageNotice />
          <h2 id="nouvel-examen" tabIndex={-1}>Préparer l’examen</h2>
          {config.shared ? (
            <>
              <p>
                Examen partagé (graine <code>{config.seed}</code>) : les mêmes questions que celles de la personne qui vous a envoyé ce lien,
                fixées par le lien.
              </p>
              <ul class="quiz-config-fixed">
                <li>Nombre de questions : <strong>{config.size}</strong></li>
                <li>Durée : <strong>{durationLabel(config.minutes)}</strong></li>
              </ul>
            </>
          ) : (
            <>
              <label>
                Nombre de questions
                <select value={String(config.size)} onChange={(e) => setConfig({ ...config, size: Number((e.currentTarget as HTMLSelectElement).value) })}>
                  {EXAM_SIZES.map((n) => <option value={String(n)} key={n}>{n} questions</option>)}
                </select>
              </label>
              <label>
                Durée
                <select value={String(config.minutes)} onChange={(e) => setConfig({ ...config, minutes: Number((e.currentTarget as HTMLSelectElement).value) })}>
                  {EXAM_DURATIONS.map((m) => <option value={String(m)} key={m}>{durationLabel(m)}</option>)}
                </select>
              </label>
            </>
          )}
          <p class="quiz-hint">
            Les questions sont tirées au hasard dans tous les chapitres, de façon équilibrée ({count} questions au total).
            Vous pouvez passer une question, y revenir et changer vos réponses jusqu’à la fin ; les corrections s’affichent à la fin.
          </p>
          {data.status !== 'available' && <DataFileStatus state={data} retry={retry} what="des questions" />}
          {engineError && <p class="data-file-status data-file-error" role="alert">{engineError}</p>}
          <div class="quiz-actions">
            <button type="submit" class="quiz-button quiz-primary" disabled={!startable}>Commencer l’examen</button>
            {config.shared && (
              <button type="button" class="quiz-button" onClick={() => {
                writeUrl(null);
                setConfig({ size: DEFAULT_SIZE, minutes: DEFAULT_MINUTES, seed: '', shared: false });
              }}>
                Choisir d’autres réglages
              </button>
            )}
          </div>
        </form>
        <History exams={exams} />
      </div>
    );
  }

  // ---- time is up: say so before the results ----
  const {
    QuestionForm, ResultList, confirmMessage, currentId, examId, formatCountdown, isAnsweredIn, isFlagged, jumpTo, previous, score,
    scoreByChapter, skip, timeLeft, timerAnnouncement, timerLevel, toggleFlag, unanswered, answer,
  } = engine!;

  if (session.phase === 'results' && timeUpScreen) {
    const missing = session.order.filter((id) => !isAnsweredIn(session, id)).length;
    return (
      <div class="quiz-exam">
        <div class="quiz-timeup">
          <h2 id="examen-temps-ecoule" tabIndex={-1}>Temps écoulé</h2>
          <p>
            L’examen est terminé et vos réponses sont enregistrées.
            {missing > 0 ? ` ${plural(missing, 'question sans réponse compte', 'questions sans réponse comptent')} comme fausse${missing > 1 ? 's' : ''}.` : ''}
          </p>
          <div class="quiz-actions">
            <button type="button" class="quiz-button quiz-primary" onClick={() => {
              setTimeUpScreen(false);
              focusAfterRender('#examen-resultats');
            }}>
              Voir les résultats
            </button>
          </div>
        </div>
      </div>
    );
  }

  // ---- results ----
  if (session.phase === 'results') {
    const { correct, total } = score(session);
    const chapters = scoreByChapter(examQuestions, session.order, session.results);
    const entry = exams.find((e) => e.id === examId(session));
    const shareUrl = typeof location === 'undefined' ? '' : location.href;
    return (
      <div class="quiz-exam">
        <StorageNotice />
        <div class="quiz-runner">
          <h2 class="quiz-results-title" id="examen-resultats" tabIndex={-1}>Résultats</h2>
          {entry?.timedOut && <p class="quiz-timeup-note"><strong>Temps écoulé.</strong> Les questions sans réponse comptent comme fausses.</p>}
          <p class="quiz-score">
            Score : <strong>{correct} / {total}</strong>
            {entry && <span class="quiz-score-meta"> — en {formatDuration(entry.durationMs)}, le {dateLabel(entry.at)}</span>}
          </p>
          <div class="quiz-actions">
            <button type="button" class="quiz-button quiz-primary" onClick={newExam}>Nouvel examen</button>
          </div>
          <table class="quiz-table quiz-chapter-table">
            <caption>Score par chapitre</caption>
            <thead>
              <tr><th scope="col">Chapitre</th><th scope="col">Score</th><th scope="col">À relire</th></tr>
            </thead>
            <tbody>
              {chapters.map((c) => (
                <tr key={c.chapter}>
                  <th scope="row">{c.chapterLabel}</th>
                  <td>{c.correct} / {c.total}</td>
                  <td>
                    {c.missedSections.length === 0
                      ? 'Rien à relire'
                      : toReread(c.missedSections).map(({ href, title }, i) => (
                          <span key={href}>{i > 0 && ', '}<a href={withBase(href)}>{title}</a></span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="quiz-hint quiz-share">Lien de cet examen, à partager (mêmes questions, même durée) : <code>{shareUrl}</code></p>
          <History exams={exams} />
          <h3 class="quiz-corrections-title">Corrections</h3>
          <ResultList state={session} byId={byId} />
        </div>
      </div>
    );
  }

  // ---- sitting the exam ----
  const id = currentId(session)!;
  const question = byId.get(id);
  const left = timeLeft(deadline, now);
  const level = deadline === null ? 'normal' : timerLevel(left);
  const missing = unanswered(session);
  const flaggedCount = (session.flagged ?? []).length;
  const flagged = isFlagged(session, id);

  const onAnswer = (response: Response) => {
    const next = answer(session, questions, response);
    save(next);
    saveAnswer(id, next.results[id] === true);
    if (unanswered(next).length === 0) {
      // Every question has an answer: offer to end, as Moodle's summary does.
      returnFocus.current = '#examen-progress';
      setConfirming(true);
    } else focusAfterRender('#examen-progress');
  };
  const go = (next: SessionState) => {
    save(next);
    focusAfterRender('#examen-progress');
  };
  const askToEnd = () => {
    returnFocus.current = '#examen-terminer';
    setConfirming(true);
    // Closed by the browser while the state still says open (a second Escape, which Chromium does
    // not let the page cancel, before its close event): open it again now, or nothing would.
    const dialog = dialogRef.current;
    if (confirming && dialog && !dialog.open) dialog.showModal();
  };
  const closeConfirm = () => {
    setConfirming(false);
    focusAfterRender(returnFocus.current);
  };

  return (
    <div class="quiz-exam">
      <StorageNotice />
      <div class={`quiz-exam-bar is-${level}`}>
        {deadline !== null ? (
          <p class="quiz-timer">
            Temps restant : <span role="timer" aria-live="off">{formatCountdown(left)}</span>
            {level !== 'normal' && <span class="quiz-timer-warning">{level === 'critical' ? ' (moins d’une minute)' : ' (moins de 5 min)'}</span>}
          </p>
        ) : (
          <p class="quiz-timer">Sans limite de temps</p>
        )}
        <p class="quiz-exam-count">
          {session.order.length - missing.length} / {session.order.length} répondues
          {flaggedCount > 0 && <span>, {plural(flaggedCount, 'marquée', 'marquées')}</span>}
        </p>
      </div>
      {/* Says only « Il reste 5 minutes. » and « Il reste 1 minute. », once each. */}
      <p class="sr-only" aria-live="polite">{deadline !== null ? timerAnnouncement(left) : ''}</p>

      <div class="quiz-runner" id="examen-runner">
        <div class="quiz-progress-row">
          <p class="quiz-progress" id="examen-progress" tabIndex={-1}>
            Question {session.index + 1} / {session.order.length}
            {isAnsweredIn(session, id) && <span class="quiz-progress-state"> — réponse enregistrée</span>}
          </p>
          <button type="button" class="quiz-button quiz-flag" aria-pressed={flagged} onClick={() => save(toggleFlag(session, id))}>
            <span aria-hidden="true">⚑ </span>Marquer pour plus tard
          </button>
        </div>
        {question && (
          <QuestionForm
            key={`${session.index}-${id}`}
            question={question}
            layout={session.layouts[id] ?? []}
            initial={session.responses[id]}
            onCheck={onAnswer}
            idPrefix="examen"
            exam
            actions={
              <>
                <button type="button" class="quiz-button" disabled={session.index === 0} onClick={() => go(previous(session))}>
                  Question précédente
                </button>
                <button type="button" class="quiz-button" disabled={session.order.length < 2} onClick={() => go(skip(session))}>
                  Passer
                </button>
              </>
            }
          />
        )}
      </div>

      <nav class="quiz-grid" aria-labelledby="examen-grille">
        <h2 id="examen-grille" class="quiz-grid-title">Toutes les questions</h2>
        <ol>
          {session.order.map((qid, i) => {
            const done = isAnsweredIn(session, qid);
            const mark = isFlagged(session, qid);
            const state = `${done ? 'répondue' : 'sans réponse'}${mark ? ', marquée pour plus tard' : ''}`;
            return (
              <li key={qid}>
                <button type="button" class={`quiz-grid-cell${done ? ' is-answered' : ''}${mark ? ' is-flagged' : ''}`}
                  aria-current={i === session.index ? 'step' : undefined} aria-label={`Question ${i + 1} : ${state}`} title={state}
                  onClick={() => go(jumpTo(session, i))}>
                  {i + 1}{mark && <span aria-hidden="true" class="quiz-grid-flag">⚑</span>}
                </button>
              </li>
            );
          })}
        </ol>
        <p class="quiz-grid-legend">
          <span><span class="quiz-grid-key is-answered" aria-hidden="true" /> répondue</span>
          <span><span class="quiz-grid-key" aria-hidden="true" /> sans réponse</span>
          <span><span aria-hidden="true">⚑</span> marquée pour plus tard</span>
          <span><span class="quiz-grid-key is-current" aria-hidden="true" /> question affichée</span>
        </p>
      </nav>

      <div class="quiz-exam-end">
        <p class="quiz-hint">Quand vous avez fini, terminez l’examen pour voir votre score et les corrections.</p>
        <button type="button" class="quiz-button" id="examen-terminer" onClick={askToEnd}>Terminer l’examen</button>
      </div>

      <dialog
        ref={dialogRef}
        class="quiz-dialog"
        aria-labelledby="examen-confirmer"
        // Escape closes through the state, as « Revenir à l’examen » does: the dialog never closes
        // behind the state's back, which would leave « Terminer l’examen » unable to open it again.
        onCancel={(e) => {
          e.preventDefault();
          closeConfirm();
        }}
        // A close the page could not prevent: the state follows, unless the dialog was opened again
        // since, or the close was the state's own (the exam ended, « Revenir à l’examen »).
        onClose={(e) => {
          if (!e.currentTarget.open && confirmingNow.current) closeConfirm();
        }}
      >
        <p id="examen-confirmer" class="quiz-dialog-message">{confirmMessage(session)}</p>
        <p class="quiz-hint">Après la fin, vous ne pourrez plus changer vos réponses.</p>
        <div class="quiz-actions">
          <button type="button" class="quiz-button" autofocus onClick={closeConfirm}>Revenir à l’examen</button>
          <button type="button" class="quiz-button quiz-primary" onClick={() => end(session, deadline, false)}>Terminer l’examen</button>
        </div>
      </dialog>
    </div>
  );
}
