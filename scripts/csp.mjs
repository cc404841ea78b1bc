#!/usr/bin/env node
// @ts-check
// The Content-Security-Policy of the deployed site, computed from the built pages, written as an
// nginx include (deploy/nginx.conf includes it; the Dockerfile and tests/e2e/nginx.spec.ts run
// this script after `astro build`):
//
//   node scripts/csp.mjs dist /etc/nginx/csp.conf
//
// Only the site's own origin is allowed. The inline scripts that Starlight, Astro's islands and
// the site's own components write into the pages are allowed by their SHA-256 hash, never with
// 'unsafe-inline', and only if the hash is in the committed allow-list deploy/csp-inline-scripts.json:
// an inline script nobody reviewed (a new component, a dependency's update, an injection in the
// content) fails the build (src/integrations/build-checks.mjs) instead of being hashed and
// allowed. After an update of Starlight or Astro, review what it reports, then approve it:
//
//   node scripts/csp.mjs --approuver dist
//
// The few inline <style> elements are hashed as found (a style cannot run script). Style *attributes*
// (`style="--0:#e6edf3"` of the highlighted code, `--sl-icon-size` of the icons) cannot be
// hashed: they are allowed by `style-src-attr 'unsafe-inline'`. A style attribute cannot run
// script, and the pages only contain build output (nothing a learner types is rendered as HTML).
// Pagefind compiles its WebAssembly search index: `'wasm-unsafe-eval'` (WebAssembly only, not
// JavaScript's eval). The build fails if a page holds an inline event handler (`onclick=`) or a
// `javascript:` URL, which no hash can allow.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** @param {string} text */
export function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Types of <script> that the browser does not run (data blocks): no hash needed. */
const DATA_SCRIPT = /^\s*(application\/(ld\+)?json|text\/(plain|template|x-template))\s*$/i;

/**
 * The hashes of a page's inline scripts and styles, and what no hash can allow.
 * @param {string} html
 * @returns {{ scripts: Set<string>, styles: Set<string>, problems: string[] }}
 */
export function inlineHashes(html) {
  const scripts = new Set();
  const styles = new Set();
  const problems = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1];
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '';
    if (DATA_SCRIPT.test(type)) continue;
    scripts.add(sha256(m[2]));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.add(sha256(m[1]));
  // Markup outside scripts and styles: inline handlers and javascript: URLs.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  for (const m of markup.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)) problems.push(`gestionnaire en ligne ${m[1]}=`);
  for (const m of markup.matchAll(/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/gi)) problems.push(`URL javascript: (${m[0].trim()})`);
  return { scripts, styles, problems };
}

/**
 * The policy, one line.
 * @param {{ scripts: Iterable<string>, styles: Iterable<string> }} hashes
 */
export function buildPolicy({ scripts, styles }) {
  const sorted = (/** @type {Iterable<string>} */ set) => [...new Set(set)].sort();
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...sorted(scripts)].join(' '),
    // Browsers without style-src-elem / style-src-attr (CSP level 3) fall back to this line.
    "style-src 'self' 'unsafe-inline'",
    ["style-src-elem 'self'", ...sorted(styles)].join(' '),
    "style-src-attr 'unsafe-inline'",
    // data: for the SVG icons inlined in Starlight's and Expressive Code's CSS.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The nginx include: one `add_header`, at the server level of deploy/nginx.conf.
 * @param {string} policy
 * @param {number} pages
 */
