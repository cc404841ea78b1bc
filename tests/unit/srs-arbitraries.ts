// fast-check generators of valid flashcard progress, shared by the srs property tests.
import fc from 'fast-check';
import type { CardProgress, CardStateKind, LogEntry, Memory } from '../../src/quiz/srs/model';

const MIN_DATE = Date.UTC(2000, 0, 1);
const MAX_DATE = Date.UTC(2026, 0, 1);

export const date = fc.integer({ min: MIN_DATE, max: MAX_DATE });
const dec4 = (max: number) => fc.integer({ min: 0, max: max * 1e4 }).map((n) => n / 1e4);
const state = fc.constantFrom<CardStateKind>(0, 1, 2, 3);

// Stability and difficulty in ts-fsrs's ranges once a card has been studied (1–10, 0.001–36500).
const ranged = (st: CardStateKind) =>
  st === 0
    ? fc.record({ s: dec4(40000), d: dec4(10) })
    : fc.record({ s: fc.integer({ min: 10, max: 36500 * 1e4 }).map((n) => n / 1e4), d: fc.integer({ min: 1e4, max: 10e4 }).map((n) => n / 1e4) });

export const memory: fc.Arbitrary<Memory> = state.chain((st) => ranged(st).map((sd) => ({ st, ...sd }))).chain(({ st, s, d }) => fc.record({
  st: fc.constant(st),
  due: date,
  s: fc.constant(s),
  d: fc.constant(d),
  sd: fc.integer({ min: 0, max: 36500 }),
  ls: fc.integer({ min: 0, max: 5 }),
  lr: fc.option(date, { nil: null }),
}));

const entry = fc
  .record({
    t: date,
    r: fc.constantFrom<LogEntry['r']>(0, 1, 2, 3, 4),
    st: state,
    mat: fc.boolean(),
    prev: fc.option(memory, { nil: undefined }),
  })
  .map(({ prev, ...e }): LogEntry => ({ ...e, mat: e.mat && e.st === 2, ...(prev ? { prev } : {}) }));

export const cardProgress: fc.Arbitrary<CardProgress> = fc
  .record({
    mem: memory,
    reps: fc.integer({ min: 0, max: 5000 }),
    lapses: fc.integer({ min: 0, max: 500 }),
    susp: fc.boolean(),
    m: date,
    // Two entries of one card never share an instant (scheduler.ts changeTime).
    log: fc.uniqueArray(entry, { maxLength: 12, selector: (e) => e.t }),
    lrIsLast: fc.boolean(),
    mIsLast: fc.boolean(),
  })
  .map(({ mem, log, lrIsLast, mIsLast, ...rest }) => {
    const sorted = [...log].sort((a, b) => a.t - b.t);
    const last = sorted.at(-1)?.t;
    return {
      ...mem,
      ...(lrIsLast && last !== undefined ? { lr: last } : {}),
      ...rest,
      ...(mIsLast && last !== undefined ? { m: last } : {}),
      log: sorted,
    };
  });

const idPart = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
export const cardId = fc
  .tuple(idPart, fc.constantFrom('', ':r', ':c1', ':c2', ':c12'))
  .map(([a, b]) => `${a}${b}`);

export const progressMap = fc
  .array(fc.tuple(cardId, cardProgress), { maxLength: 15 })
  .map((pairs) => new Map(pairs));
