// Study card ids: `<entry id>` (basic, or a reversed note's first card), `<entry id>:r` (its
// reverse), `<entry id>:cN` (cloze N). The part before `:` is the note: siblings share it.

export function noteOf(cardId: string): string {
  const i = cardId.indexOf(':');
  return i < 0 ? cardId : cardId.slice(0, i);
}
