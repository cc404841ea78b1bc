// Compact storage of the flashcard progress (`cours-conteneurs:v1:srs`), about 150 bytes per
// reviewed card with its log (budget: 300). The stored JSON is
//   { "c": { "<card id>": "<record>", … }, "g": "<time of the last replace import>" }
// (`g` absent: no replace import; values written before it existed read the same). A record is
// one ASCII string:
//   head ( "~" entry | "_" compacted )*
//   head  = st "," due "," s "," d "," sd "," ls "," reps "," lapses "," lr "," flags "," m [ "," undone ]
//   entry = code dt [ ":" st "," due "," s "," d "," sd "," ls "," lr ]      (the part after ":" is `prev`)
//   compacted = code dq        (dq: 15-minute steps since the previous entry's step; see model.ts)
// Integers, including the dates (epoch milliseconds), are written in base 36; `s` and `d` as
// decimals. `lr` is empty when there is no last review and "=" when it is the last entry's time;
// `m` is empty when it is the last entry's time. `flags` is "s" for a suspended card. `undone` is
// the times of entries undone lately, joined by ".". An entry's `code` is one base-36 digit:
// rating × 5 + (state before, or 4 for a mature review card), and its `dt` is the time since the
// previous entry (the first entry's is its date).
// Decoding validates everything, ts-fsrs's ranges included; a record that fails is set aside on
// its own (parseStored), the others load.
import { COMPACT_QUANTUM_MS, NEW, REVIEW, memoryInRange, type CardProgress, type CardStateKind, type LogEntry, type LogRating, type Memory, type Progress } from './model.ts';

/** A study card id: `<entry id>`, `<entry id>:r` or `<entry id>:cN`. */
export const CARD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?::(?:r|c\d{1,2}))?$/;
export const MAX_ID_LENGTH = 120;
/** Latest instant a Date can hold. */
const MAX_TIME = 8.64e15;

const b36 = (n: number) => n.toString(36);

function int36(text: string | undefined, max = MAX_TIME): number | null {
  if (text === undefined || !/^[0-9a-z]{1,11}$/.test(text)) return null;
  const n = parseInt(text, 36);
  return Number.isSafeInteger(n) && n <= max ? n : null;
}

function decimal(text: string | undefined, max: number): number | null {
  if (text === undefined || !/^\d{1,7}(?:\.\d{1,8})?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) && n <= max ? n : null;
}

function state(text: string | undefined): CardStateKind | null {
  return text === '0' || text === '1' || text === '2' || text === '3' ? (Number(text) as CardStateKind) : null;
}

function encodeMemory(p: Memory, lastT: number | undefined): string {
  const lr = p.lr === null ? '' : p.lr === lastT ? '=' : b36(p.lr);
  return `${p.st},${b36(p.due)},${p.s},${p.d},${b36(p.sd)},${b36(p.ls)}|${lr}`;
}

export function encodeCard(p: CardProgress): string {
  const lastT = p.log.length ? p.log[p.log.length - 1]!.t : undefined;
  const [mem, lr] = encodeMemory(p, lastT).split('|') as [string, string];
  const undone = p.u?.length ? `,${p.u.map(b36).join('.')}` : '';
  // Built with join, not `+=`: a flat string, cheap to copy into the whole stored value at every save.
  const parts = [`${mem},${b36(p.reps)},${b36(p.lapses)},${lr},${p.susp ? 's' : ''},${p.m === lastT ? '' : b36(p.m)}${undone}`];
  let prevT = 0;
  for (const e of p.log) {
    const code = b36(e.r * 5 + (e.st === REVIEW && e.mat ? 4 : e.st));
    if (e.c) {
      // Compacted: the number of 15-minute steps since the previous entry's step.
      parts.push(`_${code}${b36(e.t / COMPACT_QUANTUM_MS - Math.floor(prevT / COMPACT_QUANTUM_MS))}`);
    } else {
      parts.push(`~${code}${b36(e.t - prevT)}`);
      if (e.prev) parts.push(`:${encodeMemory(e.prev, undefined).replace('|', ',')}`);
    }
    prevT = e.t;
  }
  return parts.join('');
}

function decodeMemory(f: string[], lastT: number | undefined): Memory | null {
  const st = state(f[0]);
  const due = int36(f[1]);
  const s = decimal(f[2], 1e6);
  const d = decimal(f[3], 10);
  const sd = int36(f[4], 1e6);
  const ls = int36(f[5], 1000);
  const lrText = f[6];
  const lr = lrText === '' ? null : lrText === '=' && lastT !== undefined ? lastT : int36(lrText);
  if (st === null || due === null || s === null || d === null || sd === null || ls === null || lr === undefined) return null;
  if (lrText !== '' && lr === null) return null;
  const mem = { st, due, s, d, sd, ls, lr };
  // Out of ts-fsrs's range, the card would crash the review: the record is refused (set aside).
  return memoryInRange(mem) ? mem : null;
}

