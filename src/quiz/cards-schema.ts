// Flashcard decks (src/content/cards/<chapitre>.yaml): the zod schema of one entry, Anki's
// cloze syntax, and the expansion of an entry (a "note" in Anki's words) into the cards that are
// studied:
//   basic     → one card, id = the entry's id
//   reversed  → two sibling cards: `<id>` (front → back) and `<id>:r` (back → front)
//   cloze     → one card per cloze number: `<id>:c1`, `<id>:c2`…
// Siblings share a group id (the entry's id, the part before `:`), which the queue uses to
// bury the other cards of a note reviewed today, as Anki does.
// Build time only (the collection loader and the unit tests); the browser never loads zod.
import { z } from 'astro/zod';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Messages in `refine` (issue code `custom`) reach the learner's error report as written.
const kebab = (what: string) =>
  z.string().refine((v) => KEBAB.test(v), `${what} attendu en minuscules ASCII, chiffres et tirets (kebab-case)`);

const common = {
  id: kebab('identifiant').refine((v) => v.length <= 80, 'identifiant trop long (80 caractères au plus)'),
  section: z.string().min(1),
  tags: z.array(kebab('étiquette')).optional(),
  extra: z.string().trim().min(1).optional(),
};

const sided = {
  front: z.string().trim().min(1),
  back: z.string().trim().min(1),
};

/** A cloze text must hold at least one well-formed `{{cN::…}}`. */
const clozeText = z
  .string()
  .trim()
  .min(1)
  .superRefine((text, ctx) => {
    const parsed = parseCloze(text);
    if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
  });

const entryVariants = z.discriminatedUnion('type', [
  z.strictObject({ ...common, type: z.literal('basic'), ...sided }),
  z.strictObject({ ...common, type: z.literal('reversed'), ...sided }),
  z.strictObject({ ...common, type: z.literal('cloze'), text: clozeText }),
]);

/** One entry of a deck. The type is checked first, so that an unknown one is named as such. */
export const cardEntrySchema = z.looseObject({ type: z.enum(['basic', 'reversed', 'cloze']) }).pipe(entryVariants);

export type CardEntry = z.output<typeof cardEntrySchema>;
export type CardType = CardEntry['type'];

// ---------------------------------------------------------------------------------------------
// Cloze: Anki's `{{c1::réponse}}` and `{{c1::réponse::indice}}`.

export type ClozePart = string | { n: number; answer: string; hint?: string };

/**
 * Splits a cloze text into plain strings and deletions. Braces that are not a cloze opening
 * (`{{.State.Pid}}` in a Go template) are kept as text, inside a deletion too: their `}}` does
 * not close it. The hint is what follows the first `::` of the deletion, as in Anki.
 */
export function parseCloze(text: string): { parts: ClozePart[]; numbers: number[] } | { error: string } {
  const parts: ClozePart[] = [];
  const open = /\{\{c(\d+)::/y;
  let plain = '';
  let i = 0;
  while (i < text.length) {
    open.lastIndex = i;
    const m = open.exec(text);
    if (!m) {
      plain += text[i];
      i += 1;
      continue;
    }
    const n = Number(m[1]);
    if (!Number.isSafeInteger(n) || n < 1 || n > 99) return { error: `numéro de trou invalide « c${m[1]} » (de c1 à c99)` };
    let depth = 0;
    let j = i + m[0].length;
    let end = -1;
    while (j < text.length) {
      open.lastIndex = j;
      const inner = open.exec(text);
      if (inner) return { error: `trou {{c${inner[1]}::…}} imbriqué dans le trou {{c${n}::…}}` };
      if (text.startsWith('{{', j)) {
        depth += 1;
        j += 2;
      } else if (text.startsWith('}}', j)) {
        if (depth === 0) {
          end = j;
          break;
        }
        depth -= 1;
        j += 2;
      } else j += 1;
    }
    if (end < 0) return { error: `trou {{c${n}::… non fermé (il manque « }} »)` };
    const body = text.slice(i + m[0].length, end);
    const sep = body.indexOf('::');
    const answer = sep < 0 ? body : body.slice(0, sep);
    const hint = sep < 0 ? undefined : body.slice(sep + 2).trim();
    if (!answer.trim()) return { error: `trou {{c${n}::…}} sans réponse` };
    if (plain) parts.push(plain);
    plain = '';
    parts.push(hint ? { n, answer, hint } : { n, answer });
    i = end + 2;
  }
  if (plain) parts.push(plain);
  const numbers = [...new Set(parts.flatMap((p) => (typeof p === 'string' ? [] : [p.n])))].sort((a, b) => a - b);
  if (!numbers.length) return { error: 'aucun trou {{c1::…}} dans le texte' };
  return { parts, numbers };
}

/** Marks around a deletion in Markdown; they survive Markdown and highlighting as plain characters. */
export const CLOZE_SHOWN_OPEN = '\uE000';
export const CLOZE_SHOWN_CLOSE = '\uE001';
export const CLOZE_HIDDEN_OPEN = '\uE002';
export const CLOZE_HIDDEN_CLOSE = '\uE003';

/**
 * The Markdown of card `n` of a cloze text, before rendering: on the front, deletion n becomes
 * a hidden mark (its hint, or « … »); on the back, its answer between shown marks. Other
 * deletions show their answers, unmarked, on both sides (Anki does the same).
 */
export function clozeSides(parts: readonly ClozePart[], n: number): { front: string; back: string } {
  let front = '';
  let back = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      front += p;
      back += p;
    } else if (p.n === n) {
      front += `${CLOZE_HIDDEN_OPEN}${p.hint ?? '…'}${CLOZE_HIDDEN_CLOSE}`;
      back += `${CLOZE_SHOWN_OPEN}${p.answer}${CLOZE_SHOWN_CLOSE}`;
    } else {
      front += p.answer;
      back += p.answer;
    }
  }
  return { front, back };
}

