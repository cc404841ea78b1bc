// The copy of ts-fsrs's parameter ranges that keeps the scheduler out of the settings check
// (src/quiz/srs/fsrs-ranges.ts) must stay what ts-fsrs clamps to: a ts-fsrs update that moves
// a bound fails here, before a learner's stored parameters are judged by stale numbers.
import { CLAMP_PARAMETERS, W17_W18_Ceiling, default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { WEIGHTS_LENGTH, WEIGHT_RANGES } from '../../src/quiz/srs/fsrs-ranges.ts';
import { weightsProblem } from '../../src/quiz/srs/optimizer-params.ts';

describe('bornes des paramètres FSRS recopiées de ts-fsrs', () => {
  it('ont la longueur et les intervalles de ts-fsrs (réglage court terme actif)', () => {
    expect(WEIGHTS_LENGTH).toBe(default_w.length);
    expect(WEIGHT_RANGES).toEqual(CLAMP_PARAMETERS(W17_W18_Ceiling, true));
  });

  it('acceptent les paramètres par défaut et refusent un paramètre hors de sa borne', () => {
    expect(weightsProblem([...default_w])).toBeNull();
    const w = [...default_w];
    w[4] = 11;
    expect(weightsProblem(w)).toMatch(/w4 \(11\) sort de l’intervalle de FSRS \[1 ; 10\]/);
  });
});
