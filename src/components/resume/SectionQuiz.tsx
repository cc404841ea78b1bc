// /revision/quiz/?section=…: a quiz over the questions of one course section, from every bank,
// under a heading naming the section, with a link back to it. The questions are fetched (they
// are not in this page's HTML); the round itself is a chapter quiz's (ChapterQuiz: restored on
// reload, each answer recorded), kept under its own id.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../quiz/questions';
import { sectionParam, sectionQuizId } from '../../quiz/resume/section';
import { withBase } from '../../lib/url';
import ChapterQuiz from '../quiz/ChapterQuiz';
import { sectionHeading, sectionQuestions } from './section-data';
import './resume.css';

type Loaded = { questions: Question[]; heading: string | null } | 'erreur' | null;

export default function SectionQuiz() {
  const [section, setSection] = useState<string | null>(null);
  const [data, setData] = useState<Loaded>(null);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const s = sectionParam(location.search);
    setSection(s);
    if (!s) return;
    Promise.all([sectionQuestions(s), sectionHeading(s)])
      .then(([questions, heading]) => setData({ questions, heading }))
      .catch(() => setData('erreur'));
  }, []);

  // The learner came for this quiz: it is what the screen and the focus show.
  useEffect(() => {
    if (!data) return;
    title.current?.focus({ preventScroll: true });
    title.current?.scrollIntoView({ block: 'start' });
  }, [data]);

  if (!section) return null;
  const loaded = data && data !== 'erreur' ? data : null;
  const pageTitle = loaded?.questions[0]?.sectionTitle ?? null;
  const name = loaded?.heading ?? pageTitle ?? section;
  return (
    <section class="quiz-section quiz-section-limitee" aria-labelledby="quiz-section-titre">
      <h2 id="quiz-section-titre" tabIndex={-1} ref={title}>
        {data ? `Quiz de la section « ${name} »` : 'Quiz de la section'}
      </h2>
      <p>
        {loaded?.heading && pageTitle ? `Page « ${pageTitle} » · ` : ''}
        <a href={withBase(section)}>Relire cette section dans le cours</a>
      </p>
      {data === null && <p role="status">Chargement des questions…</p>}
      {data === 'erreur' && <p role="status">Chargement impossible : vérifiez la connexion puis rechargez la page.</p>}
      {loaded && loaded.questions.length === 0 && <p>Aucune question ne porte sur cette section. Choisissez un quiz dans la liste ci-dessous.</p>}
      {loaded && loaded.questions.length > 0 && <ChapterQuiz quizId={sectionQuizId(section)} questions={loaded.questions} />}
    </section>
  );
}
