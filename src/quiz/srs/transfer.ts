// Export of the whole flashcard progress as JSON (the « cartes » part of a backup, backup.ts,
// which also reads it back), the validation of one exported card, and the export of the cards as
// a text file Anki imports. Reading a file is backup.ts's job only: one reader, one set of rules.
import { CLOCK_SLACK_MS, COMPACT_QUANTUM_MS, D_MAX, D_MIN, S_MAX, S_MIN, memoryInRange, type CardProgress, type CardStateKind, type LogEntry, type LogRating, type Memory, type Progress } from './model.ts';
import type { Settings } from './settings.ts';

export const EXPORT_FORMAT = 'cours-conteneurs/cartes';
export const EXPORT_VERSION = 1;
/** Limits that keep a hostile file from freezing the page. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_CARDS = 50_000;
export const MAX_LOG_ENTRIES = 10_000;
/** Dates must lie between 2000-01-01 and a day after the import (later: a clock error). */
const MIN_DATE = Date.UTC(2000, 0, 1);
let maxDate = Date.now() + CLOCK_SLACK_MS;

/** Dates later than `now` + a day are refused from here on (a clock error, not a change). */
export function setImportClock(now: number): void {
  maxDate = now + CLOCK_SLACK_MS;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

const STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;
type StateName = (typeof STATE_NAMES)[number];

interface ExportedMemory {
  state: StateName;
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  lastReview: number | null;
}

interface ExportedEntry {
  review: number;
  /** 1 « À revoir », 2 « Difficile », 3 « Correct », 4 « Facile », 0 reset to new. */
  rating: LogRating;
  state: StateName;
  mature: boolean;
  before?: ExportedMemory;
  /** The time is rounded down to 15 minutes (compacted log entry, model.ts). */
  compacted?: true;
}

interface ExportedCard extends ExportedMemory {
  reps: number;
  lapses: number;
  suspended: boolean;
  modified: number;
  log: ExportedEntry[];
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: number;
  settings: Settings;
  cards: Record<string, ExportedCard>;
}

const exportMemory = (p: Memory): ExportedMemory => ({
  state: STATE_NAMES[p.st],
  due: p.due,
  stability: p.s,
  difficulty: p.d,
  scheduledDays: p.sd,
  learningSteps: p.ls,
  lastReview: p.lr,
});

/** The export file's content (dates in epoch milliseconds). */
export function exportProgress(progress: Progress, settings: Settings, now: number): ExportFile {
  const cards: Record<string, ExportedCard> = {};
  for (const [id, p] of progress) {
    cards[id] = {
      ...exportMemory(p),
      reps: p.reps,
      lapses: p.lapses,
      suspended: p.susp,
      modified: p.m,
      log: p.log.map((e) => ({
        review: e.t,
        rating: e.r,
        state: STATE_NAMES[e.st],
        mature: e.mat,
        ...(e.prev ? { before: exportMemory(e.prev) } : {}),
        ...(e.c ? { compacted: true } : {}),
      })),
    };
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, settings: { ...settings }, cards };
}

export function exportProgressText(progress: Progress, settings: Settings, now: number): string {
  return `${JSON.stringify(exportProgress(progress, settings, now))}\n`;
}

// ---------------------------------------------------------------------------------------------

export class ImportError extends Error {}

export const fail = (message: string): never => {
  throw new ImportError(message);
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function onlyKeys(v: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const k of Object.keys(v)) if (!allowed.includes(k)) fail(`${where} : champ inconnu « ${k.slice(0, 40)} »`);
}

function date(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < MIN_DATE) fail(`${where} : date invalide`);
  if ((v as number) > maxDate) fail(`${where} : date dans le futur (${new Date(v as number).toISOString().slice(0, 10)}) ; l’horloge de l’appareil qui a exporté était-elle juste ?`);
  return v as number;
}

const MAX_DUE = Date.UTC(2200, 0, 1);

function dueDate(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < MIN_DATE || v > MAX_DUE) fail(`${where} : date invalide`);
  return v as number;
}

function count(v: unknown, max: number, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) fail(`${where} : nombre entier invalide`);
  return v as number;
}

function real(v: unknown, min: number, max: number, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) fail(`${where} : nombre invalide`);
  return v as number;
}

function stateOf(v: unknown, where: string): CardStateKind {
  const i = STATE_NAMES.indexOf(v as StateName);
  if (i < 0) fail(`${where} : état inconnu`);
  return i as CardStateKind;
}

