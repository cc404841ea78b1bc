// @ts-check
// French no-break spaces in the interface's own words: the strings and JSX text of the islands and
// of the logic they show (« Durée : 15 minutes », « Terminer l’examen ? », « la carte « x » »). The
// pages' text gets them from src/middleware.ts, but that pass leaves the islands alone (they render
// again in the browser); without this one, a phone could start a line with « : » or « ? ».
//
// Applied at build (and in dev) to the source of src/components, src/quiz and src/lib, before the
// TypeScript and JSX transforms, so that the server render and the browser's agree and the sources
// keep plain spaces. Only the punctuation rules of src/plugins/french-typography.mjs (; ! ? : and
// guillemets), never the number ones (« 100% » may be CSS: numbers and units are written with their
// no-break space in the source). Left alone: the simulated terminal's output and the TP's files
// (src/quiz/terminal, but for the scenarios' prose), the text of <code>,
// <kbd>, <pre> and <samp>, module names, regular expressions, tagged templates and types.
import MagicString from 'magic-string';
import ts from 'typescript';
import { frenchPunctuation } from '../plugins/french-typography.mjs';

const INCLUDED = /(?:^|[\\/])src[\\/](components|quiz|lib)[\\/].*\.tsx?$/;
// The simulated terminal prints machine text, as code is on the pages; its scenarios' prose (titles,
// goals, hints) is interface, but their strings of several lines are the TP's files, left as written.
// The command grader's messages (src/quiz/cli, command-core.ts, command.ts) are left too, for now:
// the simulated terminal loads that code at its opening, and its budget (60 Ko gzip, bench/terminal.mjs)
// had not the hundred bytes their no-break spaces take.
const EXCLUDED = /(?:^|[\\/])src[\\/]quiz[\\/](?:terminal[\\/](?!scenarios[\\/])|cli[\\/]|command(?:-core)?\.ts$)/;
const HOLDS_FILES = /(?:^|[\\/])src[\\/]quiz[\\/]terminal[\\/]scenarios[\\/]/;
const CODE_TAGS = new Set(['code', 'kbd', 'pre', 'samp']);

/**
 * Whether a module (a Vite id, query included) is one whose strings get the French spaces.
 * @param {string} id
 */
export function takesFrenchStrings(id) {
  const [path, query = ''] = id.split('?');
  return INCLUDED.test(path) && !EXCLUDED.test(path) && !/\b(raw|url|inline)\b/.test(query);
}

/**
 * A string literal's node that holds no prose: a module name, a type, a regular expression's source.
 * @param {ts.StringLiteral} node
 */
function isMachineString(node) {
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isExternalModuleReference(parent)) return true;
  if (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
  if ((ts.isNewExpression(parent) || ts.isCallExpression(parent)) && ts.isIdentifier(parent.expression) && parent.expression.text === 'RegExp') return true;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isEnumMember(parent)) && parent.name === node) return true;
  return false;
}

/**
 * The JSX element a text is the child of is code: its text stays as written.
 * @param {ts.JsxText} node
 */
function insideCode(node) {
  const parent = node.parent;
  if (!parent || !ts.isJsxElement(parent)) return false;
  const tag = parent.openingElement.tagName;
  return ts.isIdentifier(tag) && CODE_TAGS.has(tag.text);
}

/**
 * Escapes a string for the inside of a template literal.
 * @param {string} text
 */
const templateRaw = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${').replace(/\r/g, '\\r');

/**
 * The source of a TypeScript or TSX module with the French no-break spaces in its strings and
 * JSX text, or null when nothing changes.
 * @param {string} code
 * @param {string} fileName
 * @returns {{ code: string, map: import('magic-string').SourceMap } | null}
 */
export function frenchStrings(code, fileName) {
  const keepFiles = HOLDS_FILES.test(fileName);
  /** @param {string} text */
  const fix = (text) => (keepFiles && text.includes('\n') ? text : frenchPunctuation(text));
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out = new MagicString(code);
  let changed = false;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) return;
    if (ts.isStringLiteral(node) && !isMachineString(node)) {
      const fixed = fix(node.text);
      if (fixed !== node.text) {
        // A JSX attribute's string takes no escapes: it becomes an expression.
        const literal = JSON.stringify(fixed);
        out.overwrite(node.getStart(source), node.getEnd(), node.parent && ts.isJsxAttribute(node.parent) ? `{${literal}}` : literal);
        changed = true;
      }
    } else if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const fixed = fix(node.text);
      if (fixed !== node.text) {
        // Between the opening ` or } and the closing ` or ${.
        const start = node.getStart(source) + 1;
        const end = node.getEnd() - (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1);
        out.overwrite(start, end, templateRaw(fixed));
        changed = true;
      }
    } else if (ts.isJsxText(node) && !insideCode(node)) {
      // All of the text, its leading spaces included (getStart would skip them: « </kbd> : x »).
      const raw = code.slice(node.pos, node.end);
      const fixed = fix(raw);
      if (fixed !== raw) {
        out.overwrite(node.pos, node.end, fixed);
        changed = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return changed ? { code: out.toString(), map: out.generateMap({ hires: true, source: fileName }) } : null;
}

/** @returns {import('vite').Plugin} */
export function frenchStringsPlugin() {
  return {
    name: 'cours-conteneurs:french-strings',
    enforce: 'pre',
    transform(code, id) {
      if (!takesFrenchStrings(id)) return null;
      return frenchStrings(code, id.split('?')[0]);
    },
    // The minifier writes each U+00A0 as the escape « \xA0 » (4 bytes, against 2 in UTF-8): put the
    // character back, so that the spaces cost the islands' budgets as little as they can. An escape
    // is only one when an odd number of backslashes comes before « xA0 ».
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes('\\xA0')) chunk.code = chunk.code.replace(/(?<!\\)((?:\\\\)*)\\xA0/g, '$1\u00a0');
      }
    },
  };
}
