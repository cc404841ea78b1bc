// A quick read of the stored quiz progress (`cours-conteneurs:v1:quiz`) for the sidebar marks:
// the score of each finished page quiz. No validation beyond what they need and no failure: the
// full, validating read is quiz-progress.ts's, which the quiz islands use.

const n = (v: unknown): v is number => typeof v === 'number' && v >= 0;
type Raw = { correct?: unknown; total?: unknown };

/** Page path → best score (else last) of its quiz; page quizzes only (ids `/…/`). */
export function peekScores(text: string | null): Map<string, { correct: number; total: number }> {
  const scores = new Map<string, { correct: number; total: number }>();
  try {
    const quizzes = (JSON.parse(text ?? '') as { quizzes?: Record<string, Record<string, unknown>> }).quizzes ?? {};
    for (const page in quizzes) {
      const q = quizzes[page];
      const score = (q?.best ?? q?.last) as Raw | null;
      if (page.startsWith('/') && score && n(score.correct) && n(score.total) && score.total > 0) scores.set(page, { correct: score.correct, total: score.total });
    }
  } catch {
    scores.clear();
  }
  return scores;
}
