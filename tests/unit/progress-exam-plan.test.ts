// The exam date: countdown on 04:00 study days, the plan of new cards a day, the recall FSRS
// predicts on the exam day at the current pace, « Suivre le plan », and the settings field.
process.env.TZ = 'Europe/Paris';

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { countdown, countdownLabel, currentPace, examPlan, newCardLimit, planNewPerDay, PLAN_MARGIN_DAYS } from '../../src/quiz/progress/exam-plan';
import type { CourseData } from '../../src/quiz/progress/mastery';
import { newCard } from '../../src/quiz/srs/card-state';
import { dayOf } from '../../src/quiz/srs/day';
import { REVIEW, type CardProgress } from '../../src/quiz/srs/model';
import { createScheduler, gradeCard } from '../../src/quiz/srs/scheduler';
import { DEFAULT_SETTINGS, type Settings } from '../../src/quiz/srs/settings';
import { parseSettingsRecord, settingsProblem } from '../../src/quiz/srs/settings-check';
import { startOfKey } from '../../src/quiz/srs/study-clock';

const f = createScheduler(0.9);
const w = f.parameters.w;
const DAY = 86_400_000;
const local = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m, d, h, min).getTime();
const NOW = local(2026, 4, 20, 15); // Wednesday 20 May 2026, 15:00 in Paris
const iso = (key: number) => new Date(key * DAY).toISOString().slice(0, 10);
const inDays = (n: number) => iso(dayOf(NOW).key + n);
const settings = (extra: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...extra });

/** A course of `n` cards in one chapter. */
function courseOf(n: number): CourseData {
  return {
    chapters: [{ id: 'docker', label: 'Docker' }],
    sections: [{ path: '/docker/p/#s', title: 'S', page: 'P', chapter: 0, deck: 'docker' }],
    questions: [],
    cards: Array.from({ length: n }, (_, i) => [`carte-${i}`, 0] as [string, number]),
  };
}

/** A card graduated at `t` (learning steps answered « Correct »), then reviewed « Correct » at each due date before `until`. */
function studied(id: string, t: number, until = t + 1): CardProgress {
  let p = gradeCard(f, id, undefined, 3, t);
  while (p.st !== REVIEW) p = gradeCard(f, id, p, 3, p.due);
  while (p.due < until) p = gradeCard(f, id, p, 3, p.due);
  return p;
}

describe('compte à rebours en journées d’étude (04:00)', () => {
  it('l’examen commence à 04:00 de sa date : à 03:59 il est encore « demain », à 04:00 « aujourd’hui »', () => {
    const before = countdown('2026-05-21', local(2026, 4, 21, 3, 59))!;
    expect(before.daysLeft).toBe(1);
    expect(before.start).toBe(local(2026, 4, 21, 4));
    expect(countdownLabel(before)).toBe('Examen demain');
    expect(countdownLabel(countdown('2026-05-21', local(2026, 4, 21, 4))!)).toBe('Examen aujourd’hui');
    expect(countdownLabel(countdown('2026-06-01', NOW)!)).toBe('Examen dans 12\u00a0j');
    expect(countdownLabel(countdown('2026-05-19', NOW)!)).toBe('Examen passé');
  });

  it('une date invalide ou absente ne donne ni compte à rebours ni plan', () => {
    for (const d of [undefined, '', '2026-02-30', '20-05-2026', '2026-5-20']) expect(countdown(d, NOW)).toBeNull();
    expect(examPlan(courseOf(3), new Map(), settings({ examDate: '2026-02-30' }), f, NOW)).toBeNull();
  });
});

