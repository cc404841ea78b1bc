// Deterministic ids, digests and names: the same seed and the same commands give the same
// transcript, so that tests and screenshots are stable.

/** 32-bit mix (murmur3 finaliser). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a of a string, for digests derived from a name (stable whatever the seed). */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** 64 hex digits from a 32-bit start. */
function hex64(start: number): string {
  let out = '';
  let h = start;
  for (let i = 0; i < 8; i++) {
    h = mix(h + 0x9e3779b9 * (i + 1));
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/** A digest (64 hex) that depends only on the text: image ids and layers of the catalogue. */
export const digestOf = (text: string) => hex64(fnv(text));

/** The next id of the session: seed and counter. */
export function nextId(state: { seed: number; seq: number }): string {
  state.seq += 1;
  let id = hex64(mix(state.seed ^ Math.imul(state.seq, 0x27d4eb2d)));
  // The CLI shows 12 digits: never let one start like a number in scientific notation.
  if (/^\d+e\d/.test(id.slice(0, 12))) id = `a${id.slice(1)}`;
  return id;
}

// A few words of moby's pkg/namesgenerator (left: adjectives, right: notable scientists).
const LEFT = ['admiring', 'awesome', 'brave', 'clever', 'dreamy', 'eager', 'elegant', 'festive', 'focused', 'gifted', 'happy', 'jolly', 'keen', 'loving', 'modest', 'nifty', 'optimistic', 'peaceful', 'quirky', 'relaxed', 'serene', 'sweet', 'trusting', 'vibrant', 'wizardly', 'zealous'];
const RIGHT = ['allen', 'bartik', 'curie', 'darwin', 'einstein', 'fermat', 'germain', 'hopper', 'hypatia', 'johnson', 'kowalevski', 'lamarr', 'lovelace', 'meitner', 'noether', 'pasteur', 'perlman', 'ritchie', 'shannon', 'tesla', 'turing', 'wozniak'];

/** A random container name, `adjective_surname`, from the id (moby never uses boring_wozniak). */
export function nameFor(id: string, taken: (name: string) => boolean): string {
  const n = parseInt(id.slice(0, 8), 16);
  for (let k = 0; ; k++) {
    const left = LEFT[(n + k) % LEFT.length];
    const right = RIGHT[Math.floor(n / LEFT.length + k * 7) % RIGHT.length];
    const name = `${left}_${right}${k >= LEFT.length ? k : ''}`;
    if (name !== 'boring_wozniak' && !taken(name)) return name;
  }
}
