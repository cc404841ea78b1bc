// The FSRS optimizer's input, taken from the stored review log, and how well a set of parameters
// predicts that log. Conventions are fsrs-rs's (the optimizer fsrs-browser runs, v5.2), as Anki
// converts its own review log (fsrs-rs src/convertor_tests.rs, `convert_to_fsrs_items`):
// - a card's history starts at its last first learning: entries before the last reset (« Remettre
//   à zéro », rating 0) are dropped, and a card whose remaining log does not start from new
//   (state 0) is left out, its history being incomplete;
// - delta_t is counted in study days (04:00 to 04:00, day.ts), 0 for the first review and for
//   reviews of the same study day (short-term reviews, which FSRS-6 models);
// - each review on a later study day than the card's previous one gives one training item:
//   the card's reviews up to it, that review being the one to predict;
// - items are ordered by the time of that review (fsrs-rs weights recent items more).
import { FSRSAlgorithm, generatorParameters } from 'ts-fsrs';
import { dayOf } from './day.ts';
import { NEW, type CardProgress, type Grade } from './model.ts';

/** One review as the optimizer sees it. */
export interface OptimizerReview {
  rating: Grade;
  /** Study days since the card's previous review (0 for the first). */
  deltaT: number;
}

/** A training item: a card's reviews up to the one to predict (the last). */
export interface OptimizerItem {
  reviews: OptimizerReview[];
  /** Time of the last review (ordering). */
  t: number;
}

/**
 * Training items below which the optimizer does not fit the parameters: fsrs-rs v5.2
 * (src/training.rs, `compute_parameters`) returns the defaults under 8 items and fits only the
 * four initial stabilities under 64. Optimising is offered from 64 items on.
 */
export const OPTIMIZER_MIN_ITEMS = 64;

/** A card's reviews from its last first learning, with study-day delta_t (null: history incomplete). */
export function cardReviews(p: Pick<CardProgress, 'log'>): { rating: Grade; deltaT: number; t: number }[] | null {
  let start = 0;
  for (let i = p.log.length - 1; i >= 0; i--) {
    if (p.log[i]!.r === 0) {
      start = i + 1;
      break;
    }
  }
  const entries = p.log.slice(start).filter((e) => e.r !== 0);
  if (!entries.length || entries[0]!.st !== NEW) return null;
  let previous: number | null = null;
  return entries.map((e) => {
    const key = dayOf(e.t).key;
    // A clock set back can put an entry on an earlier day than the one before: 0, not negative.
    const deltaT = previous === null ? 0 : Math.max(0, key - previous);
    previous = key;
    return { rating: e.r as Grade, deltaT, t: e.t };
  });
}

/** The training items of the whole progress, oldest review first. */
export function optimizerItems(progress: ReadonlyMap<string, Pick<CardProgress, 'log'>>): OptimizerItem[] {
  const items: OptimizerItem[] = [];
  for (const p of progress.values()) {
    const reviews = cardReviews(p);
    if (!reviews) continue;
    for (let i = 1; i < reviews.length; i++) {
      if (reviews[i]!.deltaT > 0) items.push({ reviews: reviews.slice(0, i + 1).map(({ rating, deltaT }) => ({ rating, deltaT })), t: reviews[i]!.t });
    }
  }
  return items.sort((a, b) => a.t - b.t);
}

/** The items as fsrs-browser's `computeParameters(ratings, delta_ts, lengths)` takes them. */
export function optimizerInput(items: readonly OptimizerItem[]): { ratings: Uint32Array; deltaTs: Uint32Array; lengths: Uint32Array } {
  const total = items.reduce((n, item) => n + item.reviews.length, 0);
  const ratings = new Uint32Array(total);
  const deltaTs = new Uint32Array(total);
  const lengths = new Uint32Array(items.length);
  let k = 0;
  items.forEach((item, i) => {
    lengths[i] = item.reviews.length;
    for (const r of item.reviews) {
      ratings[k] = r.rating;
      deltaTs[k++] = r.deltaT;
    }
  });
  return { ratings, deltaTs, lengths };
}

