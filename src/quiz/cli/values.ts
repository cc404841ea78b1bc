// Option values read as the real CLIs read them (Go's strconv and time, docker/go-units,
// docker/cli's opts), then written one canonical way so that two spellings compare equal.
// Each reader returns the canonical value, or a French reason when the CLI would refuse it.
import type { ValueType } from './notation';

export type Scalar = string | number | boolean;
export type Read = { value: Scalar } | { error: string };

/** Go `strconv.ParseBool`: 1 t T TRUE true True, 0 f F FALSE false False; nothing else. */
export function parseBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

/** Go `strconv.ParseInt(s, 0, 64)` as pflag uses it: sign, 0x / 0o / 0b prefixes, underscores. */
export function parseGoInt(text: string): number | undefined {
  const m = /^([+-]?)(0[xX][\da-fA-F_]+|0[oO]?[0-7_]+|0[bB][01_]+|[1-9][\d_]*|0)$/.exec(text);
  if (!m || /__|_$/.test(m[2])) return undefined;
  let digits = m[2].replace(/_/g, '');
  let base = 10;
  if (/^0[xX]/.test(digits)) [base, digits] = [16, digits.slice(2)];
  else if (/^0[bB]/.test(digits)) [base, digits] = [2, digits.slice(2)];
  else if (/^0[oO]/.test(digits)) [base, digits] = [8, digits.slice(2)];
  else if (digits.length > 1 && digits.startsWith('0')) [base, digits] = [8, digits.slice(1)];
  const n = parseInt(digits, base);
  return Number.isNaN(n) ? undefined : m[1] === '-' ? -n : n;
}

/** docker/go-units `RAMInBytes`: binary units, `512m` = `512MiB` = `0.5g` = 536870912. */
export function parseBytes(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)*) ?([kmgtp])?i?b?$/i.exec(text);
  if (!m || (m[1].match(/\./g) ?? []).length > 1) return undefined;
  const power = m[2] ? 'kmgtp'.indexOf(m[2].toLowerCase()) + 1 : 0;
  return Math.trunc(Number(m[1]) * 1024 ** power);
}

const DURATION_UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** Go `time.ParseDuration`, in nanoseconds: `90s` = `1m30s` = `1.5m`. */
export function parseDuration(text: string): number | undefined {
  const m = /^([+-]?)(.*)$/.exec(text)!;
  if (m[2] === '0') return 0;
  const parts = [...m[2].matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== m[2]) return undefined;
  const ns = parts.reduce((sum, p) => sum + Number(p[1]) * DURATION_UNITS[p[2]], 0);
  return m[1] === '-' ? -ns : ns;
}

/** `nginx` ≡ `nginx:latest` ≡ `docker.io/library/nginx:latest`. */
export function normalizeImage(ref: string): string {
  let image = ref.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  image = image.replace(/^library\/(?=[^/]+$)/, '');
  if (image.includes('@')) return image;
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  return lastPart.includes(':') ? image : `${image}:latest`;
}

/** The current directory, however the shell spells it. */
const PWD = /^(?:\$PWD|\$\{PWD\}|\$\(pwd\)|`pwd`)(?=\/|$)/;

/** A file path: `./app/` ≡ `app`, `$PWD/app` ≡ `app`, `./` ≡ `.`. */
export function normalizePath(path: string): string {
  let p = path.replace(PWD, '.').replace(/\/+$/, '') || '/';
  while (p.startsWith('./') && p.length > 2) p = p.slice(2).replace(/^\/+/, '');
  return p.replace(/\/\.(?=\/|$)/g, '') || '.';
}

/** A bind source stays recognisable as a path: `./data`, `/srv`, not `data` (a named volume). */
function bindSource(source: string): string {
  if (!PWD.test(source) && !/^\.{1,2}(?:\/|$)/.test(source)) return source.length > 1 ? source.replace(/\/+$/, '') : source;
  const p = normalizePath(source);
  return p === '.' || p.startsWith('../') || p === '..' || p.startsWith('/') ? p : `./${p}`;
}