describe('plan et prédiction', () => {
  it('examen dans 90 jours : les nouvelles cartes réparties sur les 84 jours qui laissent 7 jours avant l’examen ; rappel prévu = courbe d’oubli après les révisions « Correct » simulées', () => {
    const course = courseOf(600);
    // 14 cards introduced 3 study days ago (started then: the pace is measured over 4 days).
    const start = NOW - 3 * DAY;
    const progress = new Map<string, CardProgress>();
    for (let i = 0; i < 14; i++) progress.set(`carte-${i}`, studied(`carte-${i}`, start + i * 60_000, NOW - DAY));
    const exam = inDays(90);
    const plan = examPlan(course, progress, settings({ examDate: exam }), f, NOW)!;
    expect(plan.countdown.daysLeft).toBe(90);
    expect(plan.days).toBe(90 - PLAN_MARGIN_DAYS + 1);
    expect(plan.late).toBe(false);
    expect(plan.newPerDay).toBe(Math.ceil(586 / 84));
    expect(plan.pace).toMatchObject({ introduced: 14, days: 4, perDay: 3.5, today: 0 });
    // At 3.5 a day from today: floor(3.5 × 90) = 315 cards seen by the exam, 271 never.
    expect(plan.total.prediction).toMatchObject({ cards: 600, studied: 14 + 315, neverSeen: 271 });
    // One card, computed by hand: every review « Correct » when due before the exam's 04:00, then the curve.
    const examStart = startOfKey(dayOf(NOW).key + 90);
    let p: CardProgress = { ...progress.get('carte-0')!, log: [] };
    while (Math.max(p.due, NOW) < examStart) p = gradeCard(f, 'carte-0', { ...p, log: [] }, 3, Math.max(p.due, NOW));
    const r0 = forgetting_curve(w, dayOf(NOW).key + 90 - dayOf(p.lr!).key, p.s);
    expect(r0).toBeGreaterThan(0.85);
    expect(r0).toBeLessThanOrEqual(1);
    // Same pace, only card 0 studied: the sum of recall is card 0's plus what the new cards give.
    const alone = examPlan(courseOf(1), new Map([['carte-0', progress.get('carte-0')!]]), settings({ examDate: exam }), f, NOW)!;
    expect(alone.total.prediction.recallSum).toBeCloseTo(r0, 12);
  });

  it('examen demain (1 jour) : moins de 7 jours, tout ce qui reste aujourd’hui ; une révision due aujourd’hui est faite avant', () => {
    const lr = local(2026, 4, 10, 10);
    const due: CardProgress = { ...studied('carte-0', lr), due: startOfKey(dayOf(NOW).key) };
    const progress = new Map([['carte-0', due]]);
    const plan = examPlan(courseOf(5), progress, settings({ examDate: inDays(1) }), f, NOW)!;
    expect(plan).toMatchObject({ days: 1, late: true, newPerDay: 4 });
    const after = gradeCard(f, 'carte-0', { ...due, log: [] }, 3, NOW);
    const expected = forgetting_curve(w, 1, after.s);
    // No pace yet (nothing introduced this week... only card 0, 10 days ago): the 4 others are never seen.
    expect(plan.total.prediction).toMatchObject({ studied: 1, neverSeen: 4 });
    expect(plan.total.prediction.recallSum).toBeCloseTo(expected, 12);
  });

  it('examen aujourd’hui (0 jour) : plus de plan, plus de révision simulée, le rappel du jour même', () => {
    const lr = local(2026, 4, 12, 10);
    const p = { ...studied('carte-0', lr), due: NOW - DAY };
    const plan = examPlan(courseOf(2), new Map([['carte-0', p]]), settings({ examDate: inDays(0), followPlan: true }), f, NOW)!;
    expect(plan.newPerDay).toBeNull();
    expect(plan.chapters[0]!.newPerDay).toBeNull();
    expect(plan.total.prediction.recallSum).toBeCloseTo(forgetting_curve(w, 8, p.s), 12);
    // « Suivre le plan » without a plan: the usual limit.
    expect(newCardLimit(settings({ examDate: inDays(0), followPlan: true }), ['carte-0', 'carte-1'], new Map(), NOW)).toBe(DEFAULT_SETTINGS.newPerDay);
  });

  it('le nombre du plan ne change pas au fil de la journée : les cartes introduites aujourd’hui restent comptées', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `carte-${i}`);
    const exam = inDays(17); // 11 days for new cards
    expect(planNewPerDay(ids, new Map(), exam, NOW)).toBe(Math.ceil(100 / 11));
    const progress = new Map<string, CardProgress>();
    for (let i = 0; i < 9; i++) progress.set(ids[i]!, studied(ids[i]!, NOW + i * 60_000));
    expect(planNewPerDay(ids, progress, exam, NOW + DAY / 3)).toBe(10);
    // Tomorrow (after 04:00), the 9 are studied: 91 over 10 days.
    expect(planNewPerDay(ids, progress, exam, local(2026, 4, 21, 4))).toBe(Math.ceil(91 / 10));
    expect(currentPace(ids, progress, NOW + DAY / 3)).toMatchObject({ today: 9, introduced: 9, days: 1, perDay: 9 });
  });

  it('pourquoi 7 jours : une carte apprise 7 jours avant l’examen a eu sa première révision et un rappel prévu d’environ 95 %', () => {
    const p = studied('carte-0', NOW);
    expect(dayOf(p.due).key - dayOf(NOW).key).toBe(2);
    const plan = examPlan(courseOf(1), new Map([['carte-0', p]]), settings({ examDate: inDays(PLAN_MARGIN_DAYS) }), f, NOW)!;
    expect(plan.total.prediction.studied).toBe(1);
    expect(plan.total.prediction.recallSum).toBeGreaterThan(0.93);
    expect(plan.total.prediction.recallSum).toBeLessThan(0.97);
    // Without that review (an exam 2 days away would come first), recall would rest on the 2-day stability.
    expect(forgetting_curve(w, PLAN_MARGIN_DAYS, p.s)).toBeLessThan(0.85);
  });

  it('« Suivre le plan » : la limite du jour devient le nombre du plan ; sans, « Nouvelles cartes par jour »', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `carte-${i}`);
    expect(newCardLimit(settings({ examDate: inDays(17), followPlan: true }), ids, new Map(), NOW)).toBe(10);
    expect(newCardLimit(settings({ examDate: inDays(17), followPlan: false }), ids, new Map(), NOW)).toBe(20);
    expect(newCardLimit(settings({ followPlan: true }), ids, new Map(), NOW)).toBe(20);
    // Suspended cards are not planned.
    const susp = new Map([['carte-0', { ...newCard(NOW), susp: true }]]);
    expect(planNewPerDay(ids, susp, inDays(106), NOW)).toBe(Math.ceil(99 / 100));
  });
});

