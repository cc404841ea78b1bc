// « Optimiser mes paramètres », off the page's thread: fsrs-browser (fsrs-rs compiled to
// WebAssembly) fits FSRS-6 parameters to the learner's review log, then both the current and the
// proposed parameters are evaluated on that log (optimizer.ts). The optimizer's code and its
// WebAssembly are imported here, on the first request only, and kept by the service worker for
// offline use afterwards. fsrs-browser runs on this one thread (its thread pool is never started),
// so the page needs no cross-origin isolation.
import { clampWeights } from '../../quiz/srs/optimizer-params';
import { evaluateParameters, optimizerInput, type Evaluation, type OptimizerItem } from '../../quiz/srs/optimizer';

export interface OptimizerRequest {
  items: OptimizerItem[];
  current: number[];
}

export type OptimizerMessage =
  | { type: 'etape'; etape: 'chargement' | 'calcul' | 'evaluation' }
  | { type: 'resultat'; proposed: number[]; current: Evaluation; proposedEvaluation: Evaluation; ms: number }
  | { type: 'erreur'; message: string };

// (Typed by hand: the `webworker` lib would change the DOM typings of the whole project.)
const scope = self as unknown as { postMessage(m: OptimizerMessage): void; onmessage: ((event: MessageEvent<OptimizerRequest>) => void) | null };
const post = (m: OptimizerMessage) => scope.postMessage(m);

scope.onmessage = async (event) => {
  const { items, current } = event.data;
  try {
    post({ type: 'etape', etape: 'chargement' });
    const { default: init, Fsrs } = await import('fsrs-browser');
    // Its WebAssembly: the URL it computes itself, which the bundler rewrites to the hashed file.
    await init();
    post({ type: 'etape', etape: 'calcul' });
    const started = performance.now();
    const { ratings, deltaTs, lengths } = optimizerInput(items);
    // fsrs-rs reports each training epoch on the console: of no use to the learner.
    const saved = { log: console.log, info: console.info, debug: console.debug };
    Object.assign(console, { log() {}, info() {}, debug() {} });
    let learned: Float32Array;
    try {
      // `computeParameters` consumes the object (no `free()` afterwards).
      learned = new Fsrs().computeParameters(ratings, deltaTs, lengths, undefined, true);
    } finally {
      Object.assign(console, saved);
    }
    const proposed = clampWeights(Array.from(learned));
    const ms = performance.now() - started;
    post({ type: 'etape', etape: 'evaluation' });
    const before = evaluateParameters(current, items);
    const after = evaluateParameters(proposed, items);
    if (!before || !after) throw new Error('aucune révision à évaluer');
    post({ type: 'resultat', proposed, current: before, proposedEvaluation: after, ms });
  } catch (error) {
    post({ type: 'erreur', message: error instanceof Error ? error.message : String(error) });
  }
};
