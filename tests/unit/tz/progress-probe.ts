// Run by progress-exam-plan.test.ts in a child process whose TZ is set: the exam countdown, the
// exam's start at 04:00 and the elapsed study days of the predicted recall, across both DST
// changes of 2026 (Date reads the zone once per process). Prints what it found as JSON.
import { forgetting_curve } from 'ts-fsrs';
import { countdown, examPlan, planNewPerDay } from '../../../src/quiz/progress/exam-plan.ts';
import { recallToday } from '../../../src/quiz/progress/mastery.ts';
import { REVIEW, type CardProgress } from '../../../src/quiz/srs/model.ts';
import { createScheduler } from '../../../src/quiz/srs/scheduler.ts';
import { DEFAULT_SETTINGS } from '../../../src/quiz/srs/settings.ts';

const f = createScheduler(0.9);
const w = f.parameters.w;
const problems: string[] = [];
let checked = 0;
const local = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m, d, h, min).getTime();
const check = (label: string, got: unknown, want: unknown) => {
  checked += 1;
  if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${label} : obtenu ${JSON.stringify(got)}, attendu ${JSON.stringify(want)}`);
};
const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const card = (lr: number, due: number, s = 20): CardProgress => ({ st: REVIEW, due, s, d: 5, sd: 20, ls: 0, lr, reps: 4, lapses: 0, susp: false, m: lr, log: [] });
const course = { chapters: [{ id: 'c', label: 'C' }], sections: [{ path: '/c/p/#s', title: 'S', page: 'P', chapter: 0, deck: 'c' }], questions: [], cards: [['x', 0]] as [string, number][] };

// The week of each change: Sunday 29 March (02:00 → 03:00) and Sunday 25 October (03:00 → 02:00).
for (const [m, d] of [[2, 29], [9, 25]] as const) {
  for (let offset = -3; offset <= 3; offset++) {
    const examDay = new Date(2026, m, d + offset);
    const exam = isoDate(examDay);
    const c = countdown(exam, local(2026, m, d - 4, 3, 59))!;
    // 03:59 on the 4th day before the change still belongs to the 5th day before.
    check(`${exam} : jours restants à 03:59`, c.daysLeft, offset + 5);
    check(`${exam} : début à 04:00`, [new Date(c.start).getHours(), new Date(c.start).getMinutes(), new Date(c.start).getDate()], [4, 0, examDay.getDate()]);
    check(`${exam} : jours restants à 04:00`, countdown(exam, local(2026, m, d - 4, 4))!.daysLeft, offset + 4);
    // A card last reviewed the evening before the change (23:30), not due before the exam: the
    // recall on the exam day is the curve at whole study days, whatever the length of the days.
    const lr = local(2026, m, d - 1, 23, 30);
    const now = local(2026, m, d - 1, 23, 45);
    const days = offset + 1;
    if (days >= 0) {
      const plan = examPlan(course, new Map([['x', card(lr, local(2026, m, d + 30, 4))]]), { ...DEFAULT_SETTINGS, examDate: exam }, f, now)!;
      check(`${exam} : rappel prévu`, plan.total.prediction.recallSum.toFixed(12), forgetting_curve(w, days, 20).toFixed(12));
      // The same card seen by « Ma progression » on the exam day at 04:00 (DST or not): same figure.
      check(`${exam} : rappel du jour à 04:00 le jour de l’examen`, recallToday({ st: REVIEW, s: 20, lr }, w, c.start).toFixed(12), forgetting_curve(w, days, 20).toFixed(12));
    }
  }
  // Plan across the change: exam 10 days after Saturday 10:00 → 4 days for new cards.
  const sat = local(2026, m, d - 1, 10);
  const exam = new Date(2026, m, d + 9);
  const examIso = isoDate(exam);
  check(`plan à travers le changement d’heure ${m + 1}`, planNewPerDay(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], new Map(), examIso, sat), 2);
}

console.log(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, checked, problems }));
