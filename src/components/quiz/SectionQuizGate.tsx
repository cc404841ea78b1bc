// /revision/quiz/: the quiz of one section (`?section=…`) is loaded only when the address asks
// for it. Its code (the quiz runner, the grader and its CLI tables) is most of the page's
// JavaScript, and the plain list of quizzes, which is what most visits show, needs none of it.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sectionParam } from '../../quiz/resume/section';

export default function SectionQuizGate() {
  const [Quiz, setQuiz] = useState<FunctionComponent | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!sectionParam(location.search)) return;
    import('../resume/SectionQuiz').then(
      (m) => setQuiz(() => m.default),
      () => setFailed(true),
    );
  }, []);

  if (failed) {
    return (
      <p class="data-file-status data-file-error" role="alert">
        Le quiz de cette section n’a pas pu être chargé : vérifiez la connexion, puis rechargez la page.
      </p>
    );
  }
  return Quiz ? <Quiz /> : null;
}
