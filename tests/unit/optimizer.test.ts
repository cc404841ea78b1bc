import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { default_w } from 'ts-fsrs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactCard } from '../../src/quiz/srs/card-state.ts';
import { NEW, REVIEW, type CardProgress, type LogEntry } from '../../src/quiz/srs/model.ts';
import { OPTIMIZER_MIN_ITEMS, cardReviews, evaluateParameters, optimizerInput, optimizerItems } from '../../src/quiz/srs/optimizer.ts';
import { clampWeights, weightsProblem } from '../../src/quiz/srs/optimizer-params.ts';
import { TRUE_WEIGHTS, distance, syntheticProgress } from './optimizer-synthetic.ts';

type FsrsBrowser = typeof import('fsrs-browser');
let fsrsBrowser: FsrsBrowser;

beforeAll(async () => {
  // fsrs-browser's thread-pool helper listens on `self` when loaded; in Node the optimizer runs on
  // the calling thread, as in the site's worker, and the helper is never used.
  const g = globalThis as unknown as { self?: unknown };
  g.self ??= { addEventListener() {}, removeEventListener() {} };
  fsrsBrowser = await import('fsrs-browser');
  const wasm = readFileSync(createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm'));
  fsrsBrowser.initSync({ module: wasm });
});

const at = (day: number, hour = 10, minutes = 0) => new Date(2026, 2, 20 + day, hour, minutes).getTime();
const entry = (t: number, r: LogEntry['r'], st: LogEntry['st'] = REVIEW): LogEntry => ({ t, r, st, mat: false });
const card = (log: LogEntry[]): Pick<CardProgress, 'log'> => ({ log });

describe('entrée de l’optimiseur', () => {
  it('compte en jours d’étude (04:00), 0 pour la première révision et pour celles du même jour', () => {
    const reviews = cardReviews(card([entry(at(0, 10), 3, NEW), entry(at(0, 10, 10), 3, 1), entry(at(1, 2), 3), entry(at(1, 5), 1), entry(at(4, 23), 3)]));
    // 02:00 le lendemain appartient encore au jour d’étude de la veille.
    expect(reviews!.map((r) => r.deltaT)).toEqual([0, 0, 0, 1, 3]);
    expect(reviews!.map((r) => r.rating)).toEqual([3, 3, 3, 1, 3]);
  });

  it('traverse le changement d’heure sans jour de trop ni de moins', () => {
    // En Europe/Paris le 29 mars 2026 passe à l’heure d’été ; sous TZ=UTC, rien ne change.
    const reviews = cardReviews(card([entry(at(8, 9), 3, NEW), entry(at(9, 9), 3), entry(at(10, 9), 3)]));
    expect(reviews!.map((r) => r.deltaT)).toEqual([0, 1, 1]);
  });

  it('repart de la dernière remise à zéro et écarte une carte dont l’historique ne commence pas à « nouvelle »', () => {
    const reset = cardReviews(card([entry(at(0), 3, NEW), entry(at(3), 1), entry(at(5), 0), entry(at(6), 4, NEW), entry(at(9), 3)]));
    expect(reset).toEqual([
      { rating: 4, deltaT: 0, t: at(6) },
      { rating: 3, deltaT: 3, t: at(9) },
    ]);
    expect(cardReviews(card([entry(at(0), 3), entry(at(3), 3)]))).toBeNull();
    expect(cardReviews(card([]))).toBeNull();
  });

  it('fait un élément par révision d’un autre jour, avec l’historique qui la précède, dans l’ordre du temps', () => {
    const progress = new Map([
      ['a', card([entry(at(0), 3, NEW), entry(at(0, 10, 10), 3, 1), entry(at(2), 3)])],
      ['b', card([entry(at(1), 1, NEW), entry(at(1, 11), 3, 1), entry(at(2, 9), 4), entry(at(5), 3)])],
    ]);
    const items = optimizerItems(progress);
    expect(items.map((i) => i.reviews.map((r) => `${r.rating}:${r.deltaT}`).join(' '))).toEqual(['1:0 3:0 4:1', '3:0 3:0 3:2', '1:0 3:0 4:1 3:3']);
    const input = optimizerInput(items);
    expect(Array.from(input.lengths)).toEqual([3, 3, 4]);
    expect(Array.from(input.ratings)).toEqual([1, 3, 4, 3, 3, 3, 1, 3, 4, 3]);
    expect(Array.from(input.deltaTs)).toEqual([0, 0, 1, 0, 0, 2, 0, 0, 1, 3]);
  });

  it('la compaction du journal (après 30 jours) garde tout ce que l’optimiseur lit', () => {
    const progress = syntheticProgress(default_w, 60, 200, 3);
    const later = at(400);
    const compacted = new Map([...progress].map(([id, p]) => [id, compactCard(p, later)]));
    expect([...compacted.values()].every((p) => p.log.every((e) => e.c))).toBe(true);
    expect(optimizerItems(compacted)).toEqual(optimizerItems(progress).map((item) => ({ ...item, t: expect.any(Number) })));
  });
});

describe('paramètres enregistrables', () => {
  it('accepte les paramètres par défaut et refuse une mauvaise longueur, un nombre non fini, une valeur hors limites', () => {
    expect(weightsProblem([...default_w])).toBeNull();
    expect(weightsProblem(default_w.slice(0, 19))).toMatch(/21 nombres/);
    expect(weightsProblem([...default_w.slice(0, 20), Number.NaN])).toMatch(/w20/);
    expect(weightsProblem([...default_w.slice(0, 4), 11, ...default_w.slice(5)])).toMatch(/w4 .*\[1 ; 10\]/);
    expect(weightsProblem('0.2,1.2')).not.toBeNull();
  });

  it('ramène dans les limites les arrondis de l’optimiseur', () => {
    const w = clampWeights([...default_w.slice(0, 7), 0.00099, ...default_w.slice(8)]);
    expect(w[7]).toBe(0.001);
    expect(weightsProblem(w)).toBeNull();
  });
});

describe('optimiseur (fsrs-browser) sur un journal simulé à partir de paramètres connus', () => {
  it('se rapproche des paramètres connus et prédit ce journal mieux que les paramètres par défaut', () => {
    const progress = syntheticProgress(TRUE_WEIGHTS, 300, 365);
    const items = optimizerItems(progress);
    const reviews = [...progress.values()].reduce((n, p) => n + p.log.length, 0);
    expect(reviews).toBeGreaterThan(3000);
    expect(items.length).toBeGreaterThan(OPTIMIZER_MIN_ITEMS);
    const { ratings, deltaTs, lengths } = optimizerInput(items);
    const fsrs = new fsrsBrowser.Fsrs();
    const learned = clampWeights(Array.from(fsrs.computeParameters(ratings, deltaTs, lengths, undefined, true)));
    expect(learned).toHaveLength(21);
    expect(weightsProblem(learned)).toBeNull();
    const fromLearned = distance(learned, TRUE_WEIGHTS, items);
    const fromDefault = distance(default_w, TRUE_WEIGHTS, items);
    expect(fromLearned).toBeLessThan(fromDefault / 2);
    // The best identified parameter, the first stability after « Correct », moves toward the truth.
    expect(Math.abs(learned[2]! - TRUE_WEIGHTS[2]!)).toBeLessThan(Math.abs(default_w[2]! - TRUE_WEIGHTS[2]!));
    const byDefault = evaluateParameters(default_w, items)!;
    const byLearned = evaluateParameters(learned, items)!;
    const byTruth = evaluateParameters(TRUE_WEIGHTS, items)!;
    expect(byLearned.logLoss).toBeLessThan(byDefault.logLoss);
    expect(byLearned.rmseBins).toBeLessThan(byDefault.rmseBins);
    // The truth itself predicts the log better than the defaults: the evaluation measures the right thing.
    expect(byTruth.logLoss).toBeLessThan(byDefault.logLoss);
    console.info(`optimiseur : ${reviews} révisions, ${items.length} éléments ; distance ${fromLearned.toFixed(4)} contre ${fromDefault.toFixed(4)} ; log loss ${byLearned.logLoss.toFixed(4)} contre ${byDefault.logLoss.toFixed(4)} (vrais paramètres ${byTruth.logLoss.toFixed(4)}) ; RMSE ${byLearned.rmseBins.toFixed(4)} contre ${byDefault.rmseBins.toFixed(4)} ; ${learned.join(' ')}`);
  }, 240_000);
});

describe('évaluation (log loss, RMSE par classes)', () => {
  it('vaut la formule pour un seul élément, et rien sans élément', () => {
    const items = [{ reviews: [{ rating: 3 as const, deltaT: 0 }, { rating: 1 as const, deltaT: 5 }], t: 0 }];
    const e = evaluateParameters(default_w, items)!;
    // Stabilité après « Correct » : w2 ; rappel prévu après 5 jours par la courbe de FSRS-6.
    const decay = -default_w[20]!;
    const factor = 0.9 ** (1 / decay) - 1;
    const r = (1 + (factor * 5) / default_w[2]!) ** decay;
    expect(e.logLoss).toBeCloseTo(-Math.log(1 - r), 6);
    expect(e.rmseBins).toBeCloseTo(r, 6);
    expect(evaluateParameters(default_w, [])).toBeNull();
  });
});
