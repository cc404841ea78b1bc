// Answer cues and duplicates in the question banks and card decks: figures computed from the
// YAML files, shared by the unit test (tests/unit/bank-stats.test.ts) and by the writers'
// report (`node scripts/bank-report.mjs`). Pure functions over parsed YAML; no Astro, no DOM.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The limits a bank must respect (issue « Assessment a student can trust »). */
export const LIMITS = {
  /** Share of single-choice questions whose correct option is strictly the longest. */
  longestCorrectMax: 0.3,
  /** Share of true/false statements that are true. */
  trueShareMin: 0.4,
  trueShareMax: 0.6,
  /** No single count of correct options covers more than this share of multiple-choice questions. */
  multipleCountShareMax: 0.5,
  /** Normalised similarity from which two questions (or two cards) count as near-duplicates. */
  duplicateSimilarity: 0.6,
  /** Prose characters a card answer may hold (code and Markdown marks not counted). */
  cardAnswerMax: 150,
};

/** Load every `<chapter>.yaml` of a folder: [{ chapter, file, items }]. */
export function loadBanks(dir, key) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const data = parseYaml(readFileSync(join(dir, f), 'utf8')) ?? {};
      return { chapter: f.replace(/\.yaml$/, ''), file: join(dir, f), items: data[key] ?? [] };
    });
}

/** Visible length of an option: Markdown marks and surrounding spaces do not count. */
const visibleLength = (text) => String(text).replace(/[`*_]/g, '').trim().length;

/** Cue figures for a list of questions. */
export function questionCues(questions) {
  const single = questions.filter((q) => q.type === 'single');
  const longest = single.filter((q) => {
    const correct = q.options.find((o) => o.correct);
    const len = visibleLength(correct.text);
    return q.options.every((o) => o === correct || visibleLength(o.text) < len);
  });
  const tf = questions.filter((q) => q.type === 'truefalse');
  const trueCount = tf.filter((q) => q.answer === true).length;
  const multiple = questions.filter((q) => q.type === 'multiple');
  const counts = {};
  for (const q of multiple) {
    const n = q.options.filter((o) => o.correct).length;
    counts[n] = (counts[n] ?? 0) + 1;
  }
  const maxCount = Math.max(0, ...Object.values(counts));
  return {
    single: single.length,
    longestCorrect: longest.map((q) => q.id),
    longestShare: single.length ? longest.length / single.length : 0,
    truefalse: tf.length,
    trueCount,
    trueShare: tf.length ? trueCount / tf.length : 0.5,
    multiple: multiple.length,
    correctCounts: counts,
    maxCountShare: multiple.length ? maxCount / multiple.length : 0,
  };
}

/** Lower-case words without accents, punctuation or Markdown: the text two near-duplicates share. */
export function normalise(text) {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\{\{c\d+::([^}]*?)(::[^}]*)?\}\}/g, '$1')
    .replace(/[^a-z0-9./:=-]+/g, ' ')
    .trim();
}

const STOP = new Set(
  'le la les un une des de du d l a au aux et ou en dans sur pour par avec sans que qui quoi quel quelle quels quelles est sont ce cette ces se sa son ses il elle on ne pas plus vrai faux ou faut-il quelle commande'.split(
    ' ',
  ),
);

/** Word set of a text, stop words out. */
function words(text) {
  return new Set(
    normalise(text)
      .split(' ')
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/** Similarity of two word sets: shared words over the smaller set (a short question inside a long one counts). */
export function similarity(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  const dice = (2 * shared) / (a.size + b.size);
  return dice;
}

/** The text that says what a question asks and answers. */
function questionText(q) {
  const parts = [q.prompt];
  if (q.options) parts.push(...q.options.filter((o) => o.correct).map((o) => o.text));
  if (q.answers) parts.push(...q.answers);
  if (q.items) parts.push(...q.items);
  if (q.pairs) parts.push(...q.pairs.map((p) => `${p.left} ${p.right}`));
  return parts.join(' ');
}

/** The text of a card: both faces, or the cloze text. */
function cardText(c) {
  return c.type === 'cloze' ? c.text : `${c.front} ${c.back}`;
}

/** Pairs of near-duplicate items: [{ a, b, score }] with a/b = { id, chapter }. */
export function nearDuplicates(items, textOf, threshold = LIMITS.duplicateSimilarity) {
  const prepared = items.map((it) => ({ id: it.item.id, chapter: it.chapter, words: words(textOf(it.item)) }));
  const pairs = [];
  for (let i = 0; i < prepared.length; i += 1) {
    for (let j = i + 1; j < prepared.length; j += 1) {
      const score = similarity(prepared[i].words, prepared[j].words);
      if (score >= threshold) {
        pairs.push({ a: { id: prepared[i].id, chapter: prepared[i].chapter }, b: { id: prepared[j].id, chapter: prepared[j].chapter }, score });
      }
    }
  }
  return pairs.sort((x, y) => y.score - x.score);
}

export const duplicateQuestions = (banks, threshold) =>
  nearDuplicates(banks.flatMap((b) => b.items.map((item) => ({ chapter: b.chapter, item }))), questionText, threshold);

export const duplicateCards = (decks, threshold) =>
  nearDuplicates(decks.flatMap((d) => d.items.map((item) => ({ chapter: d.chapter, item }))), cardText, threshold);

/** Length of a card answer as read: code blocks, Markdown marks and links' targets out (inline code counts). */
export function proseLength(markdown) {
  return String(markdown ?? '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[*_#>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim().length;
}

/** Cards whose answer holds more than `max` characters of prose. */
export function longAnswers(decks, max = LIMITS.cardAnswerMax) {
  const out = [];
  for (const d of decks) {
    for (const c of d.items) {
      const answer = c.type === 'cloze' ? c.extra ?? '' : c.back;
      const len = proseLength(answer);
      if (len > max) out.push({ id: c.id, chapter: d.chapter, length: len });
    }
  }
  return out;
}

/**
 * Cloze holes that give themselves away: the hidden text (or, for a long option, its main word)
 * is printed elsewhere in the card, so the learner reads the answer next to the hole.
 */
export function trivialClozes(decks) {
  const out = [];
  for (const d of decks) {
    for (const c of d.items) {
      if (c.type !== 'cloze') continue;
      const holes = [...String(c.text).matchAll(/\{\{c\d+::(.*?)(?:::(.*?))?\}\}/g)];
      for (const m of holes) {
        const answer = m[1].trim();
        const rest = (String(c.text).replace(m[0], ' ') + ' ' + (c.extra ?? '')).toLowerCase();
        const key = answer.replace(/[`*]/g, '').toLowerCase();
        if (key.length >= 2 && rest.includes(key)) out.push({ id: c.id, chapter: d.chapter, hole: answer });
      }
    }
  }
  return out;
}
