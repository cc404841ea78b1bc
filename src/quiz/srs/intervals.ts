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

const dateFormat = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long' });
const timeFormat = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

/**
 * When something due at `due` comes, seen from `now`, on Anki's days: « maintenant »,
 * « dans 35 minutes (à 14:35) », « demain », « dans 3 jours (jeudi 14 mars) ».
 */
export function formatDue(due: number, now: number): string {
  if (due <= now) return 'maintenant';
  const today = dayOf(now);
  if (due < today.end) return `dans ${formatIntervalLong(due - now)} (à ${timeFormat.format(due)})`;
  const days = dayOf(due).key - today.key;
  if (days === 1) return 'demain';
  return `dans ${days} jours (${dateFormat.format(due)})`;
}

/** A date in words: « jeudi 14 mars ». */
export function formatDate(t: number): string {
  return dateFormat.format(t);
}
