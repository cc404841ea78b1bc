// One card as Anki shows it: the question; once revealed, the answer (for a cloze card, the
// text with its answer in place of the question). The HTML is the build's trusted rendering of
// the decks; nothing a learner types goes through here.
import type { Ref } from 'preact';
import { withBase } from '../../lib/url';
import type { ClientCard } from './data';

interface Props {
  card: ClientCard;
  revealed: boolean;
  /** Unique prefix for the element ids of this face. */
  idPrefix: string;
  questionRef?: Ref<HTMLDivElement>;
  answerRef?: Ref<HTMLDivElement>;
}

export function CardFace({ card, revealed, idPrefix, questionRef, answerRef }: Props) {
  const cloze = card.type === 'cloze';
  const showQuestion = !(cloze && revealed);
  return (
    <div class="carte-faces">
      {showQuestion && (
        <div class="carte-face carte-question" role="region" aria-labelledby={`${idPrefix}-q`} tabIndex={-1} ref={questionRef}>
          <h3 class="carte-face-titre" id={`${idPrefix}-q`}>
            Question
          </h3>
          <div class="carte-contenu" dangerouslySetInnerHTML={{ __html: card.frontHtml }} />
        </div>
      )}
      {revealed && (
        <div class="carte-face carte-reponse" role="region" aria-labelledby={`${idPrefix}-a`} tabIndex={-1} ref={answerRef}>
          <h3 class="carte-face-titre" id={`${idPrefix}-a`}>
            Réponse
          </h3>
          <div class="carte-contenu" dangerouslySetInnerHTML={{ __html: card.backHtml }} />
          {card.extraHtml && <div class="carte-contenu carte-extra" dangerouslySetInnerHTML={{ __html: card.extraHtml }} />}
        </div>
      )}
    </div>
  );
}

/** « Relire la section », to the page and heading the card comes from. */
export function SectionLink({ card }: { card: ClientCard }) {
  return (
    <a class="carte-section" href={withBase(card.section)}>
      Relire la section<span class="sr-only"> : {card.sectionTitle}</span>
    </a>
  );
}

/** The state of a card in words. */
export const KIND_LABEL = { new: 'Nouvelle carte', learning: 'En cours d’apprentissage', review: 'À réviser' } as const;