export function decodeCard(record: string): CardProgress | null {
  if (typeof record !== 'string' || record.length > 2_000_000) return null;
  const pieces = record.split(/(?=[~_])/);
  const headText = pieces[0]!.startsWith('~') || pieces[0]!.startsWith('_') ? '' : pieces.shift()!;
  const log: LogEntry[] = [];
  let t = 0;
  for (const piece of pieces) {
    const compact = piece[0] === '_';
    const text = piece.slice(1);
    const [main, prevText] = text.split(':') as [string, string | undefined];
    if (text.split(':').length > 2 || (compact && prevText !== undefined)) return null;
    const code = int36(main.slice(0, 1), 24);
    const dt = int36(main.slice(1));
    if (code === null || dt === null) return null;
    t = compact ? (Math.floor(t / COMPACT_QUANTUM_MS) + dt) * COMPACT_QUANTUM_MS : t + dt;
    if (t > MAX_TIME) return null;
    const r = Math.floor(code / 5) as LogRating;
    const k = code % 5;
    const entry: LogEntry = { t, r, st: (k === 4 ? REVIEW : k) as CardStateKind, mat: k === 4 };
    if (compact) entry.c = true;
    if (prevText !== undefined) {
      const prev = decodeMemory(prevText.split(','), undefined);
      if (!prev || prevText.split(',').length !== 7) return null;
      entry.prev = prev;
    }
    log.push(entry);
  }
  const f = headText.split(',');
  if (f.length !== 11 && f.length !== 12) return null;
  const lastT = log.length ? log[log.length - 1]!.t : undefined;
  const mem = decodeMemory([f[0]!, f[1]!, f[2]!, f[3]!, f[4]!, f[5]!, f[8]!], lastT);
  const reps = int36(f[6], 1e9);
  const lapses = int36(f[7], 1e9);
  const flags = f[9];
  const m = f[10] === '' ? lastT : int36(f[10]);
  if (!mem || reps === null || lapses === null || (flags !== '' && flags !== 's') || m === null || m === undefined) return null;
  const card: CardProgress = { ...mem, reps, lapses, susp: flags === 's', m, log };
  if (f.length === 12) {
    const u = f[11]!.split('.').map((x) => int36(x));
    if (!u.length || u.some((x) => x === null)) return null;
    card.u = u as number[];
  }
  return card;
}

/** Cache of serializeProgress: the `"id":"record"` text of each card object already written. */
export type RecordCache = WeakMap<CardProgress, { id: string; text: string }>;

/**
 * The stored JSON text of the whole progress, built by hand (records need no escaping). With a
 * cache, only the cards changed since the last call are encoded again: a grade re-encodes one.
 */
export function serializeProgress(progress: Progress, cache?: RecordCache, gen = 0): string {
  const parts: string[] = [];
  for (const [id, p] of progress) {
    const hit = cache?.get(p);
    if (hit && hit.id === id) {
      parts.push(hit.text);
      continue;
    }
    const text = [JSON.stringify(id), ':"', encodeCard(p), '"'].join('');
    cache?.set(p, { id, text });
    parts.push(text);
  }
  return `{"c":{${parts.join(',')}}${gen ? `,"g":"${b36(gen)}"` : ''}}`;
}

/** A stored value, read record by record: what is valid, and what is not (set aside, never dropped). */
export interface StoredProgress {
  progress: Map<string, CardProgress>;
  /** Time of the last « Remplacer » import (0: none). Every tab adopts a newer one whole. */
  gen: number;
  /** Records that could not be read, as they were stored, by id. */
  bad: Map<string, unknown>;
}

/** Reads a parsed stored value; null only when its shape is not ours at all. */
export function parseStored(raw: unknown): StoredProgress | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const keys = Object.keys(raw);
  if (!keys.includes('c') || keys.some((k) => k !== 'c' && k !== 'g')) return null;
  const c = (raw as { c: unknown }).c;
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return null;
  const g = (raw as { g?: unknown }).g;
  const gen = g === undefined ? 0 : typeof g === 'string' ? int36(g) : null;
  if (gen === null) return null;
  const progress = new Map<string, CardProgress>();
  const bad = new Map<string, unknown>();
  for (const [id, record] of Object.entries(c)) {
    const p = id.length <= MAX_ID_LENGTH && CARD_ID.test(id) && typeof record === 'string' ? decodeCard(record) : null;
    if (p) progress.set(id, p);
    else bad.set(id, record);
  }
  return { progress, gen, bad };
}

/** The progress of a parsed stored value, or null if anything in it is invalid. */
export function parseProgress(raw: unknown): Map<string, CardProgress> | null {
  const stored = parseStored(raw);
  return stored && !stored.bad.size ? stored.progress : null;
}

/** Same scheduling state, counts, suspension and log; the merge stamp `m` aside, and a never-studied record equal to none. */
export function sameProgress(a: CardProgress | undefined, b: CardProgress | undefined): boolean {
  const blank = (p: CardProgress | undefined) => !p || (p.st === NEW && !p.log.length && !p.susp && p.reps === 0 && p.lapses === 0);
  if (blank(a) && blank(b)) return true;
  if (!a || !b) return false;
  return encodeCard({ ...a, m: 0 }) === encodeCard({ ...b, m: 0 });
}
