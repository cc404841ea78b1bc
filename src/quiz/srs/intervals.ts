// Intervals and due dates in French, short, as Anki shows them above its buttons:
// « 1 min », « 10 min », « 2 h », « 3 j », « 2 mois », « 1,5 an ».
import { dayOf } from './day.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One decimal at most, with a French comma, none when whole: 1,5 · 2. */
function short(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1).replace('.', ',');
}

/** A duration in French short form. */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return `${Math.max(0, Math.round(ms / 1000))} s`;
  if (ms < HOUR) return `${Math.round(ms / MINUTE)} min`;
  if (ms < DAY) return `${short(ms / HOUR)} h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)} j`;
  if (days < 365) return `${short(days / 30)} mois`;
  const years = short(days / 365);
  return `${years} ${Number(years.replace(',', '.')) >= 2 ? 'ans' : 'an'}`;
}

/** The same duration in words, for screen readers and sentences: « 10 minutes », « 3 jours ». */
export function formatIntervalLong(ms: number): string {
  const s = formatInterval(ms);
  const [n = '', unit = ''] = s.split(' ');
  const plural = Number(n.replace(',', '.')) >= 2;
  const words: Record<string, [string, string]> = {
    s: ['seconde', 'secondes'],
    min: ['minute', 'minutes'],
    h: ['heure', 'heures'],
    j: ['jour', 'jours'],
    mois: ['mois', 'mois'],
    an: ['an', 'ans'],
    ans: ['an', 'ans'],
  };
  const w = words[unit];
  return w ? `${n} ${plural ? w[1] : w[0]}` : s;
}

// French dates and numbers written by hand, the same as Intl's fr-FR: creating an
// Intl.DateTimeFormat costs tens of milliseconds on a phone (ICU data), at page load since these
// were module constants, and a number's toLocaleString creates a formatter at each call.
// tests/unit/french-format.test.ts checks every form against Intl.
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** « 14:35 » (local time), as Intl's fr-FR { hour: '2-digit', minute: '2-digit' }. */
export function formatTime(t: number): string {
  const d = new Date(t);
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A whole number as fr-FR writes it: « 7 », « 1 234 » (narrow no-break space between thousands). */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return n.toLocaleString('fr-FR');
  const s = String(n);
  let out = s.slice(0, s.length % 3 || 3);
  for (let i = out.length; i < s.length; i += 3) out += `\u202f${s.slice(i, i + 3)}`;
  return out;
}

/**
 * When something due at `due` comes, seen from `now`, on Anki's days: « maintenant »,
 * « dans 35 minutes (à 14:35) », « demain », « dans 3 jours (jeudi 14 mars) ».
 */
export function formatDue(due: number, now: number): string {
  if (due <= now) return 'maintenant';
  const today = dayOf(now);
  if (due < today.end) return `dans ${formatIntervalLong(due - now)} (à ${formatTime(due)})`;
  const days = dayOf(due).key - today.key;
  if (days === 1) return 'demain';
  return `dans ${days} jours (${formatDate(due)})`;
}

/** A date in words: « jeudi 14 mars ». */
export function formatDate(t: number): string {
  const d = new Date(t);
  return `${WEEKDAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]}`;
}
