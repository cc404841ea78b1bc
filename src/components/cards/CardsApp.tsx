// The flashcards page (/revision/cartes/): decks, review, one card, « Parcourir »,
// « Statistiques », « Réglages ». One island; the views are chosen by the address
// (?paquet=<id>, ?carte=<id>, ?vue=…) so links and the back button work. Every view but the
// deck list is loaded when first opened (lazy-views.ts).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rememberCourseIds } from '../../quiz/srs/course-ids';
import { loadProgress, loadProgressInSlices } from '../../quiz/srs/state';
import StorageNotice from '../StorageNotice';
import { DataFileStatus, useDataFile } from '../DataFileStatus';
import { DeckList } from './DeckList';
import { lazyView, loadView, type Views } from './lazy-views';
import { outlineCards, parseRoute, routeSearch, type ClientCard, type DeckInfo, type Route } from './data';
import type { QueueCard } from '../../quiz/srs/queue';
import '../../styles/cards.css';

interface Props {
  /** URL of the cards' data file (src/quiz/data-files.ts). */
  src: string;
  /** URL of the course outline's data file: the deck list counts from it alone. */
  outline: string;
  decks: DeckInfo[];
  total: number;
}

type ViewProps = { cards: readonly ClientCard[]; decks: readonly DeckInfo[]; onNavigate: (search: string) => void };

const NAV: { label: string; route: Route }[] = [
  { label: 'Paquets', route: { view: 'paquets' } },
  { label: 'Parcourir', route: { view: 'parcourir' } },
  { label: 'Statistiques', route: { view: 'statistiques' } },
  { label: 'Réglages', route: { view: 'reglages' } },
];

const NO_CARDS: ClientCard[] = [];
const NO_DECK_CARDS: QueueCard[] = [];

