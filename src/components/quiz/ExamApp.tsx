// The mock exam (/revision/examen/): choose a size and a time limit, sit a balanced draw that a
// seed in the URL reproduces (`?graine=…`), see the score by chapter. The deadline is stored,
// so the timer survives a reload; when it runs out, unanswered questions count as wrong.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EXAM_DURATIONS, EXAM_SIZES, drawExam, formatCountdown, scoreByChapter, timeLeft } from '../../quiz/exam';
import type { Question } from '../../quiz/questions';
import { $quizProgress, loadQuizProgress, saveAnswer, saveFinish, saveQuizSession } from '../../quiz/quiz-store';
import { newSeed } from '../../quiz/random';
import { finish, fitsQuestions, score, startSession, type SessionState } from '../../quiz/session';
import StorageNotice from '../StorageNotice';
import { QuizRunner, type RunnerEvent } from './QuizRunner';
import { withBase } from '../../lib/url';

const EXAM_ID = 'examen';

interface Props {
  questions: Question[];
}

interface Config {
  size: number;
  minutes: number;
  seed: string;
}

/** The exam's settings from the URL (`?graine=…&questions=20&duree=30`), with defaults. */
function configFromUrl(): Config & { shared: boolean } {
  const params = new URLSearchParams(location.search);
  const size = Number(params.get('questions'));
  const minutes = Number(params.get('duree'));
  const seed = (params.get('graine') ?? '').replace(/[^\w-]/g, '').slice(0, 40);
  return {
    size: (EXAM_SIZES as readonly number[]).includes(size) ? size : 20,
    minutes: (EXAM_DURATIONS as readonly number[]).includes(minutes) ? minutes : 30,
    seed,
    shared: seed.length > 0,
  };
}

function durationLabel(minutes: number) {
  return minutes === 0 ? 'Sans limite de temps' : `${minutes} minutes`;
}