/** How well parameters predict the items: lower is better for both. */
export interface Evaluation {
  /** Mean binary cross-entropy between the predicted recall and what happened. */
  logLoss: number;
  /** Root mean square gap between predicted and observed recall, per group of similar reviews. */
  rmseBins: number;
  items: number;
}

const R_MIN = 1e-4;

/** fsrs-rs's bin of an item for RMSE (bins) (src/dataset.rs, `r_matrix_index`): interval, review count, lapses. */
function binOf(item: OptimizerItem): string {
  const last = item.reviews[item.reviews.length - 1]!;
  const deltaTBin = Math.round(2.48 * 3.62 ** Math.floor(Math.log(last.deltaT) / Math.log(3.62)) * 100);
  const longTerm = item.reviews.filter((r) => r.deltaT > 0).length;
  const length = longTerm + 1;
  const lengthBin = Math.round(1.99 * 1.89 ** Math.floor(Math.log(length) / Math.log(1.89)));
  const lapses = item.reviews.slice(0, -1).filter((r) => r.rating === 1 && r.deltaT > 0).length;
  const lapseBin = lapses === 0 ? 0 : Math.round(1.65 * 1.73 ** Math.floor(Math.log(lapses) / Math.log(1.73)));
  return `${deltaTBin}/${lengthBin}/${lapseBin}`;
}

/**
 * The recall that parameters `w` predict for the last review of each item: the memory state
 * replayed with ts-fsrs (FSRS-6, short-term on) over the reviews before it, then its forgetting
 * curve after the item's last interval.
 */
export function predictRecall(w: readonly number[], items: readonly OptimizerItem[]): number[] {
  const algorithm = new FSRSAlgorithm(generatorParameters({ w: [...w], enable_short_term: true }));
  return items.map((item) => {
    let state: { stability: number; difficulty: number } | null = null;
    for (const r of item.reviews.slice(0, -1)) state = algorithm.next_state(state, r.deltaT, r.rating);
    return algorithm.forgetting_curve(item.reviews[item.reviews.length - 1]!.deltaT, state!.stability);
  });
}

/**
 * Log loss and RMSE (bins) of parameters `w` on the items, as fsrs-rs's `evaluate` computes them
 * (src/inference.rs): items weighted by recency (0.25 for the oldest to 1 for the newest), the
 * recall predicted for the last review of each (predictRecall) compared with what happened
 * (« À revoir »: forgotten, any other grade: recalled). Null when there is no item.
 */
export function evaluateParameters(w: readonly number[], items: readonly OptimizerItem[]): Evaluation | null {
  if (!items.length) return null;
  const predicted = predictRecall(w, items);
  const span = Math.max(1, items.length - 1);
  let lossSum = 0;
  let weightSum = 0;
  const bins = new Map<string, { predicted: number; actual: number; count: number; weight: number }>();
  items.forEach((item, i) => {
    const weight = 0.25 + 0.75 * (i / span) ** 3;
    const p = Math.min(1 - R_MIN, Math.max(R_MIN, predicted[i]!));
    const y = item.reviews[item.reviews.length - 1]!.rating > 1 ? 1 : 0;
    lossSum -= weight * (y * Math.log(p) + (1 - y) * Math.log(1 - p));
    weightSum += weight;
    const key = binOf(item);
    const bin = bins.get(key) ?? { predicted: 0, actual: 0, count: 0, weight: 0 };
    bin.predicted += p;
    bin.actual += y;
    bin.count += 1;
    bin.weight += weight;
    bins.set(key, bin);
  });
  let squares = 0;
  let binWeights = 0;
  for (const b of bins.values()) {
    squares += (b.predicted / b.count - b.actual / b.count) ** 2 * b.weight;
    binWeights += b.weight;
  }
  return { logLoss: lossSum / weightSum, rmseBins: Math.sqrt(squares / binWeights), items: items.length };
}