/** `-p [ip:][host:]container[/proto]`: `0.0.0.0:` and `/tcp` are the defaults. */
function readPublish(text: string): Read {
  if (!/^(?:(?:[\d.]+|\[[\da-fA-F:]+\]):)?(?:\d+(?:-\d+)?)?:?\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/.test(text)) {
    return { error: `attend un port publié, comme 8080:80 (hôte:conteneur), pas « ${text} »` };
  }
  return { value: text.replace(/^0\.0\.0\.0:/, '').replace(/\/tcp$/, '') };
}

/** `-v src:dst[:opts]`: `./dir` ≡ `$PWD/dir` (CLI ≥ 23), `:rw` is the default. */
function readVolume(text: string): Read {
  const parts = text.split(':');
  if (parts.length > 3 || parts.some((p) => p === '')) return { error: `attend source:destination[:options], pas « ${text} »` };
  if (parts.length === 1) return { value: parts[0].replace(/(.)\/+$/, '$1') };
  const [source, target, opts = ''] = parts;
  const options = opts.split(',').filter((o) => o && o !== 'rw').sort();
  return { value: [bindSource(source), target.replace(/(.)\/+$/, '$1'), ...(options.length ? [options.join(',')] : [])].join(':') };
}

/** Spellings of the `--mount` keys (a Map: a key typed by the learner is never `constructor`). */
const MOUNT_KEYS = new Map(
  Object.entries({ src: 'source', source: 'source', dst: 'target', target: 'target', destination: 'target', type: 'type', readonly: 'readonly', ro: 'readonly' }),
);

/** `--mount`: key order, `src`/`source`, `dst`/`target`/`destination`, default `type=volume`. */
function readMount(text: string): Read {
  const fields = new Map<string, string>();
  for (const field of text.split(',')) {
    const eq = field.indexOf('=');
    const rawKey = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const key = MOUNT_KEYS.get(rawKey) ?? rawKey;
    let value = eq < 0 ? '' : field.slice(eq + 1);
    if (key === 'readonly') {
      const on = eq < 0 ? true : parseBool(value);
      if (on === undefined) return { error: `: readonly attend un booléen, pas « ${value} »` };
      if (!on) continue;
      value = 'true';
    } else if (eq < 0 || !key) return { error: `attend des paires clé=valeur (type=volume,source=…,target=…), pas « ${field} »` };
    fields.set(key, value);
  }
  if (!fields.has('target')) return { error: 'attend une destination (target=…)' };
  if (!fields.has('type')) fields.set('type', 'volume');
  if (fields.get('type') === 'bind' && fields.has('source')) fields.set('source', bindSource(fields.get('source')!));
  fields.set('target', fields.get('target')!.replace(/(.)\/+$/, '$1'));
  return { value: [...fields].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(',') };
}

/** Reads one value of an option of the given type. */
export function readValue(type: ValueType, text: string): Read {
  switch (type) {
    case 'bool': {
      const b = parseBool(text);
      return b === undefined ? { error: `attend un booléen (true ou false), pas « ${text} »` } : { value: b };
    }
    case 'int': {
      const n = parseGoInt(text);
      return n === undefined ? { error: `attend un nombre entier, pas « ${text} »` } : { value: n };
    }
    case 'float': {
      const n = /^(?:\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
      return Number.isNaN(n) ? { error: `attend un nombre (1.5 par exemple), pas « ${text} »` } : { value: n };
    }
    case 'bytes': {
      if (text === '-1') return { value: -1 };
      const n = parseBytes(text);
      return n === undefined ? { error: `attend une taille (512m, 1g…), pas « ${text} »` } : { value: n };
    }
    case 'duration': {
      const n = parseDuration(text);
      return n === undefined ? { error: `attend une durée (30s, 1m30s, 2h…), pas « ${text} »` } : { value: n };
    }
    case 'image':
      return text ? { value: normalizeImage(text) } : { error: 'attend une image' };
    case 'path':
      return { value: normalizePath(text) };
    case 'publish':
      return readPublish(text);
    case 'volume':
      return readVolume(text);
    case 'mount':
      return readMount(text);
    case 'dryrun': {
      // kubectl GetDryRunStrategy: a boolean, or unchanged / client / server / none.
      const b = parseBool(text);
      if (b !== undefined) return { value: b ? 'client' : 'none' };
      if (text === 'unchanged') return { value: 'client' };
      return ['client', 'server', 'none'].includes(text) ? { value: text } : { error: `attend none, server ou client, pas « ${text} »` };
    }
    default:
      return { value: text };
  }
}