/** Wraps every text run of `inner` (between tags) in a span, so marks spanning highlighted code stay well nested. */
function wrapRuns(inner: string, open: string, close: string): string {
  return inner.replace(/([^<>]+)(?=<|$)/g, (run) => `${open}${run}${close}`);
}

/**
 * Turns the marks of rendered HTML into `<span class="cloze">`: a hidden deletion reads
 * `[…]` (or `[indice]`), a shown one is its answer, both styled as Anki's blue cloze.
 */
export function markClozeHtml(html: string): string {
  const hidden = new RegExp(`${CLOZE_HIDDEN_OPEN}([\\s\\S]*?)${CLOZE_HIDDEN_CLOSE}`, 'g');
  const shown = new RegExp(`${CLOZE_SHOWN_OPEN}([\\s\\S]*?)${CLOZE_SHOWN_CLOSE}`, 'g');
  return html
    .replace(hidden, (_m, inner: string) => wrapRuns(`[${inner}]`, '<span class="cloze cloze--hidden">', '</span>'))
    .replace(shown, (_m, inner: string) => wrapRuns(inner, '<span class="cloze">', '</span>'));
}

// ---------------------------------------------------------------------------------------------
// Expansion into study cards.

/** One studied card, before its Markdown is rendered. */
export interface StudyCardSource {
  /** `<entry id>`, `<entry id>:r` or `<entry id>:cN`. */
  id: string;
  /** The entry's id: siblings share it. */
  note: string;
  type: CardType;
  /** 1-based card number within the note (Anki's "Card 1", "Card 2", or the cloze number). */
  ord: number;
  /** Markdown; cloze sides carry the marks of clozeSides(). */
  front: string;
  back: string;
  extra?: string;
  section: string;
  tags: string[];
}

/** The note (group) id of a study card id. */
export { noteOf } from './srs/ids.ts';

export function expandEntry(entry: CardEntry): StudyCardSource[] {
  const base = { note: entry.id, type: entry.type, section: entry.section, tags: entry.tags ?? [], ...(entry.extra ? { extra: entry.extra } : {}) };
  switch (entry.type) {
    case 'basic':
      return [{ ...base, id: entry.id, ord: 1, front: entry.front, back: entry.back }];
    case 'reversed':
      return [
        { ...base, id: entry.id, ord: 1, front: entry.front, back: entry.back },
        { ...base, id: `${entry.id}:r`, ord: 2, front: entry.back, back: entry.front },
      ];
    case 'cloze': {
      const parsed = parseCloze(entry.text);
      if ('error' in parsed) throw new Error(`${entry.id} : ${parsed.error}`);
      return parsed.numbers.map((n) => ({ ...base, id: `${entry.id}:c${n}`, ord: n, ...clozeSides(parsed.parts, n) }));
    }
  }
}

/** The data of one card in the `cards` collection, as the islands receive it (HTML is trusted build output). */
export const studyCardSchema = z.object({
  id: z.string(),
  note: z.string(),
  deck: z.string(),
  deckLabel: z.string(),
  order: z.number().int(),
  type: z.enum(['basic', 'reversed', 'cloze']),
  ord: z.number().int(),
  frontHtml: z.string(),
  backHtml: z.string(),
  extraHtml: z.string().optional(),
  section: z.string(),
  sectionTitle: z.string(),
  tags: z.array(z.string()),
  /** Plain text of both sides (search, Anki export of plain fields). */
  frontText: z.string(),
  backText: z.string(),
});

export type StudyCard = z.output<typeof studyCardSchema>;
