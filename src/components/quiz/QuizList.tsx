// /revision/quiz/: every chapter quiz with the learner's best score, read from the store.
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import StorageNotice from '../StorageNotice';
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

export default function QuizList({ chapters }: { chapters: QuizListChapter[] }) {
  const progress = useStore($quizProgress);
  useEffect(loadQuizProgress, []);
  const done = chapters.flatMap((c) => c.quizzes).filter((q) => progress.quizzes[q.page]?.best).length;
  const total = chapters.reduce((n, c) => n + c.quizzes.length, 0);
  return (
    <div class="quiz-list">
      <StorageNotice />
      <p>{done === 0 ? `Aucun des ${total} quiz n’est encore terminé dans ce navigateur.` : `${done} quiz terminé${done > 1 ? 's' : ''} sur ${total}.`}</p>
      {chapters.map((chapter) => (
        <section key={chapter.label} aria-label={chapter.label}>
          <h2>{chapter.label}</h2>
          <table class="quiz-table">
            <thead>
              <tr><th scope="col">Page</th><th scope="col">Questions</th><th scope="col">Meilleur score</th><th scope="col">Dernier essai</th></tr>
            </thead>
            <tbody>
              {chapter.quizzes.map((q) => {
                const record = progress.quizzes[q.page];
                const date = record?.last ? new Date(record.last.at).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' }) : null;
                return (
                  <tr key={q.page}>
                    <th scope="row"><a href={withBase(`${q.page}#testez-vous`)}>{q.title}</a></th>
                    <td>{q.count}</td>
                    <td>{record?.best ? `${record.best.correct} / ${record.best.total}` : 'Pas encore fait'}</td>
                    <td>{record?.last && date ? `${record.last.correct} / ${record.last.total}, le ${date}` : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
