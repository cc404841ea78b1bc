import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { createScheduler, fsrsParams, gradeCard, previewIntervals } from '../../src/quiz/srs/scheduler.ts';
import { parseSettingsRecord, settingsProblem } from '../../src/quiz/srs/settings-check.ts';
import { DEFAULT_SETTINGS } from '../../src/quiz/srs/settings.ts';

const learned = [0.9, 3.1, 7, 14, 6.3, 0.86, 3.03, 0.001, 1.69, 0.16, 0.62, 1.46, 0.065, 0.25, 1.64, 0.54, 1.72, 0.54, 0.05, 0.066, 0.12];

describe('réglage « weights » (paramètres FSRS appris)', () => {
  it('des réglages enregistrés avant les paramètres appris se lisent tels quels', () => {
    const old = { srs: { newPerDay: 15, reviewsPerDay: 150, retention: 0.85 }, autre: { garde: true } };
    expect(parseSettingsRecord(JSON.parse(JSON.stringify(old)))).toEqual(old);
    expect(parseSettingsRecord({})).toEqual({ srs: DEFAULT_SETTINGS });
  });

  it('des paramètres valides sont gardés ; des paramètres invalides sont écartés, le reste gardé', () => {
    const withWeights = { srs: { ...DEFAULT_SETTINGS, weights: learned } };
    expect(parseSettingsRecord(withWeights)).toEqual(withWeights);
    for (const bad of [learned.slice(0, 19), [...learned.slice(0, 20), null], [...learned.slice(0, 4), 12, ...learned.slice(5)], 'w']) {
      expect(parseSettingsRecord({ srs: { newPerDay: 5, reviewsPerDay: 50, retention: 0.9, weights: bad }, x: 1 })).toEqual({
        srs: { newPerDay: 5, reviewsPerDay: 50, retention: 0.9 },
        x: 1,
      });
    }
    // Other problems still set the whole value aside, as before.
    expect(parseSettingsRecord({ srs: { newPerDay: -1, reviewsPerDay: 50, retention: 0.9, weights: 'w' } })).toBeNull();
  });

  it('une sauvegarde aux paramètres invalides est refusée avec la raison', () => {
    expect(settingsProblem({ ...DEFAULT_SETTINGS, weights: learned })).toBeNull();
    expect(settingsProblem({ ...DEFAULT_SETTINGS, weights: [1, 2, 3] })).toMatch(/21 nombres/);
    expect(settingsProblem({ ...DEFAULT_SETTINGS, weights: [...learned.slice(0, 20), Number.POSITIVE_INFINITY] })).toMatch(/w20.*fini/);
  });
});

describe('fsrsParams : les paramètres effectifs du planificateur', () => {
  it('par défaut ceux de ts-fsrs (FSRS-6, 21 nombres), sinon ceux de l’apprenant', () => {
    expect(default_w).toHaveLength(21);
    expect(fsrsParams(DEFAULT_SETTINGS).w).toEqual([...default_w]);
    expect(fsrsParams({ ...DEFAULT_SETTINGS, weights: learned }).w).toEqual(learned);
    expect(fsrsParams({ retention: 0.85 }).request_retention).toBe(0.85);
  });

  it('le planificateur suit les paramètres appris : d’autres intervalles pour la même carte', () => {
    const now = new Date(2026, 5, 1, 10).getTime();
    const byDefault = createScheduler(0.9);
    const mine = createScheduler(0.9, learned);
    const a = gradeCard(byDefault, 'c', undefined, 3, now);
    const b = gradeCard(mine, 'c', undefined, 3, now);
    // Première stabilité après « Correct » : w2.
    expect(a.s).toBeCloseTo(default_w[2]!, 3);
    expect(b.s).toBeCloseTo(learned[2]!, 3);
    const later = now + 3 * 86_400_000;
    expect(previewIntervals(mine, 'c', gradeCard(mine, 'c', b, 3, later), later + 1)[3]).not.toBe(
      previewIntervals(byDefault, 'c', gradeCard(byDefault, 'c', a, 3, later), later + 1)[3],
    );
  });
});
