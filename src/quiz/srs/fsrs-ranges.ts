// The numbers of ts-fsrs 5 that checking stored settings needs (default_w's length and
// CLAMP_PARAMETERS(W17_W18_Ceiling, true)), copied so that reading the settings — which every
// flashcard page does first, the deck list included — does not load the scheduler: ts-fsrs
// loads with a card session. tests/unit/srs-fsrs-ranges.test.ts fails if ts-fsrs changes them.

/** FSRS-6: 21 parameters (ts-fsrs `default_w.length`). */
export const WEIGHTS_LENGTH = 21;

const S = [1e-3, 100] as const;

/** Range [min, max] of each parameter with short-term scheduling on (ts-fsrs `CLAMP_PARAMETERS(2, true)`). */
export const WEIGHT_RANGES: readonly (readonly [number, number])[] = [
  S, S, S, S,
  [1, 10],
  [1e-3, 4],
  [1e-3, 4],
  [1e-3, 0.75],
  [0, 4.5],
  [0, 0.8],
  [1e-3, 3.5],
  [1e-3, 5],
  [1e-3, 0.25],
  [1e-3, 0.9],
  [0, 4],
  [0, 1],
  [1, 6],
  [0, 2],
  [0, 2],
  [0.01, 0.8],
  [0.1, 0.8],
];