export function nginxInclude(policy, pages) {
  if (/["\\$\n]/.test(policy)) throw new Error('La politique contient un caractère que nginx interpréterait.');
  return [
    '# Généré par scripts/csp.mjs à partir des pages construites : ne pas modifier à la main.',
    `# ${pages} pages HTML lues.`,
    `add_header Content-Security-Policy "${policy}" always;`,
    '',
  ].join('\n');
}

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/** The committed allow-list of inline scripts: { hash: what it is }. */
export const ALLOW_LIST = fileURLToPath(new URL('../deploy/csp-inline-scripts.json', import.meta.url));

/** @param {string} [file] @returns {Record<string, string>} */
export function loadAllowList(file = ALLOW_LIST) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (!data || typeof data.scripts !== 'object') throw new Error(`${file} : champ « scripts » absent.`);
  return data.scripts;
}

/** The start of a script, on one line, to say which one it is. @param {string} code */
const excerpt = (code) => code.trim().replace(/\s+/g, ' ').slice(0, 90);

/**
 * Reads every page of `distDir`. With an allow-list, an inline script whose hash is not in it
 * is an error (listed with its page and its first characters).
 * @param {string} distDir
 * @param {{ allowList?: Record<string, string> | null }} [options]
 */
export function policyForDist(distDir, { allowList = loadAllowList() } = {}) {
  const scripts = new Set();
  const styles = new Set();
  const problems = [];
  /** @type {Map<string, { file: string, excerpt: string }>} */
  const unknown = new Map();
  const files = htmlFiles(distDir);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const found = inlineHashes(html);
    found.scripts.forEach((h) => scripts.add(h));
    found.styles.forEach((h) => styles.add(h));
    problems.push(...found.problems.map((p) => `${file} : ${p}`));
    if (allowList) {
      for (const [hash, code] of inlineScripts(html)) {
        if (!(hash in allowList) && !unknown.has(hash)) unknown.set(hash, { file, excerpt: excerpt(code) });
      }
    }
  }
  if (files.length === 0) throw new Error(`Aucune page HTML dans ${distDir} : lancez d’abord astro build.`);
  if (problems.length) throw new Error(`Ces pages ne peuvent pas respecter la CSP :\n${problems.join('\n')}`);
  if (unknown.size) {
    const list = [...unknown].map(([hash, u]) => `  ${hash}  ${u.file}\n      ${u.excerpt}`).join('\n');
    const error = new Error(
      `Script en ligne absent de la liste autorisée (deploy/csp-inline-scripts.json) :\n${list}\n` +
        'Relisez-le ; s’il est légitime, autorisez-le avec « node scripts/csp.mjs --approuver dist ».',
    );
    Object.assign(error, { unknown });
    throw error;
  }
  return { policy: buildPolicy({ scripts, styles }), pages: files.length, scripts: scripts.size, styles: styles.size };
}

/** Each executable inline script of a page: [hash, code]. @param {string} html */
function inlineScripts(html) {
  /** @type {[string, string][]} */
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(m[1])) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(m[1])?.[1] ?? '';
    if (DATA_SCRIPT.test(type)) continue;
    out.push([sha256(m[2]), m[2]]);
  }
  return out;
}

/**
 * Writes the allow-list of the inline scripts of `distDir`, each with its first characters as
 * description. Returns how many were not in the list before.
 * @param {string} distDir
 * @param {string} [file]
 */
export function approveInlineScripts(distDir, file = ALLOW_LIST) {
  const before = existsSync(file) ? loadAllowList(file) : {};
  // The list is the scripts of this build: what no page holds any more is dropped.
  /** @type {Record<string, string>} */
  const scripts = {};
  let added = 0;
  for (const page of htmlFiles(distDir)) {
    for (const [hash, code] of inlineScripts(readFileSync(page, 'utf8'))) {
      if (hash in scripts) continue;
      if (!(hash in before)) added += 1;
      scripts[hash] = before[hash] ?? excerpt(code);
    }
  }
  const sorted = Object.fromEntries(Object.entries(scripts).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify({ comment: 'Scripts en ligne autorisés par la CSP (empreinte : début du script). Voir scripts/csp.mjs.', scripts: sorted }, null, 2)}\n`);
  return added;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args[0] === '--approuver') {
    const added = approveInlineScripts(args[1] ?? 'dist');
    console.log(`${added} script(s) en ligne ajouté(s) à ${ALLOW_LIST}.`);
    process.exit(0);
  }
  const [distDir = 'dist', out] = args;
  try {
    const { policy, pages, scripts, styles } = policyForDist(distDir);
    const include = nginxInclude(policy, pages);
    if (out) {
      writeFileSync(out, include);
      console.log(`${out} : CSP de ${pages} pages, ${scripts} scripts et ${styles} styles en ligne autorisés par empreinte.`);
    } else {
      process.stdout.write(include);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
