// One card, shown on its own (?carte=<id>, a teacher's or a chapter's link): the question,
// « Afficher la réponse », the answer. Nothing is graded here.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CardFace, SectionLink } from './CardFace';
import type { ClientCard } from './data';

interface Props {
  cards: readonly ClientCard[];
  id: string;
  onNavigate: (search: string) => void;
}

export function CardPreview({ cards, id, onNavigate }: Props) {
  // A card id, or an entry's id (its first card).
  const card = cards.find((c) => c.id === id) ?? cards.find((c) => c.note === id);
  const [revealed, setRevealed] = useState(false);
  const answerRef = useRef<HTMLDivElement>(null);
  useEffect(() => setRevealed(false), [id]);
  useEffect(() => {
    if (revealed) answerRef.current?.focus();
  }, [revealed]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (revealed || e.altKey || e.ctrlKey || e.metaKey || (e.key !== ' ' && e.key !== 'Enter')) return;
      if (e.target instanceof Element && e.target.closest('button, a, summary, input, textarea, select')) return;
      e.preventDefault();
      setRevealed(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const go = (search: string) => (e: Event) => {
    e.preventDefault();
    onNavigate(search);
  };

  if (!card)
    return (
      <section aria-labelledby="apercu-titre">
        <h2 id="apercu-titre" tabIndex={-1}>
          Carte introuvable
        </h2>
        <p>Aucune carte ne porte cet identifiant : elle a peut-être été renommée ou retirée du cours.</p>
        <p>
          <a href="?" onClick={go('')}>
            Voir tous les paquets
          </a>
        </p>
      </section>
    );

  return (
    <section aria-labelledby="apercu-titre">
      <h2 id="apercu-titre" tabIndex={-1}>
        Carte du paquet {card.deckLabel}
      </h2>
      <article class="carte" aria-label="Carte">
        <CardFace card={card} revealed={revealed} idPrefix="apercu" answerRef={answerRef} />
        <p class="carte-pied">
          <SectionLink card={card} />
        </p>
        {!revealed && (
          <div class="actions-revision">
            <button type="button" class="bouton-principal" onClick={() => setRevealed(true)} aria-keyshortcuts="Space Enter">
              Afficher la réponse <kbd aria-hidden="true">Espace</kbd>
            </button>
          </div>
        )}
      </article>
      <p class="fin-liens">
        <a href={`?paquet=${encodeURIComponent(card.deck)}`} onClick={go(`?paquet=${encodeURIComponent(card.deck)}`)}>
          Étudier le paquet {card.deckLabel}
        </a>
        <a href="?" onClick={go('')}>
          Tous les paquets
        </a>
      </p>
    </section>
  );
}
