// A synthetic review log, generated from known FSRS parameters: simulated learners whose
// recall follows those parameters (ts-fsrs's memory model), stored in the site's log format.
import { FSRSAlgorithm, default_w, generatorParameters } from 'ts-fsrs';
import { NEW, REVIEW, type CardProgress, type Grade, type LogEntry } from '../../src/quiz/srs/model.ts';
import { newCard } from '../../src/quiz/srs/card-state.ts';
import { predictRecall, type OptimizerItem } from '../../src/quiz/srs/optimizer.ts';

/** The "true" parameters: the defaults with other initial stabilities and growth of stability. */
export const TRUE_WEIGHTS: number[] = (() => {
  const w = [...default_w];
  w[0] = 0.8;
  w[1] = 3;
  w[2] = 6;
  w[3] = 20;
  w[8] = 1.3;
  return w;
})();

/** Park–Miller: the same log on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** 10:00 local time, `day` days after 5 January 2026 (+ minutes). */
const at = (day: number, minutes = 0) => new Date(2026, 0, 5 + day, 10, minutes).getTime();

/**
 * `cards` cards, each first studied on a day of the first two months, then reviewed at intervals
 * around its true stability (so that recall varies) until `days` days have passed; an « À revoir »
 * is followed by a same-day review ten minutes later (short-term memory).
 */
export function syntheticProgress(w: readonly number[], cards: number, days: number, seed = 7): Map<string, CardProgress> {
  const rnd = random(seed);
  const algorithm = new FSRSAlgorithm(generatorParameters({ w: [...w], enable_short_term: true }));
  const progress = new Map<string, CardProgress>();
  const answer = (): Grade => {
    const x = rnd();
    return x < 0.15 ? 2 : x < 0.85 ? 3 : 4;
  };
  for (let c = 0; c < cards; c++) {
    const log: LogEntry[] = [];
    let day = Math.floor(rnd() * 60);
    const first: Grade = rnd() < 0.25 ? 1 : answer();
    let state = algorithm.next_state(null, 0, first);
    log.push({ t: at(day), r: first, st: NEW, mat: false });
    if (first === 1) {
      state = algorithm.next_state(state, 0, 3);
      log.push({ t: at(day, 10), r: 3, st: 1, mat: false });
    }
    for (;;) {
      const interval = Math.max(1, Math.round(state.stability * (0.3 + rnd() * 2.2)));
      if (day + interval > days) break;
      day += interval;
      const recalled = rnd() < algorithm.forgetting_curve(interval, state.stability);
      const g: Grade = recalled ? answer() : 1;
      state = algorithm.next_state(state, interval, g);
      log.push({ t: at(day), r: g, st: REVIEW, mat: interval >= 21 });
      if (g === 1) {
        state = algorithm.next_state(state, 0, 3);
        log.push({ t: at(day, 10), r: 3, st: 3, mat: false });
      }
    }
    // The card's stored state: the true memory state, due when the next review would come.
    const last = log[log.length - 1]!.t;
    const sd = Math.max(1, Math.round(state.stability));
    const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
    progress.set(`carte-${c}`, {
      ...newCard(at(0)),
      st: REVIEW,
      s: Math.max(0.001, round4(state.stability)),
      d: Math.min(10, Math.max(1, round4(state.difficulty))),
      sd,
      lr: last,
      due: last + sd * 86_400_000,
      reps: log.length,
      lapses: log.filter((e) => e.r === 1 && e.st === REVIEW).length,
      m: last,
      log,
    });
  }
  return progress;
}

/**
 * Distance between two parameter sets, measured by what they predict: the root mean square gap
 * between the recall each predicts for the reviews of `items`. Parameters of FSRS trade off
 * against each other (a larger w8 and a smaller decay can give the same curve), so a distance
 * between the raw numbers says little; this one is 0 exactly when both predict the same.
 */
export function distance(a: readonly number[], b: readonly number[], items: readonly OptimizerItem[]): number {
  const pa = predictRecall(a, items);
  const pb = predictRecall(b, items);
  return Math.sqrt(pa.reduce((sum, x, i) => sum + (x - pb[i]!) ** 2, 0) / Math.max(1, pa.length));
}
