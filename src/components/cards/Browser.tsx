// « Parcourir »: every card, searched fuzzily (fuse.js, loaded with this module, when the
// browser is first opened) over both sides and the tags, filtered by deck and state, with
// suspend / reactivate and reset. What the learner types is only ever used as text.
import { useStore } from '@nanostores/preact';
import Fuse from 'fuse.js';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { reset, suspend } from '../../quiz/srs/actions';
import { dayOf } from '../../quiz/srs/day';
import { formatDue } from '../../quiz/srs/intervals';
import { LEARNING, NEW, RELEARNING, type CardProgress } from '../../quiz/srs/model';
import { $progress } from '../../quiz/srs/state';
import { plural, type ClientCard, type DeckInfo } from './data';

type StateFilter = 'toutes' | 'nouvelles' | 'en-cours' | 'revision' | 'suspendues' | 'a-reviser';

const STATE_OPTIONS: { value: StateFilter; label: string }[] = [
  { value: 'toutes', label: 'Tous les états' },
  { value: 'nouvelles', label: 'Nouvelles' },
  { value: 'en-cours', label: 'En cours' },
  { value: 'revision', label: 'En révision' },
  { value: 'a-reviser', label: 'À réviser aujourd’hui' },
  { value: 'suspendues', label: 'Suspendues' },
];

/** The state of a card in words (never by colour alone). */
function stateLabel(p: CardProgress | undefined, now: number): string {
  const base = !p || p.st === NEW ? 'Nouvelle' : p.st === LEARNING || p.st === RELEARNING ? 'En cours' : 'En révision';
  if (p?.susp) return `Suspendue (${base.toLowerCase()})`;
  if (p && p.st !== NEW) return `${base}, ${p.due < dayOf(now).end ? 'à réviser aujourd’hui' : `prochaine révision ${formatDue(p.due, now)}`}`;
  return base;
}

function matches(filter: StateFilter, p: CardProgress | undefined, now: number): boolean {
  const st = p?.st ?? NEW;
  switch (filter) {
    case 'toutes':
      return true;
    case 'suspendues':
      return !!p?.susp;
    case 'nouvelles':
      return !p?.susp && st === NEW;
    case 'en-cours':
      return !p?.susp && (st === LEARNING || st === RELEARNING);
    case 'revision':
      return !p?.susp && st === 2;
    case 'a-reviser':
      return !!p && !p.susp && st !== NEW && p.due < dayOf(now).end;
  }
}

const PAGE = 50;

interface Props {
  cards: readonly ClientCard[];
  decks: readonly DeckInfo[];
  onNavigate: (search: string) => void;
}

export default function Browser({ cards, decks, onNavigate }: Props) {
  const progress = useStore($progress);
  const [query, setQuery] = useState('');
  const [deck, setDeck] = useState('');
  const [state, setState] = useState<StateFilter>('toutes');
  const [shown, setShown] = useState(PAGE);
  const [message, setMessage] = useState('');
  const now = Date.now();
  // The plain text of both sides, for the search and the buttons' names.
  const texts = useMemo(() => {
    const parser = new DOMParser();
    const text = (html: string) => (parser.parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim();
    return cards.map((c) => ({ card: c, frontText: text(c.frontHtml), backText: text(`${c.backHtml} ${c.extraHtml ?? ''}`), tags: c.tags }));
  }, [cards]);
  const frontText = useMemo(() => new Map(texts.map((t) => [t.card.id, t.frontText])), [texts]);
  const fuse = useMemo(
    () =>
      new Fuse(texts, {
        keys: [
          { name: 'frontText', weight: 2 },
          { name: 'backText', weight: 1 },
          { name: 'tags', weight: 1 },
        ],
        threshold: 0.34,
        ignoreLocation: true,
        ignoreDiacritics: true,
        minMatchCharLength: 2,
      }),
    [texts],
  );
  const found = useMemo(() => {
    const q = query.trim();
    const base = q ? fuse.search(q).map((r) => r.item.card) : cards;
    return base.filter((c) => (!deck || c.deck === deck) && matches(state, progress.get(c.id), now));
  }, [query, deck, state, progress, fuse, cards]);
  useEffect(() => setShown(PAGE), [query, deck, state]);
  const searchRef = useRef<HTMLInputElement>(null);

  const act = (label: string, run: () => void) => {
    run();
    setMessage(label);
  };

  return (
    <section aria-labelledby="parcourir-titre">
      <h2 id="parcourir-titre" tabIndex={-1}>
        Parcourir
      </h2>
      <form class="filtres" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="filtre filtre-recherche">
          <label for="parcourir-recherche">Rechercher une carte</label>
          <input
            id="parcourir-recherche"
            ref={searchRef}
            type="search"
            value={query}
            autoComplete="off"
            spellcheck={false}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="filtre">
          <label for="parcourir-paquet">Paquet</label>
          <select id="parcourir-paquet" value={deck} onChange={(e) => setDeck((e.target as HTMLSelectElement).value)}>
            <option value="">Tous les paquets</option>
            {decks.map((d) => (
              <option value={d.id} key={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <div class="filtre">
          <label for="parcourir-etat">État</label>
          <select id="parcourir-etat" value={state} onChange={(e) => setState((e.target as HTMLSelectElement).value as StateFilter)}>
            {STATE_OPTIONS.map((o) => (
              <option value={o.value} key={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p role="status" class="resultats-nombre">
        {found.length ? plural(found.length, 'carte trouvée', 'cartes trouvées') : 'Aucune carte ne correspond.'}
        {message && ` ${message}`}
      </p>
      <ul class="liste-cartes" aria-label="Cartes trouvées">
        {found.slice(0, shown).map((c) => {
          const p = progress.get(c.id);
          return (
            <li key={c.id} class={p?.susp ? 'suspendue' : ''}>
              <div class="liste-carte-recto carte-contenu" dangerouslySetInnerHTML={{ __html: c.frontHtml }} />
              <p class="liste-carte-meta">
                <span>{c.deckLabel}</span> · <span class="liste-carte-etat">{stateLabel(p, now)}</span>
                {c.tags.length > 0 && <span> · {c.tags.join(', ')}</span>}
              </p>
              <p class="liste-carte-actions">
                <a href={`?carte=${encodeURIComponent(c.id)}`} onClick={(e) => (e.preventDefault(), onNavigate(`?carte=${encodeURIComponent(c.id)}`))}>
                  Voir<span class="sr-only"> la carte : {(frontText.get(c.id) ?? '').slice(0, 80)}</span>
                </a>
                <button type="button" onClick={() => act(p?.susp ? 'Carte réactivée.' : 'Carte suspendue.', () => suspend([c.id], !p?.susp))}>
                  {p?.susp ? 'Réactiver' : 'Suspendre'}
                  <span class="sr-only"> la carte : {(frontText.get(c.id) ?? '').slice(0, 80)}</span>
                </button>
                {p && (p.st !== NEW || p.log.length > 0) && (
                  <button
                    type="button"
                    onClick={() => {
                      if (window.confirm('Remettre cette carte à l’état « nouvelle » ? Son historique de révisions est conservé.')) act('Carte remise à l’état nouvelle.', () => reset([c.id]));
                    }}
                  >
                    Réinitialiser<span class="sr-only"> la carte : {(frontText.get(c.id) ?? '').slice(0, 80)}</span>
                  </button>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      {found.length > shown && (
        <p>
          <button type="button" onClick={() => setShown(shown + PAGE)}>
            Afficher plus de cartes ({plural(found.length - shown, 'restante', 'restantes')})
          </button>
        </p>
      )}
    </section>
  );
}
