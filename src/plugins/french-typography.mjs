// French typography at build time: the no-break spaces French wants, added to the text of the
// built HTML and never inside code. One rule set, used by src/middleware.ts (every page, titles,
// table of contents and sidebar included) and by src/lib/markdown.ts (questions and cards).
//
// Why not a Markdown (hast) plugin: the heading ids are computed from the heading text after the
// user plugins run, so changing a space there would change every `#ancre` that questions and links
// use; and page titles, the table of contents and the sidebar never go through Markdown. Working on
// the finished HTML sees every text once, after the ids are fixed.
//
// Why not typograf: it rewrites much more than spaces (quotes, dashes, entities) and would need
// every other rule turned off; the handful of rules below is all the course needs.
//
// Choices (Imprimerie nationale, Lexique des règles typographiques) :
// - U+202F (espace fine insécable) before ; ! ? and », after « ;
// - U+00A0 (espace insécable, espace mot) before : ;
// - U+00A0 between a number and its unit (512 Mo, 10 min, 3 j), U+202F before % (80 %).
// Only existing spaces become no-break ones (a missing space before « : » may be a URL, a time or
// `image:tag` written in prose); around guillemets, the thin space is always added.

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

/** Whitespace that a rule turns into a no-break space (existing no-break spaces included). */
const SP = '[ \\t\\n\\u00a0\\u202f]';

/** Units written after a number in the course. */
const UNITS = [
  'Kio', 'Mio', 'Gio', 'Tio', 'Ko', 'Mo', 'Go', 'To', 'o', 'octets?',
  'KB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'Ki', 'Mi', 'Gi',
  'ms', 's', 'min', 'h', 'j', 'secondes?', 'minutes?', 'heures?', 'jours?', 'semaines?', 'mois', 'ans?',
  'Mbit/s', 'Gbit/s', 'Mo/s', 'Go/s', 'Hz', 'MHz', 'GHz', '°C', '€', 'px', 'cœurs?', 'CPU', 'vCPU', 'pages?',
];

// « ( ?: » groups keep the punctuation followed by a space, the end or other punctuation, so that
// « :80 » or « ?page=1 » written in prose stay as they are.
const AFTER = '(?=$|[\\s\\u00a0\\u202f)\\]»”’.,;:!?<]|&)';
const RULES = [
  [new RegExp(`${SP}+(?=[;!?]${AFTER})`, 'g'), NNBSP],
  [new RegExp(`${SP}+(?=:${AFTER})`, 'g'), NBSP],
  [new RegExp(`«${SP}*`, 'g'), `«${NNBSP}`],
  [new RegExp(`${SP}*»`, 'g'), `${NNBSP}»`],
  [new RegExp(`(\\d)${SP}?%(?![\\p{L}\\d])`, 'gu'), `$1${NNBSP}%`],
  [new RegExp(`(\\d)${SP}(${UNITS.join('|')})(?![\\p{L}\\d’'])`, 'gu'), `$1${NBSP}$2`],
];

/** The rules on punctuation alone (; ! ? : and guillemets), without numbers and units. */
const PUNCTUATION_RULES = RULES.slice(0, 4);

/**
 * One text (no markup): the French no-break spaces added. Idempotent. `onFix`, when given, is
 * called with each changed passage (what was there, and its surroundings).
 */
export function frenchText(text, onFix) {
  return applyRules(RULES, text, onFix);
}

/**
 * The punctuation rules only, for the interface's strings in the source code (src/integrations/
 * french-strings.mjs): there a « 100% » may be CSS and « 10 s » a value, not prose.
 */
export function frenchPunctuation(text) {
  return applyRules(PUNCTUATION_RULES, text);
}

function applyRules(rules, text, onFix) {
  let out = text;
  for (const [re, by] of rules) {
    out = out.replace(re, (...args) => {
      const found = args[0];
      const offset = args.at(-2);
      const whole = args.at(-1);
      const fixed = by.replace(/\$(\d)/g, (_, k) => args[Number(k)] ?? '');
      if (onFix && fixed !== found) onFix({ found, context: whole.slice(Math.max(0, offset - 30), offset + found.length + 30) });
      return fixed;
    });
  }
  return out;
}

/** Elements whose text is code or machine text: never touched. */
const SKIP = new Set(['pre', 'code', 'kbd', 'samp', 'var', 'script', 'style', 'textarea', 'svg', 'math', 'astro-island', 'template']);
/** Elements whose content is raw text in HTML: jump straight to their end tag. */
const RAW = new Set(['script', 'style', 'textarea']);
/** Containers skipped because of a class (Expressive Code frames: titles, copy buttons, code). */
const SKIP_CLASS = /\bexpressive-code\b/;

const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * An HTML document or fragment with {@link frenchText} applied to its text nodes only: not to
 * tags, attribute values, comments, nor to the content of code, scripts, SVG or Preact islands
 * (they render on the client again). Everything else is copied byte for byte.
 */
export function frenchHtml(html, onFix) {
  let out = '';
  let last = 0;
  let skip = null; // { tag, depth } while inside a skipped element
  TOKEN.lastIndex = 0;
  let m;
  while ((m = TOKEN.exec(html))) {
    const text = html.slice(last, m.index);
    out += skip ? text : frenchText(text, onFix);
    out += m[0];
    last = TOKEN.lastIndex;
    const tag = m[1]?.toLowerCase();
    if (!tag) continue;
    const closing = m[0][1] === '/';
    const selfClosing = /\/\s*>$/.test(m[0]);
    if (!closing && RAW.has(tag)) {
      const close = new RegExp(`</${tag}`, 'gi');
      close.lastIndex = last;
      const end = close.exec(html)?.index ?? -1;
      const stop = end === -1 ? html.length : end;
      out += html.slice(last, stop);
      last = stop;
      TOKEN.lastIndex = stop;
      continue;
    }
    if (skip) {
      if (tag === skip.tag && !selfClosing) skip.depth += closing ? -1 : 1;
      if (skip.depth === 0) skip = null;
    } else if (!closing && !selfClosing && (SKIP.has(tag) || SKIP_CLASS.test(/\bclass\s*=\s*("[^"]*"|'[^']*'|\S+)/.exec(m[2] ?? '')?.[1] ?? ''))) {
      skip = { tag, depth: 1 };
    }
  }
  const rest = html.slice(last);
  return out + (skip ? rest : frenchText(rest, onFix));
}

/**
 * Places of an HTML text where French wants a no-break space and finds a regular space (or no
 * space, around guillemets): [{ found, context }]. Used by the checks on the built pages.
 */
export function typographyFaults(html) {
  const faults = [];
  frenchHtml(html, (fault) => faults.push(fault));
  return faults;
}
