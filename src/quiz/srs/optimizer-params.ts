// The FSRS parameters a learner may store (settings `weights`): the kind ts-fsrs 5 uses
// (FSRS-6, 21 numbers), each within the range ts-fsrs clamps it to with short-term scheduling on
// (CLAMP_PARAMETERS), so that a stored value is exactly the one the scheduler uses. The numbers
// come from fsrs-ranges.ts, without ts-fsrs: the settings check runs on every flashcard page.
import { WEIGHTS_LENGTH, WEIGHT_RANGES } from './fsrs-ranges.ts';

export { WEIGHTS_LENGTH, WEIGHT_RANGES };

/** Why `w` is not a set of parameters the scheduler accepts as it is (French), or null. */
export function weightsProblem(w: unknown): string | null {
  if (!Array.isArray(w) || w.length !== WEIGHTS_LENGTH) return `« weights » doit être une liste de ${WEIGHTS_LENGTH} nombres (paramètres FSRS-6)`;
  for (let i = 0; i < w.length; i++) {
    const x: unknown = w[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) return `« weights » : le paramètre w${i} n’est pas un nombre fini`;
    const [min, max] = WEIGHT_RANGES[i]!;
    if (x < min || x > max) return `« weights » : le paramètre w${i} (${x}) sort de l’intervalle de FSRS [${min} ; ${max}]`;
  }
  return null;
}

/** Parameters brought into the ranges (the optimizer's float32 output can exceed a bound by a rounding). */
export function clampWeights(w: readonly number[]): number[] {
  return w.map((x, i) => {
    const [min, max] = WEIGHT_RANGES[i]!;
    return Math.min(max, Math.max(min, Math.round(x * 1e4) / 1e4));
  });
}
