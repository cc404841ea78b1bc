// What the flashcard islands share: the cards' type (their data file is read by
// src/quiz/data-files.ts), the decks, and the page's routes (?paquet=, ?carte=, ?vue=).
import type { ClientCard, CourseOutline } from '../../quiz/data-files';
import type { QueueCard } from '../../quiz/srs/queue';
import { formatCount } from '../../quiz/srs/intervals';
import { noteOf } from '../../quiz/srs/ids';

export type { ClientCard };

export interface DeckInfo {
  id: string;
  label: string;
  total: number;
}

export function queueCards(cards: readonly ClientCard[]): QueueCard[] {
  return cards.map((c) => ({ id: c.id, note: c.note, deck: c.deck, section: c.section }));
}

/**
 * The same cards as `queueCards`, read from the course outline (a quarter of the cards' file, no
 * card text): all the deck list needs, so that the cards' file is fetched and parsed only when a
 * view shows cards. A section's deck is its cards' deck (src/components/progress/course-data.ts
 * fails the build otherwise).
 */
export function outlineCards(outline: CourseOutline): QueueCard[] {
  return outline.cards.map(([id, s]) => {
    const section = outline.sections[s]!;
    return { id, note: noteOf(id), deck: section.deck ?? '', section: section.path };
  });
}

export type Route =
  | { view: 'paquets' }
  /** `section`: a session limited to the cards of one course section (`&section=`). */
  | { view: 'etude'; deck: string | null; section?: string }
  | { view: 'carte'; id: string }
  | { view: 'parcourir' }
  | { view: 'statistiques' }
  | { view: 'reglages' };

/** « Tous les paquets » in a URL. */
export const ALL_DECKS = 'tous';

export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const card = params.get('carte');
  if (card) return { view: 'carte', id: card };
  const deck = params.get('paquet');
  const section = params.get('section');
  if (deck) return { view: 'etude', deck: deck === ALL_DECKS ? null : deck, ...(section ? { section } : {}) };
  const view = params.get('vue');
  if (view === 'parcourir' || view === 'statistiques' || view === 'reglages') return { view };
  return { view: 'paquets' };
}

export function routeSearch(route: Route): string {
  switch (route.view) {
    case 'paquets':
      return '';
    case 'etude':
      return `?paquet=${encodeURIComponent(route.deck ?? ALL_DECKS)}${route.section ? `&section=${encodeURIComponent(route.section)}` : ''}`;
    case 'carte':
      return `?carte=${encodeURIComponent(route.id)}`;
    default:
      return `?vue=${route.view}`;
  }
}

/** « 1 carte », « 12 cartes ». */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n > 1 ? many : one}`;
}