export default function CardsApp({ src, outline, decks, total }: Props) {
  // The server renders the deck list; the address is read once hydrated.
  const [route, setRoute] = useState<Route>({ view: 'paquets' });
  // The deck list needs only the outline; the cards' file (four times larger, all the cards'
  // text) is fetched once a view shows cards, and kept.
  const cardsWanted = useRef(false);
  if (route.view !== 'paquets') cardsWanted.current = true;
  const [data, retry] = useDataFile(cardsWanted.current ? src : null, 'cartes');
  const cards = data.status === 'ready' ? data.items : NO_CARDS;
  const [plan, retryPlan] = useDataFile(outline, 'cours');
  const deckCards = useMemo(() => (plan.status === 'ready' ? outlineCards(plan.items[0]!) : NO_DECK_CARDS), [plan]);
  const [lazy, setLazy] = useState<Partial<Views>>({});
  const [lazyError, setLazyError] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const focusView = useRef(false);

  useEffect(() => {
    if (deckCards.length) rememberCourseIds(deckCards.map((c) => c.id));
  }, [deckCards]);

  useEffect(() => {
    const first = parseRoute(location.search);
    // The deck list waits for the progress (« … ») and reads it without a long task; the other
    // views want it at once, as does any navigation (below).
    if (first.view === 'paquets') void loadProgressInSlices();
    else loadProgress();
    setRoute(first);
    const onPop = () => {
      loadProgress();
      focusView.current = true;
      setRoute(parseRoute(location.search));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const wanted = lazyView(route);
  useEffect(() => {
    if (!wanted || lazy[wanted]) return;
    setLazyError(false);
    loadView(wanted).then(
      (View) => setLazy((l) => ({ ...l, [wanted]: View })),
      () => setLazyError(true),
    );
  }, [wanted]);

  // After a change of view, focus goes to its heading.
  useEffect(() => {
    if (!focusView.current) return;
    // A view still loading (its code or the cards) keeps the focus for its own heading: the
    // « Chargement » heading would go away with the focus. A failure takes it (the message).
    if (wanted && !lazyError && (!lazy[wanted] || data.status === 'loading')) return;
    const heading = root.current?.querySelector<HTMLElement>('h2');
    // A key pressed since (Space on the first card) has put the focus in the view: it stays there.
    if (heading && heading.closest('section')?.contains(document.activeElement)) focusView.current = false;
    else if (heading) {
      // The app's navigation stays in sight above the view.
      heading.focus({ preventScroll: true });
      root.current?.scrollIntoView({ block: 'start' });
      focusView.current = false;
    }
  });

  const navigate = (search: string) => {
    loadProgress();
    const next = parseRoute(search);
    history.pushState(null, '', `${location.pathname}${routeSearch(next)}`);
    focusView.current = true;
    setRoute(next);
  };

  const deckLabel = (id: string | null) => (id === null ? 'Tous les paquets' : (decks.find((d) => d.id === id)?.label ?? null));
  const props: ViewProps = { cards, decks, onNavigate: navigate };
  const active = route.view === 'etude' || route.view === 'carte' ? 'paquets' : route.view;

  let view;
  // Every view but the deck list needs the cards: until they are there, say so (or why not).
  if (data.status !== 'ready' && route.view !== 'paquets') {
    view = (
      <section aria-labelledby="chargement-titre">
        <h2 id="chargement-titre" tabIndex={-1}>
          Cartes de révision
        </h2>
        <DataFileStatus state={data} retry={retry} what="des cartes" />
      </section>
    );
  } else if (wanted && !lazy[wanted] && !(route.view === 'etude' && deckLabel(route.deck) === null)) {
    view = (
      <section aria-labelledby="chargement-titre">
        <h2 id="chargement-titre" tabIndex={-1}>
          {route.view === 'parcourir' ? 'Parcourir' : route.view === 'statistiques' ? 'Statistiques' : 'Cartes de révision'}
        </h2>
        <p role="status">{lazyError ? 'Chargement impossible : vérifiez la connexion puis rechargez la page.' : 'Chargement…'}</p>
      </section>
    );
  } else switch (route.view) {
    case 'paquets':
      view = (
        <>
          {/* The list shows « … » while the outline loads: only a failure is worth a message here. */}
          {plan.status === 'error' && <DataFileStatus state={plan} retry={retryPlan} what="des paquets" />}
          <DeckList decks={decks} total={total} cards={deckCards} onNavigate={navigate} />
        </>
      );
      break;
    case 'etude': {
      const label = deckLabel(route.deck);
      const Review = lazy.etude;
      view =
        label === null ? (
          <section aria-labelledby="inconnu-titre">
            <h2 id="inconnu-titre" tabIndex={-1}>
              Paquet introuvable
            </h2>
            <p>Aucun paquet ne porte ce nom. Choisissez-en un dans la liste des paquets.</p>
          </section>
        ) : (
          Review && <Review key={`${route.deck}${route.section}`} cards={cards} deck={route.deck} deckLabel={label} section={route.section ?? null} onNavigate={navigate} />
        );
      break;
    }
    case 'carte':
      view = lazy.carte && <lazy.carte cards={cards} id={route.id} onNavigate={navigate} />;
      break;
    case 'reglages':
      view = lazy.reglages && <lazy.reglages cards={cards} />;
      break;
    case 'parcourir':
      view = lazy.parcourir && <lazy.parcourir {...props} />;
      break;
    case 'statistiques':
      view = lazy.statistiques && <lazy.statistiques {...props} />;
      break;
  }

  return (
    <div class="cartes-app" ref={root} data-pagefind-ignore>
      <StorageNotice />
      <nav class="cartes-nav" aria-label="Cartes de révision">
        <ul>
          {NAV.map((n) => {
            const search = routeSearch(n.route) || '?';
            return (
              <li key={n.label}>
                <a
                  href={search}
                  aria-current={active === n.route.view ? 'page' : undefined}
                  onClick={(e) => {
                    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                    e.preventDefault();
                    navigate(search === '?' ? '' : search);
                  }}
                >
                  {n.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {view}
    </div>
  );
}
