// Compact storage of the flashcard progress (`cours-conteneurs:v1:srs`), about 150 bytes per
// reviewed card with its log (budget: 300). The stored JSON is
//   { "c": { "<card id>": "<record>", … } }
// and a record is one ASCII string:
//   head ( "~" entry )*
//   head  = st "," due "," s "," d "," sd "," ls "," reps "," lapses "," lr "," flags "," m
//   entry = code dt [ ":" st "," due "," s "," d "," sd "," ls "," lr ]      (the part after ":" is `prev`)
// Integers, including the dates (epoch milliseconds), are written in base 36; `s` and `d` as
// decimals. `lr` is empty when there is no last review and "=" when it is the last entry's time;
// `m` is empty when it is the last entry's time. `flags` is "s" for a suspended card. An entry's
// `code` is one base-36 digit: rating × 5 + (state before, or 4 for a mature review card), and
// its `dt` is the time since the previous entry (the first entry's is its date).
// Decoding validates everything and returns null on any fault (storage.ts then sets it aside).
import { NEW, REVIEW, type CardProgress, type CardStateKind, type LogEntry, type LogRating, type Memory, type Progress } from './model.ts';

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
  // Built with join, not `+=`: a flat string, cheap to copy into the whole stored value at every save.
  const parts = [`${mem},${b36(p.reps)},${b36(p.lapses)},${lr},${p.susp ? 's' : ''},${p.m === lastT ? '' : b36(p.m)}`];
  let prevT = 0;
  for (const e of p.log) {
    const code = e.r * 5 + (e.st === REVIEW && e.mat ? 4 : e.st);
    parts.push(`~${b36(code)}${b36(e.t - prevT)}`);
    if (e.prev) parts.push(`:${encodeMemory(e.prev, undefined).replace('|', ',')}`);
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
  return { st, due, s, d, sd, ls, lr };
}

export function decodeCard(record: string): CardProgress | null {
  if (typeof record !== 'string' || record.length > 2_000_000) return null;
  const [headText, ...entryTexts] = record.split('~');
  const log: LogEntry[] = [];
  let t = 0;
  for (const text of entryTexts) {
    const [main, prevText] = text.split(':') as [string, string | undefined];
    if (text.split(':').length > 2) return null;
    const code = int36(main.slice(0, 1), 24);
    const dt = int36(main.slice(1));
    if (code === null || dt === null) return null;
    t += dt;
    if (t > MAX_TIME) return null;
    const r = Math.floor(code / 5) as LogRating;
    const k = code % 5;
    const entry: LogEntry = { t, r, st: (k === 4 ? REVIEW : k) as CardStateKind, mat: k === 4 };
    if (prevText !== undefined) {
      const prev = decodeMemory(prevText.split(','), undefined);
      if (!prev || prevText.split(',').length !== 7) return null;
      entry.prev = prev;
    }
    log.push(entry);
  }
  const f = (headText ?? '').split(',');
  if (f.length !== 11) return null;
  const lastT = log.length ? log[log.length - 1]!.t : undefined;
  const mem = decodeMemory([f[0]!, f[1]!, f[2]!, f[3]!, f[4]!, f[5]!, f[8]!], lastT);
  const reps = int36(f[6], 1e9);
  const lapses = int36(f[7], 1e9);
  const flags = f[9];
  const m = f[10] === '' ? lastT : int36(f[10]);
  if (!mem || reps === null || lapses === null || (flags !== '' && flags !== 's') || m === null || m === undefined) return null;
  return { ...mem, reps, lapses, susp: flags === 's', m, log };
}

/** Cache of serializeProgress: the `"id":"record"` text of each card object already written. */
export type RecordCache = WeakMap<CardProgress, { id: string; text: string }>;

/**
 * The stored JSON text of the whole progress, built by hand (records need no escaping). With a
 * cache, only the cards changed since the last call are encoded again: a grade re-encodes one.
 */
export function serializeProgress(progress: Progress, cache?: RecordCache): string {
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
  return `{"c":{${parts.join(',')}}}`;
}

/** The progress of a parsed stored value, or null if anything in it is invalid. */
export function parseProgress(raw: unknown): Map<string, CardProgress> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const keys = Object.keys(raw);
  if (keys.length !== 1 || keys[0] !== 'c') return null;
  const c = (raw as { c: unknown }).c;
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return null;
  const out = new Map<string, CardProgress>();
  for (const [id, record] of Object.entries(c)) {
    if (id.length > MAX_ID_LENGTH || !CARD_ID.test(id) || typeof record !== 'string') return null;
    const p = decodeCard(record);
    if (!p) return null;
    out.set(id, p);
  }
  return out;
}

/** Same scheduling state, counts, suspension and log; the merge stamp `m` aside, and a never-studied record equal to none. */
export function sameProgress(a: CardProgress | undefined, b: CardProgress | undefined): boolean {
  const blank = (p: CardProgress | undefined) => !p || (p.st === NEW && !p.log.length && !p.susp && p.reps === 0 && p.lapses === 0);
  if (blank(a) && blank(b)) return true;
  if (!a || !b) return false;
  return encodeCard({ ...a, m: 0 }) === encodeCard({ ...b, m: 0 });
}
