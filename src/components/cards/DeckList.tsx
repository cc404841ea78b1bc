// The deck list, as Anki's: each chapter's deck and « Tous les paquets », with the counts
// « Nouvelles », « En cours », « À réviser » of today (one pass: queue.ts deckCounts; the header
// badge shows « En cours » + « À réviser » of « Tous les paquets ») and a button « Étudier ».
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { withPlan } from '../../quiz/progress/exam-date';
import { deckCounts } from '../../quiz/srs/queue';
import { $loaded, $progress, $settings } from '../../quiz/srs/state';
import type { QueueCard } from '../../quiz/srs/queue';
import { ALL_DECKS, plural, type DeckInfo } from './data';
import { ScrollArea } from './ScrollArea';

interface Props {
  decks: readonly DeckInfo[];
  total: number;
  /** The course's cards, as the queue sees them (from the outline: data.ts outlineCards). */
  cards: readonly QueueCard[];
  onNavigate: (search: string) => void;
}

export function DeckList({ decks, total, cards, onNavigate }: Props) {
  const loaded = useStore($loaded);
  const progress = useStore($progress);
  const settings = useStore($settings);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const ready = loaded && cards.length > 0;
  const counts = useMemo(() => {
    if (!ready) return null;
    return deckCounts(cards, progress, withPlan(settings, cards.map((c) => c.id), progress, now), now);
  }, [ready, cards, progress, settings, now]);

  const row = (id: string | null, label: string, size: number, all = false) => {
    const c = counts?.get(id);
    const n = (v: number | undefined) => (c ? <span class={v ? '' : 'zero'}>{v}</span> : '…');
    const search = `?paquet=${encodeURIComponent(id ?? ALL_DECKS)}`;
    return (
      <tr class={all ? 'paquet-tous' : ''} key={id ?? ALL_DECKS}>
        <th scope="row">
          <span class="paquet-nom">{label}</span>
          <span class="paquet-taille">{plural(size, 'carte', 'cartes')}</span>
        </th>
        <td>{n(c?.new)}</td>
        <td>{n(c?.learning)}</td>
        <td>{n(c?.review)}</td>
        <td>
          <button type="button" class="bouton-etudier" disabled={!ready} onClick={() => onNavigate(search)}>
            Étudier<span class="sr-only"> : {label}</span>
          </button>
        </td>
      </tr>
    );
  };

  return (
    <section aria-labelledby="paquets-titre">
      <h2 id="paquets-titre" tabIndex={-1}>
        Paquets
      </h2>
      {/* It fits down to 320 px (cards.css); a larger text size may still make it scroll, and say so. */}
      <ScrollArea label="Tableau : cartes à étudier aujourd’hui, par paquet" hint="Faites défiler le tableau pour voir toutes les colonnes." class="table-paquets">
        <table>
          <caption class="sr-only">Cartes à étudier aujourd’hui, par paquet</caption>
          <thead>
            <tr>
              <th scope="col">Paquet</th>
              <th scope="col">Nouvelles</th>
              <th scope="col">En cours</th>
              <th scope="col">À réviser</th>
              <th scope="col">
                <span class="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {row(null, 'Tous les paquets', total, true)}
            {decks.map((d) => row(d.id, d.label, d.total))}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}
