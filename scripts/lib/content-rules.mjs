// Rules every course page must follow. Pure functions over the MDX text, shared by the
// Vitest content tests and by the writers' quick check; each returns French messages.
import { parse as parseYaml } from 'yaml';
import { defaultTag, loadVersions } from './versions.mjs';

// The advice names the versions the course pins (src/content/versions.yaml), never a copy of them.
const VERSIONS = loadVersions();
const tagOf = (image, i = 0) => `${image}:${VERSIONS.images?.[image]?.tags?.[i] ?? '?'}`;
const actionOf = (action) => `${action}@${VERSIONS.actions?.[action]?.major ?? '?'}`;

/** Languages a fenced block may declare for shell commands the reader copies. */
export const SHELL_LANGS = new Set(['sh', 'bash', 'shell', 'zsh', 'powershell', 'ps', 'ps1', 'pwsh']);

/** Mis-decoded UTF-8 (read as Latin-1 / Windows-1252 / Mac Roman). */
export const MOJIBAKE = /Ã[©¨ª§ ´¹®¯¼¢]|â€[™œ\u009d“”˜¦]|√©|‚Äô|Ô∏è|Ã‰|Ã€/;

/**
 * The sources' known mistakes (../shared/errata.md), as patterns that must never appear.
 * Each entry: the pattern and why it is wrong.
 */
