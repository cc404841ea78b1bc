// A quick read of the stored quiz progress (`cours-conteneurs:v1:quiz`) for the sidebar marks and
// the home page's « Reprendre »: the score of each finished page quiz and the newest unfinished
// one. No validation beyond what these need and no failure: the full, validating read is
// quiz-progress.ts's, which the quiz islands use.

export interface QuizPeek {
  /** Page path → best score (else last) of its quiz. */
  scores: Map<string, { correct: number; total: number }>;
  /** The page quiz left unfinished most recently: question `index + 1` of `total` comes next. */
  unfinished: { page: string; index: number; total: number } | null;
}

const n = (v: unknown): v is number => typeof v === 'number' && v >= 0;
type Raw = { correct?: unknown; total?: unknown };

export function peekQuizzes(text: string | null): QuizPeek {
  const scores: QuizPeek['scores'] = new Map();
  let unfinished: QuizPeek['unfinished'] = null;
  let newest = -1;
  try {
    const quizzes = (JSON.parse(text ?? '') as { quizzes?: Record<string, Record<string, unknown>> }).quizzes ?? {};
    for (const page of Object.keys(quizzes)) {
      // Page quizzes only: the exam and section quizzes have other ids.
      const q = quizzes[page];
      if (!page.startsWith('/') || !q) continue;
      const score = (q.best ?? q.last) as Raw | null;
      if (score && n(score.correct) && n(score.total) && score.total > 0) scores.set(page, { correct: score.correct, total: score.total });
      const s = q.session as { phase?: unknown; index?: unknown; order?: unknown; results?: unknown; round?: unknown } | null;
      const order = s?.order;
      // Started means a question answered or passed, as quizStatus says (quiz-progress.ts).
      if (s && s.phase !== 'results' && Array.isArray(order) && n(s.index) && s.index < order.length && n(q.updatedAt) && q.updatedAt > newest &&
        (s.index > 0 || Number(s.round) > 1 || Object.keys(s.results ?? {}).length > 0)) {
        newest = q.updatedAt;
        unfinished = { page, index: s.index, total: order.length };
      }
    }
  } catch {
    scores.clear();
    unfinished = null;
  }
  return { scores, unfinished };
}
