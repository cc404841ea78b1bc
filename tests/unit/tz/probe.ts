// Run by srs-timezones.test.ts in a child process whose TZ is set (Date reads the zone once per
// process): checks the study-day clock in that zone and prints what it found as JSON.
import { dayOf } from '../../../src/quiz/srs/day.ts';
import { startOfKey, studyClock } from '../../../src/quiz/srs/study-clock.ts';
import { createScheduler, gradeCard, previewIntervals } from '../../../src/quiz/srs/scheduler.ts';
import type { CardProgress } from '../../../src/quiz/srs/model.ts';

const f = createScheduler(0.9);
const H = 3_600_000;
const DAY = 24 * H;

/** A card in review, last answered at `t` (a few days of history). */
function reviewCard(t: number): CardProgress {
  let c: CardProgress | undefined;
  let now = t - 20 * DAY;
  for (const g of [3, 3, 3] as const) {
    c = gradeCard(f, 'fuseau', c, g, now);
    now = Math.max(now + 60_000, c.due);
  }
  c = gradeCard(f, 'fuseau', c, 3, t);
  return c;
}

const problems: string[] = [];
const local = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m, d, h, min).getTime();

// 1. The « Correct » preview stays the same through a whole study day (04:00 → 04:00), whatever
//    the UTC date; it may change only at 04:00 local.
for (const [y, m, d] of [[2026, 0, 14], [2026, 6, 14]] as const) {
  const card = reviewCard(local(y, m, d - 3, 10));
  const first = previewIntervals(f, 'fuseau', card, local(y, m, d, 4, 1))[3];
  for (let min = 4 * 60 + 1; min < 28 * 60; min += 20) {
    const t = local(y, m, d, 0) + min * 60_000;
    if (dayOf(t).key !== dayOf(local(y, m, d, 4, 1)).key) continue;
    const ivl = previewIntervals(f, 'fuseau', card, t)[3];
    if (ivl !== first) problems.push(`aperçu « Correct » changé dans la journée d’étude du ${y}-${m + 1}-${d} à ${new Date(t).toString()} : ${ivl / DAY} j au lieu de ${first / DAY} j`);
  }
  // 2. Elapsed days are study days: 03:59 is the same day as the evening before, 04:01 the next.
  const evening = local(y, m, d, 22);
  const early = local(y, m, d + 1, 3, 59);
  const morning = local(y, m, d + 1, 4, 1);
  const utcDays = (a: number, b: number) => Math.round((Date.UTC(new Date(studyClock(b)).getUTCFullYear(), new Date(studyClock(b)).getUTCMonth(), new Date(studyClock(b)).getUTCDate()) - Date.UTC(new Date(studyClock(a)).getUTCFullYear(), new Date(studyClock(a)).getUTCMonth(), new Date(studyClock(a)).getUTCDate())) / DAY);
  if (utcDays(evening, early) !== 0) problems.push(`22:00 → 03:59 compté ${utcDays(evening, early)} jour(s) au lieu de 0`);
  if (utcDays(evening, morning) !== 1) problems.push(`22:00 → 04:01 compté ${utcDays(evening, morning)} jour(s) au lieu de 1`);
}

// 3. Across both DST changes of 2026 (each zone's dates): a card due n days later is due at 04:00
//    local on the calendar day n days later — never a day early or late.
const changes = [
  [2026, 2, 8], [2026, 10, 1], // United States
  [2026, 2, 29], [2026, 9, 25], // European Union
  [2026, 3, 5], [2026, 8, 27], // New Zealand
] as const;
let checked = 0;
for (const [y, m, d] of changes) {
  for (const offset of [-3, -1, 0]) {
    for (const hour of [4.5, 9, 13, 23.5]) {
      const t = local(y, m, d + offset, Math.floor(hour), (hour % 1) * 60);
      const card = reviewCard(t);
      const n = card.sd;
      const due = new Date(card.due);
      // The study day of t: its local calendar date, the day before when it is before 04:00.
      const at = new Date(t);
      const expected = new Date(at.getFullYear(), at.getMonth(), at.getDate() - (at.getHours() < 4 ? 1 : 0) + n, 4);
      checked += 1;
      if (card.due !== expected.getTime() || due.getHours() !== 4 || card.due !== startOfKey(dayOf(t).key + n))
        problems.push(`noté le ${new Date(t).toString()}, intervalle ${n} j : échéance ${due.toString()} au lieu de ${expected.toString()}`);
    }
  }
}

console.log(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, checked, problems }));
