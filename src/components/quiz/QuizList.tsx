// /revision/quiz/: every chapter quiz with where the learner is (« Pas encore fait », « En cours »
// with « Reprendre », « Terminé »), the best score and the last attempt, and totals per chapter.
// A list, not a table, so that it never scrolls sideways on a 320 px phone.
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import StorageNotice from '../StorageNotice';
import { quizStatus, type QuizProgress } from '../../quiz/quiz-progress';
import { $quizProgress, loadQuizProgress } from '../../quiz/quiz-store';
import { withBase } from '../../lib/url';

export interface QuizListEntry {
  page: string;
  title: string;
  count: number;
}

export interface QuizListChapter {
  label: string;
  quizzes: QuizListEntry[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** Quizzes finished and in progress, and the best scores added up, over some quizzes. */
function totals(quizzes: QuizListEntry[], progress: QuizProgress) {
  let done = 0;
  let started = 0;
  let right = 0;
  let questions = 0;
  for (const q of quizzes) {
    const record = progress.quizzes[q.page];
    const status = quizStatus(record);
    if (status.kind === 'in-progress') started++;
    if (record?.best) {
      done++;
      right += record.best.correct;
    }
    questions += q.count;
  }
  return { done, started, right, questions, total: quizzes.length };
}

function Summary({ quizzes, progress }: { quizzes: QuizListEntry[]; progress: QuizProgress }) {
  const t = totals(quizzes, progress);
  return (
    <p class="quiz-list-summary">
      {t.done === 0 && t.started === 0
        ? `${t.total === 1 ? 'Ce quiz n’est' : `Aucun des ${t.total} quiz n’est`} pas encore commencé (${plural(t.questions, 'question', 'questions')}).`
        : `${plural(t.done, 'quiz terminé', 'quiz terminés')} sur ${t.total}` +
          (t.started > 0 ? `, ${t.started} en cours` : '') +
          ` ; meilleurs scores : ${t.right} / ${t.questions} questions.`}
    </p>
  );
}

export default function QuizList({ chapters }: { chapters: QuizListChapter[] }) {
  const progress = useStore($quizProgress);
  useEffect(loadQuizProgress, []);
  const all = chapters.flatMap((c) => c.quizzes);
  return (
    <div class="quiz-list">
      <StorageNotice />
      <Summary quizzes={all} progress={progress} />
      {chapters.map((chapter, c) => (
        <section key={chapter.label} aria-labelledby={`quiz-chapitre-${c}`} class="quiz-list-chapter">
          <h2 id={`quiz-chapitre-${c}`}>{chapter.label}</h2>
          <Summary quizzes={chapter.quizzes} progress={progress} />
          <ul class="quiz-cards">
            {chapter.quizzes.map((q) => {
              const record = progress.quizzes[q.page];
              const status = quizStatus(record);
              const href = withBase(`${q.page}#testez-vous`);
              const date = record?.last ? new Date(record.last.at).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' }) : null;
              return (
                <li key={q.page} class={`quiz-card is-${status.kind}`}>
                  <h3 class="quiz-card-title"><a href={href}>{q.title}</a></h3>
                  <p class="quiz-card-status">
                    {status.kind === 'todo' && 'Pas encore fait'}
                    {status.kind === 'done' && <strong>Terminé</strong>}
                    {status.kind === 'in-progress' && (
                      <>
                        <strong>En cours</strong> : {plural(status.answered, 'question faite', 'questions faites')} sur {status.total}{' '}
                        <a class="quiz-button quiz-resume" href={href}>Reprendre<span class="sr-only"> le quiz « {q.title} »</span></a>
                      </>
                    )}
                  </p>
                  <dl class="quiz-card-stats">
                    <div><dt>Questions</dt><dd>{q.count}</dd></div>
                    <div><dt>Meilleur score</dt><dd>{record?.best ? `${record.best.correct} / ${record.best.total}` : '—'}</dd></div>
                    <div><dt>Dernier essai</dt><dd>{record?.last && date ? `${record.last.correct} / ${record.last.total}, le ${date}` : '—'}</dd></div>
                  </dl>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
