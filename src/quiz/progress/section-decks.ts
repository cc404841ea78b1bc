// Which deck each section's cards belong to, for the course outline (src/components/progress/
// course-data.ts). The flashcards page counts its decks from that outline (src/components/cards/
// data.ts, outlineCards), so a section must hold cards of one deck only: a second deck fails the
// build, naming the file, the card and the field.

export interface DeckedCard {
  id: string;
  deck: string;
  section: string;
}

export function sectionDecks(cards: readonly DeckedCard[]): Map<string, string> {
  const deckOf = new Map<string, string>();
  for (const c of cards) {
    const other = deckOf.get(c.section);
    if (other !== undefined && other !== c.deck) {
      throw new Error(
        `src/content/cards/${c.deck}.yaml, carte « ${c.id} », champ « section » : la section ${c.section} a déjà des cartes du paquet « ${other} » ; une section ne peut relever que d’un paquet.`,
      );
    }
    deckOf.set(c.section, c.deck);
  }
  return deckOf;
}