export default function ExamApp({ questions }: Props) {
  const [config, setConfig] = useState<Config & { shared: boolean }>({ size: 20, minutes: 30, seed: '', shared: false });
  const [session, setSession] = useState<SessionState | null>(null);
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [timeUp, setTimeUp] = useState(false);
  const startRef = useRef<HTMLHeadingElement>(null);

  const examQuestions = useMemo(() => {
    if (!session) return [];
    const byId = new Map(questions.map((q) => [q.id, q]));
    return session.order.map((id) => byId.get(id)).filter((q): q is Question => !!q);
  }, [session?.order.join(','), questions]);

  // Restore: the URL's settings, then an exam in progress or finished.
  useEffect(() => {
    setConfig(configFromUrl());
    loadQuizProgress();
    const record = $quizProgress.get().quizzes[EXAM_ID];
    const stored = record?.session;
    if (stored && fitsQuestions(stored, questions)) {
      const ended = stored.phase !== 'results' && record.deadline !== null && record.deadline <= Date.now();
      const restored = ended ? finish(stored) : stored;
      setSession(restored);
      setDeadline(record.deadline);
      if (ended) {
        setTimeUp(true);
        saveFinish(EXAM_ID, score(restored), true);
        saveQuizSession(EXAM_ID, restored, record.deadline);
      }
    }
  }, []);

  // The countdown; at zero the exam ends.
  useEffect(() => {
    if (!session || session.phase === 'results' || deadline === null) return;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      if (t >= deadline) {
        const ended = finish(session);
        setSession(ended);
        setTimeUp(true);
        saveFinish(EXAM_ID, score(ended), true);
        saveQuizSession(EXAM_ID, ended, deadline);
        requestAnimationFrame(() => document.querySelector<HTMLElement>('.quiz-exam .quiz-results-title')?.focus());
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [session, deadline]);

  const start = (event: Event) => {
    event.preventDefault();
    const seed = config.seed || newSeed();
    const ids = drawExam(questions, config.size, seed);
    const fresh = startSession(questions, seed, ids);
    // Keep the asked order of the draw, not the bank's.
    const ordered = { ...fresh, order: ids };
    const until = config.minutes > 0 ? Date.now() + config.minutes * 60_000 : null;
    const url = new URL(location.href);
    url.search = new URLSearchParams({ graine: seed, questions: String(config.size), duree: String(config.minutes) }).toString();
    history.replaceState(null, '', url);
    setConfig({ ...config, seed, shared: true });
    setSession(ordered);
    setDeadline(until);
    setTimeUp(false);
    saveQuizSession(EXAM_ID, ordered, until);
  };

  const onState = (next: SessionState, event: RunnerEvent) => {
    setSession(next);
    if (event.kind === 'checked') saveAnswer(event.questionId, event.ok);
    if (event.kind === 'finished') saveFinish(EXAM_ID, score(next), true);
    saveQuizSession(EXAM_ID, next, deadline);
  };

  const newExam = () => {
    setSession(null);
    setDeadline(null);
    setTimeUp(false);
    const url = new URL(location.href);
    url.search = '';
    history.replaceState(null, '', url);
    setConfig({ ...config, seed: '', shared: false });
    saveQuizSession(EXAM_ID, null, null);
    requestAnimationFrame(() => startRef.current?.focus());
  };

  if (!session) {
    return (
      <form class="quiz-config" onSubmit={start}>
        <StorageNotice />
        <h2 id="nouvel-examen" tabIndex={-1} ref={startRef}>Préparer l’examen</h2>
        {config.shared && (
          <p>
            Examen partagé (graine <code>{config.seed}</code>) : les mêmes questions que celles de la personne qui vous a envoyé ce lien.
          </p>
        )}
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
        <p class="quiz-hint">
          Les questions sont tirées au hasard dans tous les chapitres, de façon équilibrée ({questions.length} questions au total).
          Les corrections s’affichent à la fin.
        </p>
        <div class="quiz-actions">
          <button type="submit" class="quiz-button quiz-primary">Commencer l’examen</button>
        </div>
      </form>
    );
  }

  const left = timeLeft(deadline, now);
  const shareUrl = typeof location === 'undefined' ? '' : location.href;
  const header =
    deadline !== null ? (
      <p class="quiz-timer">
        Temps restant : <span role="timer" aria-live="off">{formatCountdown(left)}</span>
        {left <= 60_000 && <span class="sr-only" role="status">Moins d’une minute restante.</span>}
      </p>
    ) : (
      <p class="quiz-timer">Sans limite de temps</p>
    );

  const chapters = session.phase === 'results' ? scoreByChapter(examQuestions, session.order, session.results) : [];
  const resultsExtra = (
    <div class="quiz-exam-results">
      {timeUp && <p role="status"><strong>Temps écoulé.</strong> Les questions sans réponse comptent comme fausses.</p>}
      <table class="quiz-table">
        <caption class="sr-only">Score par chapitre</caption>
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
                  : c.missedSections.map((s, i) => {
                      const q = examQuestions.find((x) => x.section === s);
                      return <span key={s}>{i > 0 && ', '}<a href={withBase(s)}>{q?.sectionTitle ?? s}</a></span>;
                    })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="quiz-hint">Lien de cet examen, à partager : <code>{shareUrl}</code></p>
      <div class="quiz-actions">
        <button type="button" class="quiz-button" onClick={newExam}>Nouvel examen</button>
      </div>
    </div>
  );

  return (
    <div class="quiz-exam">
      <StorageNotice />
      <QuizRunner questions={examQuestions} state={session} onState={onState} exam idPrefix="examen" level={2} header={header} resultsExtra={resultsExtra} />
      {session.phase !== 'results' && (
        <div class="quiz-actions">
          <button type="button" class="quiz-button" onClick={() => {
            const ended = finish(session);
            setSession(ended);
            saveFinish(EXAM_ID, score(ended), true);
            saveQuizSession(EXAM_ID, ended, deadline);
            requestAnimationFrame(() => document.querySelector<HTMLElement>('.quiz-exam .quiz-results-title')?.focus());
          }}>
            Terminer l’examen
          </button>
        </div>
      )}
    </div>
  );
}