const MEMORY_KEYS = ['state', 'due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'lastReview'] as const;

function importMemory(v: unknown, where: string): Memory {
  if (!isRecord(v)) return fail(`${where} : objet attendu`);
  const st = stateOf(v.state, `${where}, état`);
  const mem: Memory = {
    st,
    // A due date is in the future by nature: only bounded, as any date.
    due: dueDate(v.due, `${where}, échéance`),
    // Stored with 4 decimals, as the engine keeps them.
    s: round4(real(v.stability, 0, 1e6, `${where}, stabilité`)),
    d: round4(real(v.difficulty, 0, 10, `${where}, difficulté`)),
    sd: count(v.scheduledDays, 1e6, `${where}, intervalle`),
    ls: count(v.learningSteps, 1000, `${where}, étape`),
    lr: v.lastReview === null ? null : date(v.lastReview, `${where}, dernière révision`),
  };
  // Out of ts-fsrs's ranges, the review screen could not schedule the card.
  if (!memoryInRange(mem)) fail(`${where} : stabilité ou difficulté hors limites (difficulté de ${D_MIN} à ${D_MAX}, stabilité de ${S_MIN} à ${S_MAX})`);
  return mem;
}

export function importCard(id: string, v: unknown): CardProgress {
  const where = `carte « ${id} »`;
  if (!isRecord(v)) return fail(`${where} : objet attendu`);
  onlyKeys(v, [...MEMORY_KEYS, 'reps', 'lapses', 'suspended', 'modified', 'log'], where);
  const mem = importMemory(v, where);
  if (typeof v.suspended !== 'boolean') fail(`${where} : « suspended » doit valoir true ou false`);
  if (!Array.isArray(v.log) || v.log.length > MAX_LOG_ENTRIES) fail(`${where} : historique invalide`);
  const log: LogEntry[] = [];
  let previous = MIN_DATE;
  (v.log as unknown[]).forEach((raw, i) => {
    const w = `${where}, révision ${i + 1}`;
    if (!isRecord(raw)) fail(`${w} : objet attendu`);
    const e = raw as Record<string, unknown>;
    onlyKeys(e, ['review', 'rating', 'state', 'mature', 'before', 'compacted'], w);
    const t = date(e.review, w);
    if (t < previous) fail(`${w} : révisions dans le désordre`);
    previous = t;
    const r = count(e.rating, 4, `${w}, note`) as LogRating;
    const st = stateOf(e.state, w);
    if (typeof e.mature !== 'boolean' || (e.mature && st !== 2)) fail(`${w} : « mature » invalide`);
    const entry: LogEntry = { t, r, st, mat: e.mature as boolean };
    if (e.compacted !== undefined) {
      if (e.compacted !== true || e.before !== undefined || t % COMPACT_QUANTUM_MS) fail(`${w} : « compacted » invalide`);
      entry.c = true;
    }
    if (e.before !== undefined) {
      if (isRecord(e.before)) onlyKeys(e.before, MEMORY_KEYS, w);
      entry.prev = importMemory(e.before, `${w}, état précédent`);
    }
    log.push(entry);
  });
  return {
    ...mem,
    reps: count(v.reps, 1e9, `${where}, répétitions`),
    lapses: count(v.lapses, 1e9, `${where}, oublis`),
    susp: v.suspended as boolean,
    m: date(v.modified, `${where}, modification`),
    log,
  };
}

// ---------------------------------------------------------------------------------------------
// Anki: tab-separated text files with Anki's file headers (manual, « Importing › Text files »):
// `#separator:tab`, `#html:true`, `#guid column:1`, `#deck column:N`, `#tags column:N`. One file
// per kind of note, each imported with the matching stock note type:
//   - « Basique » / "Basic": one note per basic card (fields Recto, Verso);
//   - « Basique (et carte inversée) » / "Basic (and reversed card)": one note per reversed entry,
//     from which Anki makes both cards;
//   - « Texte à trous » / "Cloze": one note per cloze entry, its text with Anki's {{cN::…}}
//     deletions (fields Texte, Verso supplémentaire), from which Anki makes one card per deletion.
// No `#notetype` header: Anki looks a note type up by its exact name or id, the stock names are
// translated (« Basique » in a French collection, "Basic" in an English one) and the ids differ
// from one collection to another, so any name written here would fail in the other languages.
// Without it, the learner picks the note type in Anki's import dialog, in whatever language it
// is named. The `guid` column makes a second import update the notes instead of duplicating them.

export interface AnkiCard {
  id: string;
  note?: string;
  type?: 'basic' | 'reversed' | 'cloze';
  ord?: number;
  deckLabel: string;
  frontHtml: string;
  backHtml: string;
  extraHtml?: string;
  tags: readonly string[];
  deck: string;
}

export type AnkiNoteKind = 'basic' | 'reversed' | 'cloze';

/** A field for Anki's CSV reader: quoted when it holds a tab, a newline or a quote. */
function ankiField(value: string): string {
  return /[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const HEADERS = ['#separator:tab', '#html:true', '#guid column:1', '#deck column:4', '#tags column:5'];

function ankiLine(guid: string, a: string, b: string, c: AnkiCard, deckRoot: string): string {
  const deck = `${deckRoot}::${c.deckLabel.replace(/::/g, ':')}`;
  const tags = ['cours-conteneurs', c.deck, ...c.tags].map((t) => t.replace(/\s+/g, '_')).join(' ');
  return [guid, a, b, deck, tags].map(ankiField).join('\t');
}

const SHOWN = /<span class="cloze">([^<]*)<\/span>/g;

/**
 * The text of a cloze note for Anki, from the backs of its cards (card n shows deletion n between
 * `<span class="cloze">` marks, the others unmarked): the same HTML with {{cN::…}} around each
 * deletion. Null when the backs do not line up (then the cards go out as « Basique » notes).
 */
export function clozeNoteHtml(cards: readonly { ord: number; backHtml: string }[]): string | null {
  let base: string | null = null;
  const ranges: { n: number; start: number; end: number }[] = [];
  for (const c of cards) {
    let removed = 0;
    let start = Infinity;
    let end = -1;
    for (const m of c.backHtml.matchAll(SHOWN)) {
      const at = m.index - removed;
      start = Math.min(start, at);
      end = Math.max(end, at + m[1]!.length);
      removed += m[0].length - m[1]!.length;
    }
    const plain = c.backHtml.replace(SHOWN, '$1');
    if (end < 0 || (base !== null && plain !== base)) return null;
    base = plain;
    ranges.push({ n: c.ord, start, end });
  }
  if (base === null) return null;
  ranges.sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranges.length; i++) if (ranges[i]!.start < ranges[i - 1]!.end) return null;
  let out = base;
  for (const r of [...ranges].reverse()) out = `${out.slice(0, r.start)}{{c${r.n}::${out.slice(r.start, r.end)}}}${out.slice(r.end)}`;
  return out;
}

/** The Anki file of one kind of note (see above). */
export function exportAnkiNotes(cards: readonly AnkiCard[], kind: AnkiNoteKind, deckRoot = 'Cours Conteneurs'): string {
  const lines = [...HEADERS];
  const byNote = new Map<string, AnkiCard[]>();
  for (const c of cards) {
    const note = c.note ?? c.id;
    byNote.set(note, [...(byNote.get(note) ?? []), c]);
  }
  for (const [note, group] of byNote) {
    const type = group[0]!.type ?? 'basic';
    const first = group.find((c) => (c.ord ?? 1) === 1) ?? group[0]!;
    const extra = first.extraHtml;
    const cloze = type === 'cloze' ? clozeNoteHtml(group.map((c) => ({ ord: c.ord ?? 1, backHtml: c.backHtml }))) : null;
    if (kind === 'reversed' && type === 'reversed') {
      lines.push(ankiLine(`cours-conteneurs-inversee-${note}`, first.frontHtml, extra ? `${first.backHtml}<hr>${extra}` : first.backHtml, first, deckRoot));
    } else if (kind === 'cloze' && type === 'cloze' && cloze !== null) {
      lines.push(ankiLine(`cours-conteneurs-trous-${note}`, cloze, extra ?? '', first, deckRoot));
    } else if (kind === 'basic' && (type === 'basic' || (type === 'cloze' && cloze === null))) {
      // Anki's « Basique » template shows the front above the back by itself.
      for (const c of group) lines.push(ankiLine(`cours-conteneurs-${c.id}`, c.frontHtml, c.extraHtml ? `${c.backHtml}<hr>${c.extraHtml}` : c.backHtml, c, deckRoot));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Every card as a « Basique » note (the former export; kept for the tests of the file format). */
export function exportAnki(cards: readonly AnkiCard[], deckRoot = 'Cours Conteneurs'): string {
  return exportAnkiNotes(cards.map((c) => ({ ...c, type: 'basic', note: c.id, ord: 1 })), 'basic', deckRoot);
}