export const ERRATA_FORMS = [
  [/docker ps -all\b/, '`docker ps -all` (lu comme -a -l -l) : écrire `docker ps --all` ou `docker ps -a`'],
  [/\/tpm\//, 'faute de frappe `/tpm/` : `/tmp/`'],
  [/\\\| *docker login/, '`\\| docker login` : le tube shell s’écrit `|`'],
  [/récipient/i, '« récipient » : on dit « conteneur »'],
  [/docker scan\b/, '`docker scan` a été retiré : Docker Scout (`docker scout cves`)'],
  [/actions\/checkout@v3/, `\`actions/checkout@v3\` est obsolète : \`${actionOf('actions/checkout')}\``],
  [/node:18\b/, `Node.js 18 est en fin de vie : \`${defaultTag(VERSIONS, 'node')}\``],
  [/npm install --production/, '`npm install --production` est obsolète : `npm ci --omit=dev`'],
  [/mysql:5\.7/, `MySQL 5.7 est en fin de vie : \`${defaultTag(VERSIONS, 'mysql')}\``],
  [/docker:20\.10/, `Docker 20.10 est en fin de vie : \`${tagOf('docker')}\` et \`${tagOf('docker', 1)}\``],
  [/\bopenjdk:/, 'l’image `openjdk` est dépréciée : `eclipse-temurin` ou `amazoncorretto`'],
  [/Successfully (built|tagged)/, 'messages de l’ancien builder : BuildKit affiche `naming to docker.io/library/…`'],
  [/propre noyau \(hyperviseur\)/, 'l’hyperviseur n’est pas le noyau de la VM'],
  [/dézipp/i, 'ADD n’extrait que les archives tar locales, pas les .zip'],
  [/Google Container Registry \(GCR\)(?!.*Artifact)/, 'GCR a fermé : Google Artifact Registry'],
  [/\bpermer\b|permmettent|pipline/, 'fautes de la source 002'],
  [/Définis le processus/, 'conjugaison : « Définit »'],
  [/】/, 'reste d’injection de citation'],
  [/docker (rm|rmi) -f\s*$/m, '`docker rm -f` / `docker rmi -f` exigent un argument'],
];

/** Split an MDX file into its frontmatter object and body. Throws nothing. */
export function splitFrontmatter(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { data: null, body: text, error: 'frontmatter absent' };
  try {
    return { data: parseYaml(m[1]) ?? {}, body: text.slice(m[0].length), error: null };
  } catch (e) {
    return { data: null, body: text.slice(m[0].length), error: `frontmatter illisible : ${e.message}` };
  }
}

/** Every fenced code block of a Markdown body: its language, meta and lines. */
export function codeBlocks(body) {
  const blocks = [];
  const lines = body.split(/\r?\n/);
  let open = null;
  lines.forEach((line, i) => {
    const fence = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
    if (!open && fence) {
      const info = fence[3].trim();
      const lang = info.split(/\s+/)[0] ?? '';
      open = { fence: fence[2], lang, meta: info.slice(lang.length).trim(), line: i + 1, lines: [] };
    } else if (open && fence && fence[2].startsWith(open.fence) && fence[3].trim() === '') {
      blocks.push(open);
      open = null;
    } else if (open) {
      open.lines.push(line);
    }
  });
  if (open) blocks.push({ ...open, unclosed: true });
  return blocks;
}

/** Check one course page; returns a list of French error messages (empty when fine). */
export function checkPage(file, text, { isSplash = false } = {}) {
  const errors = [];
  const { data, body, error } = splitFrontmatter(text);
  if (error) errors.push(`${file} : ${error}`);
  if (data) {
    if (typeof data.title !== 'string' || !data.title.trim()) errors.push(`${file} : champ « title » manquant`);
    if (typeof data.description !== 'string' || data.description.trim().length < 30)
      errors.push(`${file} : « description » absente ou de moins de 30 caractères`);
    if (!isSplash && typeof data.sidebar?.order !== 'number') errors.push(`${file} : « sidebar.order » manquant`);
  }
  if (MOJIBAKE.test(text)) errors.push(`${file} : texte mal encodé (mojibake)`);
  for (const [re, why] of ERRATA_FORMS) {
    const m = re.exec(text);
    if (m) errors.push(`${file} : forme erronée « ${m[0].trim()} » — ${why}`);
  }
  for (const block of codeBlocks(body)) {
    const where = `${file}:${block.line}`;
    if (block.unclosed) errors.push(`${where} : bloc de code non fermé`);
    if (!block.lang) errors.push(`${where} : bloc de code sans langage`);
    if (SHELL_LANGS.has(block.lang)) {
      block.lines.forEach((l, k) => {
        if (/^\s*(\$|PS [^>]*>|>)\s/.test(l)) errors.push(`${where}+${k + 1} : invite « $ » dans une commande à copier`);
      });
    }
    if (SHELL_LANGS.has(block.lang) && block.lines.some((l) => /^\s*docker-compose\s/.test(l)))
      errors.push(`${where} : \`docker-compose\` (V1) dans une commande : utiliser \`docker compose\``);
    if (block.lang === 'yaml' && /compose/.test(block.meta) && block.lines.some((l) => /^version\s*:/.test(l)))
      errors.push(`${where} : clé \`version\` obsolète dans un fichier Compose`);
  }
  // Outside code, the Markdown processor's smart punctuation turns `--mount` into « –mount ».
  proseLines(body).forEach(({ line, n: bodyLine }) => {
    const n = bodyLine + bodyOffset(text, body);
    const m = /(^|[\s(«/])(--?[a-z][\w-]*)/.exec(line.replace(/`[^`]*`/g, '``'));
    if (m && m[2].startsWith('--')) errors.push(`${file}:${n} : option « ${m[2]} » hors code : l’écrire entre accents graves`);
  });
  // A table whose first header cell is empty has a column nobody can name (axe: empty-table-header).
  body.split(/\r?\n/).forEach((line, i, all) => {
    if (/^\|\s*\|/.test(line) && /^\|\s*:?-{3,}/.test(all[i + 1] ?? ''))
      errors.push(`${file}:${i + 1} : tableau dont la première cellule d’en-tête est vide`);
  });
  errors.push(...vocabularyProblems(file, body, bodyOffset(text, body)));
  if (!isSplash && !/:::tip\[À retenir\][\s\S]*?:::\s*$/.test(body.trimEnd() + '\n'))
    errors.push(`${file} : la page doit se terminer par l’encadré « :::tip[À retenir] »`);
  return errors;
}

/** Lines of the frontmatter, so that messages give the line in the file. */
const bodyOffset = (text, body) => text.slice(0, text.length - body.length).split('\n').length - 1;

/** Prose of a line: inline code and link targets removed (they are code and addresses). */
const prose = (line) => line.replace(/`[^`]*`/g, '``').replace(/\]\([^)]*\)/g, ']()').replace(/<!--.*?-->/g, '');

/**
 * The course's one term per concept (recorded in the glossary), in the prose of a page body:
 * never « committé » / « commiter »; « load balancer » only once « répartiteur de charge (load
 * balancer) » has introduced it on the page; Kubernetes' Pod capitalised as Kubernetes writes it
 * (Podman's own « pods », on a line about Podman, stay lowercase).
 */
export function vocabularyProblems(file, body, offset = 0) {
  const errors = [];
  let balancerIntroduced = false;
  proseLines(body).forEach(({ line, n: bodyLine }) => {
    const n = bodyLine + offset;
    const text = prose(line);
    const commit = /(?<!\p{L})comm?itt?(?:ée?s?|er|ez|ons|ent)(?!\p{L})/iu.exec(text);
    if (commit) errors.push(`${file}:${n} : « ${commit[0]} » n’est pas français : « enregistré dans le dépôt », « versionné » ou \`git commit\``);
    // Introduced as « répartiteur de charge (load balancer) », « répartiteur de charge (*load
    // balancer*) » or « répartiteur de charge, *load balancer*, ».
    for (const m of text.matchAll(/(répartiteurs? de charge\*{0,2},? \(?\*?)?\bload[ -]balancers?\b/giu)) {
      if (m[1]) balancerIntroduced = true;
      else if (!balancerIntroduced)
        errors.push(`${file}:${n} : « ${m[0]} » : écrire « répartiteur de charge (load balancer) » à la première mention, puis « répartiteur de charge »`);
    }
    // Podman's pods are Podman's word, written in lowercase as its documentation does: a line
    // about Podman may say « pod ».
    const pod = /podman/i.test(line) ? null : /(?<![\p{L}\d_/.-])pods?(?![\p{L}\d_/-])/u.exec(text);
    if (pod) errors.push(`${file}:${n} : « ${pod[0]} » : l’objet Kubernetes s’écrit « Pod » (« les Pods »)`);
  });
  return errors;
}

/** Body lines outside fenced code blocks, with their line numbers (1-based, within the body). */
export function proseLines(body) {
  const out = [];
  let fence = null;
  body.split(/\r?\n/).forEach((line, i) => {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1];
      else if (f[1].startsWith(fence)) fence = null;
      return;
    }
    if (!fence && !/^\s*(import |<)/.test(line)) out.push({ line, n: i + 1 });
  });
  return out;
}

/** Internal links of a body: absolute site paths like /docker/volumes/#ancre. */
export function internalLinks(body) {
  const links = [];
  const re = /\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g;
  let m;
  while ((m = re.exec(body))) links.push(m[1] ?? m[2]);
  return links;
}
