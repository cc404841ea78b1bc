// The versions the course pins (src/content/versions.yaml), and the matcher that finds image
// tags and GitHub Actions versions written in pages, questions and cards. Pure functions, shared
// by tests/unit/versions.test.ts and by the messages of content-rules.mjs (ERRATA_FORMS).
//
// What counts as a reference to a listed image `name`:
// - `name:tag` anywhere (FROM, image:, docker run/pull, prose in backticks), also written
//   `docker.io/library/name:tag` or `library/name:tag`; not `owner/name:tag` (someone else's
//   image), not `//name:port` (a URL) nor `name:${VAR}` (a variable);
// - a purely numeric « tag » of three digits or more is a port (`redis:6379`, `mysql:3306`), not
//   a version: no image of the list has such tags;
// - a floating channel never goes stale, so it is not a pinned version: allowed (`latest`,
//   `lts`, `stable`, `mainline`, `alpine`, `dind`, `lts-alpine`…: only these words, no digit;
//   a codename such as `bookworm` is a pinned version and is checked);
// - a patch of an allowed tag is allowed: `1.30.1` for `1.30`, `24.11.1-alpine` for `24-alpine`,
//   `29.0.2-dind` for `29-dind` (the course pins lines, not patches).
// A listed action `owner/action@vN` (or `@vN.M.P`) must have the pinned major.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

export const VERSIONS_FILE = 'src/content/versions.yaml';

/** versions.yaml, parsed (from the project root, or from `file`). */
export function loadVersions(file = new URL('../../src/content/versions.yaml', import.meta.url)) {
  return parseYaml(readFileSync(file, 'utf8'));
}

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const asDate = (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''));

/** French messages for a malformed versions.yaml: [] when it is well formed. */
export function validateVersions(v) {
  const errors = [];
  const where = (k) => `${VERSIONS_FILE} : ${k}`;
  if (!v || typeof v !== 'object') return [where('fichier vide ou illisible')];
  if (!DATE.test(asDate(v.verifiedAt))) errors.push(where('« verifiedAt » doit être une date AAAA-MM-JJ'));
  const sourced = (key, e) => {
    if (typeof e?.source !== 'string' || !/^https:\/\//.test(e.source)) errors.push(where(`${key} : « source » (adresse https) manquante`));
    if (!DATE.test(asDate(e?.date))) errors.push(where(`${key} : « date » (AAAA-MM ou AAAA-MM-JJ) manquante`));
  };
  if (!v.images || typeof v.images !== 'object') errors.push(where('section « images » manquante'));
  for (const [name, e] of Object.entries(v.images ?? {})) {
    if (!Array.isArray(e?.tags) || e.tags.length === 0 || e.tags.some((t) => typeof t !== 'string' || !/^[\w][\w.-]*$/.test(t)))
      errors.push(where(`images.${name} : « tags » doit être une liste non vide d’étiquettes (chaînes)`));
    sourced(`images.${name}`, e);
  }
  if (!v.actions || typeof v.actions !== 'object') errors.push(where('section « actions » manquante'));
  for (const [name, e] of Object.entries(v.actions ?? {})) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(name)) errors.push(where(`actions.${name} : nom attendu « propriétaire/action »`));
    if (!/^v\d+$/.test(String(e?.major ?? ''))) errors.push(where(`actions.${name} : « major » attendu sous la forme v6`));
    sourced(`actions.${name}`, e);
  }
  for (const [name, e] of Object.entries(v.facts ?? {})) {
    if (e?.value === undefined || e?.value === null || e?.value === '') errors.push(where(`facts.${name} : « value » manquante`));
    if (typeof e?.source !== 'string' || !/^https:\/\//.test(e.source)) errors.push(where(`facts.${name} : « source » manquante`));
  }
  if (!Array.isArray(v.exceptions)) errors.push(where('« exceptions » doit être une liste (éventuellement vide)'));
  (v.exceptions ?? []).forEach((e, i) => {
    for (const k of ['file', 'text', 'why'])
      if (typeof e?.[k] !== 'string' || !e[k].trim()) errors.push(where(`exceptions[${i}] : « ${k} » manquant`));
  });
  return errors;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Is `tag` allowed by the list `allowed` (exactly, as a floating channel, or as a patch of one)? */
const FLOATING = new Set(['latest', 'lts', 'stable', 'mainline', 'alpine', 'slim', 'dind', 'cli', 'rootless']);

export function tagAllowed(tag, allowed) {
  if (allowed.includes(tag) || tag.split('-').every((part) => FLOATING.has(part))) return true;
  return allowed.some((t) => {
    const [, base, suffix = ''] = /^([^-]+)(-.*)?$/.exec(t) ?? [];
    return base !== undefined && /^\d/.test(base) && new RegExp(`^${escape(base)}(\\.\\d+)+${escape(suffix)}$`).test(tag);
  });
}

/**
 * Every reference of one line to a listed image or action: [{ found, expected, ok }].
 * `found` is what the line says (`mysql:8.0`, `actions/checkout@v4`).
 */
export function versionRefs(line, versions) {
  const refs = [];
  const names = Object.keys(versions.images ?? {});
  if (names.length) {
    const re = new RegExp(`(?<![\\w./:@$-])(?:docker\\.io/)?(?:library/)?(${names.map(escape).join('|')}):([\\w][\\w.-]*)`, 'g');
    for (const m of line.matchAll(re)) {
      const [found, name, rawTag] = m;
      const tag = rawTag.replace(/[.-]+$/, ''); // « nginx:1.30. » at the end of a sentence
      if (/^\d{3,}$/.test(tag)) continue; // a port: redis:6379
      const allowed = versions.images[name].tags;
      refs.push({ found: found.slice(0, found.length - (rawTag.length - tag.length)), expected: allowed.map((t) => `${name}:${t}`).join(' ou '), ok: tagAllowed(tag, allowed) });
    }
  }
  for (const [action, { major }] of Object.entries(versions.actions ?? {})) {
    const re = new RegExp(`(?<![\\w.-])${escape(action)}@(v\\d+)(?:\\.\\d+)*(?![\\w])`, 'g');
    for (const m of line.matchAll(re)) refs.push({ found: m[0], expected: `${action}@${major}`, ok: m[1] === major });
  }
  return refs;
}

/**
 * The wrong versions of a file's text: [{ line, id, found, expected }]. `id` is the question or
 * card being read (YAML banks), when there is one. An `exceptions` entry whose `file` is this
 * file and whose `text` is on the line (and contains what was found) allows it; `used` collects
 * the exceptions that allowed something.
 */
export function versionViolations(file, text, versions, used = new Set()) {
  const out = [];
  let id;
  text.split(/\r?\n/).forEach((line, i) => {
    const idMatch = /^\s*-?\s*id:\s*['"]?([\w-]+)/.exec(line);
    if (idMatch) id = idMatch[1];
    for (const ref of versionRefs(line, versions)) {
      if (ref.ok) continue;
      const exc = (versions.exceptions ?? []).find((e) => e.file === file && line.includes(e.text) && e.text.includes(ref.found));
      if (exc) {
        used.add(exc);
        continue;
      }
      out.push({ line: i + 1, id, found: ref.found, expected: ref.expected });
    }
  });
  return out;
}

/** The tags the course uses by default, for messages: `mysql:8.4`, `node:24-alpine`… */
export function defaultTag(versions, image) {
  const tags = versions.images?.[image]?.tags ?? [];
  return tags.length ? `${image}:${tags[0]}` : image;
}
