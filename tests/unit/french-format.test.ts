// The French dates, times and counts written by hand in src/quiz/srs/intervals.ts must read exactly
// as Intl's fr-FR, which they replace so that no page creates a formatter at load.
import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDue, formatTime } from '../../src/quiz/srs/intervals';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long' });
const timeFormat = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

describe('dates et heures en français', () => {
  it('chaque jour de deux années (une bissextile) s’écrit comme Intl fr-FR', () => {
    const start = new Date(2027, 11, 25, 0, 7).getTime();
    for (let i = 0; i < 800; i++) {
      // An hour that moves through the day, so that times before 10 h and after 20 h are checked too.
      const t = start + i * 86_400_000 + ((i * 37) % 1440) * 60_000;
      expect(formatDate(t)).toBe(dateFormat.format(t));
      expect(formatTime(t)).toBe(timeFormat.format(t));
    }
  });

  it('formatDue garde ses phrases : heure du jour, date plus loin', () => {
    const now = new Date(2028, 2, 14, 9, 0).getTime();
    expect(formatDue(now + 35 * 60_000, now)).toBe('dans 35 minutes (à 09:35)');
    expect(formatDue(now + 5 * 86_400_000, now)).toBe(`dans 5 jours (${dateFormat.format(now + 5 * 86_400_000)})`);
    expect(formatDate(new Date(2028, 2, 1, 12).getTime())).toBe('mercredi 1 mars');
  });
});

describe('nombres en français', () => {
  it('s’écrivent comme toLocaleString("fr-FR"), espace fine insécable entre les milliers', () => {
    for (const n of [0, 1, 7, 42, 999, 1000, 1234, 9999, 10_000, 12_345, 100_000, 999_999, 1_000_000, 1_234_567, 2 ** 40, -3, -1234, 1.5]) {
      expect(formatCount(n)).toBe(n.toLocaleString('fr-FR'));
    }
    expect(formatCount(1234)).toBe('1\u202f234');
  });
});