describe('semaines de changement d’heure (Europe/Paris, processus à part)', () => {
  it('2026-03-29 et 2026-10-25 : compte à rebours, début de l’examen à 04:00 et jours écoulés de la courbe d’oubli', () => {
    const probe = fileURLToPath(new URL('./tz/progress-probe.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--no-warnings', probe], { env: { ...process.env, TZ: 'Europe/Paris' }, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { zone: string; checked: number; problems: string[] };
    expect(result.zone).toBe('Europe/Paris');
    expect(result.checked).toBeGreaterThan(20);
    expect(result.problems).toEqual([]);
  }, 90_000);
});

describe('le réglage « Date de l’examen »', () => {
  it('une valeur enregistrée sans examDate (ancien format) se lit ; une date invalide est retirée, le reste gardé', () => {
    expect(parseSettingsRecord({ srs: { newPerDay: 12, reviewsPerDay: 100, retention: 0.9 } })!.srs).toEqual({ newPerDay: 12, reviewsPerDay: 100, retention: 0.9 });
    const bad = parseSettingsRecord({ srs: { newPerDay: 12, reviewsPerDay: 100, retention: 0.9, examDate: '2026-13-01', followPlan: 'oui' }, autre: 1 })!;
    expect(bad).toEqual({ srs: { newPerDay: 12, reviewsPerDay: 100, retention: 0.9 }, autre: 1 });
    const good = parseSettingsRecord({ srs: { newPerDay: 12, reviewsPerDay: 100, retention: 0.9, examDate: '2026-06-15', followPlan: true } })!;
    expect(good.srs).toMatchObject({ examDate: '2026-06-15', followPlan: true });
    expect(settingsProblem({ ...DEFAULT_SETTINGS, examDate: '2026-06-15' })).toBeNull();
  });
});
