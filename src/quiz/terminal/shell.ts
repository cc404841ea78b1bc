// The shell layer: a line is split into commands joined by `;`, `&&`, `||` and `|`, each with
// its redirections (`>`, `>>`, `2>`, `2>&1`, `<`, a here-document) and its expansions (`$VAR`,
// `${VAR}`, `$?`, `$(…)`), then into words by the grader's `tokenize`, so that the terminal and
// the quiz read a command the same way. Builtins live in builtins.ts, docker in commands/.
import { CommandSyntaxError, tokenize } from './cli';
import { builtin } from './builtins';
import { runDocker } from './commands/dispatch';
import { resolvePath } from './fs';
import { need, NotLoaded } from './lazy';
import type { Sim } from './index';

export interface Chunk {
  fd: 1 | 2;
  text: string;
}

export interface ExecResult {
  chunks: Chunk[];
  code: number;
  clear?: boolean;
}

/** The delimiter if the line opens a here-document (`<<EOF`, `<<'EOF'`, `<<-"EOF"`). */
export function heredocDelimiter(line: string): string | null {
  // `<<` outside quotes; the delimiter itself may be quoted.
  const at = stripQuoted(line).search(/<<(?!<)/);
  if (at < 0) return null;
  const m = /^<<-?\s*(['"]?)([A-Za-z_][\w.-]*)\1/.exec(line.slice(at));
  return m ? m[2] : null;
}

/** The line with quoted parts blanked, to look for operators outside quotes. */
function stripQuoted(line: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
      out += c === quote || quote === null ? c : ' ';
      if (c === '\\' && quote === '"') [out, i] = [out + ' ', i + 1];
    } else {
      if (c === "'" || c === '"') quote = c;
      else if (c === '\\') [out, i] = [out + ' ', i + 1];
      out += c === '\\' ? ' ' : c;
    }
  }
  return out;
}

export type Op = ';' | '&&' | '||' | '|';

/** Splits on `;`, `&&`, `||`, `|` outside quotes and `$(…)`. */
export function splitOps(line: string): { text: string; op: Op | null }[] {
  const parts: { text: string; op: Op | null }[] = [];
  let quote: string | null = null;
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '$' && line[i + 1] === '(') {
      depth++;
      i++;
    } else if (c === ')' && depth > 0) depth--;
    else if (depth === 0 && (c === ';' || c === '|' || (c === '&' && line[i + 1] === '&'))) {
      // `2>&1` and `&>` are redirections, not operators.
      if (c === '&' && line[i - 1] === '>') continue;
      const two = line.slice(i, i + 2);
      const op: Op = two === '&&' ? '&&' : two === '||' ? '||' : (c as Op);
      parts.push({ text: line.slice(start, i), op });
      i += op.length - 1;
      start = i + 1;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      break;
    }
  }
  parts.push({ text: line.slice(start, line.includes('#') ? undefined : undefined), op: null });
  return parts;
}

interface Redirect {
  fd: 1 | 2;
  target: string;
  append: boolean;
}

/** Takes the redirections out of a command's text. */
function extractRedirects(text: string): { rest: string; redirects: Redirect[]; input?: string; heredoc?: boolean; merge: boolean } {
  const blank = stripQuoted(text);
  const redirects: Redirect[] = [];
  let input: string | undefined;
  let heredoc = false;
  let merge = false;
  const cut: [number, number][] = [];
  const re = /(\d?|&)(>>?|<<-?|<)(&1|&2)?\s*((?:'[^']*'|"[^"]*"|[^\s<>;|&])*)/g;
  for (const m of blank.matchAll(re)) {
    const start = m.index!;
    const end = start + m[0].length;
    const raw = text.slice(start + m[1].length + m[2].length + (m[3]?.length ?? 0), end).trim();
    const target = raw.replace(/^(['"])(.*)\1$/, '$2');
    if (m[2].startsWith('<<')) heredoc = true;
    else if (m[2] === '<') input = target;
    else if (m[3] === '&1' && m[1] === '2') merge = true;
    else if (m[1] === '&') {
      redirects.push({ fd: 1, target, append: m[2] === '>>' }, { fd: 2, target, append: m[2] === '>>' });
    } else redirects.push({ fd: m[1] === '2' ? 2 : 1, target, append: m[2] === '>>' });
    cut.push([start, end]);
  }
  let rest = text;
  for (const [s, e] of cut.reverse()) rest = rest.slice(0, s) + ' ' + rest.slice(e);
  return { rest, redirects, input, heredoc, merge };
}

/** Escapes a value for `tokenize`: inside double quotes, or as bare words (split on spaces). */
function escapeFor(value: string, inDouble: boolean): string {
  return inDouble ? value.replace(/["\\$`]/g, '\\$&') : value.replace(/[^\s\w./:=@,+%-]/g, '\\$&');
}

/** `$VAR`, `${VAR}`, `$?`, `$(cmd)` and backquotes, outside single quotes. */
export function expand(sim: Sim, text: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      out += c;
      continue;
    }
    if (c === '\\') {
      out += c + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') quote = quote ? null : '"';
    if (c === "'" && !quote) quote = "'";
    if (c === '$' && text[i + 1] === '(') {
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === '(') depth++;
        else if (text[j] === ')' && --depth === 0) break;
      }
      const inner = text.slice(i + 2, j);
      // `$(pwd)` is kept for tokenize (it knows it as the current directory).
      const value = sim.capture(inner).replace(/\n+$/, '');
      out += escapeFor(quote ? value : value.replace(/\n/g, ' '), quote === '"');
      i = j;
      continue;
    }
    if (c === '`') {
      const j = text.indexOf('`', i + 1);
      if (j > i) {
        out += escapeFor(sim.capture(text.slice(i + 1, j)).replace(/\n+$/, ''), quote === '"');
        i = j;
        continue;
      }
    }
    if (c === '$') {
      const m = /^\$(?:\{(\w+)\}|(\w+)|(\?)|(\$))/.exec(text.slice(i));
      if (m) {
        const name = m[1] ?? m[2] ?? m[3] ?? m[4];
        out += escapeFor(sim.variable(name), quote === '"');
        i += m[0].length - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** Runs one simple command (no operators). */
function simple(sim: Sim, text: string, stdin: string | undefined, heredocBody: string | undefined): ExecResult {
  const { rest, redirects, input, heredoc, merge } = extractRedirects(text);
  let stdinText = stdin;
  if (heredoc && heredocBody !== undefined) stdinText = heredocBody;
  let words: string[];
  try {
    words = tokenize(expand(sim, rest).replace(/\\\n/g, ' '));
  } catch (error) {
    if (error instanceof NotLoaded) throw error;
    const reason = error instanceof CommandSyntaxError ? error.message : 'ligne illisible';
    return { chunks: [{ fd: 2, text: `bash: erreur de syntaxe : ${reason}` }], code: 2 };
  }
  if (input !== undefined) {
    const path = resolvePath(expand(sim, input), sim.state.cwd, sim.state.home);
    const content = sim.state.fs.read(path);
    if (content === undefined) return { chunks: [{ fd: 2, text: `bash: ${input}: No such file or directory` }], code: 1 };
    stdinText = content;
  }
  // `X=1` alone sets a shell variable; `X=1 cmd` passes it to the command only.
  const assignments: [string, string][] = [];
  while (words.length && /^[A-Za-z_]\w*=/.test(words[0])) {
    const w = words.shift()!;
    assignments.push([w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]);
  }
  if (!words.length) {
    for (const [k, v] of assignments) sim.state.env[k] = v;
    return { chunks: [], code: 0 };
  }
  const result = command(sim, words, stdinText);
  return redirect(sim, result, redirects, merge);
}

function command(sim: Sim, words: string[], stdin: string | undefined): ExecResult {
  const [program] = words;
  if (program === 'docker' || program === 'docker-compose') return runDocker(sim, words, stdin);
  const b = builtin(sim, words, stdin);
  if (b) return b;
  const missing = need('notSimulated').notSimulated(words);
  if (missing) return { chunks: [{ fd: 2, text: missing }], code: 127 };
  return { chunks: [{ fd: 2, text: `bash: ${program}: command not found` }], code: 127 };
}

function redirect(sim: Sim, result: ExecResult, redirects: Redirect[], merge: boolean): ExecResult {
  let chunks = merge ? result.chunks.map((c) => ({ ...c, fd: 1 as const })) : result.chunks;
  for (const r of redirects) {
    const taken = chunks.filter((c) => c.fd === r.fd);
    chunks = chunks.filter((c) => c.fd !== r.fd);
    if (r.target === '/dev/null') continue;
    const path = resolvePath(r.target, sim.state.cwd, sim.state.home);
    const fs = sim.state.fs;
    if (fs.isDir(path)) return { chunks: [{ fd: 2, text: `bash: ${r.target}: Is a directory` }], code: 1 };
    if (!fs.isDir(path.slice(0, path.lastIndexOf('/')) || '/')) return { chunks: [{ fd: 2, text: `bash: ${r.target}: No such file or directory` }], code: 1 };
    const text = taken.map((c) => `${c.text}\n`).join('');
    fs.write(path, text, r.append);
  }
  return { ...result, chunks };
}

/** Runs a whole input: a line, or a line opening a here-document with its body and delimiter. */
export function runInput(sim: Sim, input: string): ExecResult {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  let first = lines[0];
  let body: string | undefined;
  const delimiter = heredocDelimiter(first);
  if (delimiter) {
    const end = lines.findIndex((l, i) => i > 0 && l.replace(/^\t+/, '') === delimiter);
    const quoted = /<<-?\s*['"]/.test(first);
    const raw = lines.slice(1, end < 0 ? undefined : end).map((l) => (/<<-/.test(first) ? l.replace(/^\t+/, '') : l));
    body = raw.map((l) => (quoted ? l : expand(sim, l.replace(/"/g, '\u0000')).replace(/\u0000/g, '"').replace(/\\(.)/g, '$1'))).join('\n') + '\n';
    if (end < 0) return { chunks: [{ fd: 2, text: `bash: warning: here-document delimited by end-of-file (wanted \`${delimiter}')` }], code: 0 };
  } else if (lines.length > 1) {
    // Several lines pasted at once: run them in turn.
    const all: Chunk[] = [];
    let last: ExecResult = { chunks: [], code: 0 };
    for (const line of lines) {
      if (!line.trim()) continue;
      last = runInput(sim, line);
      all.push(...last.chunks);
      sim.state.lastExit = last.code;
    }
    return { chunks: all, code: last.code, clear: last.clear };
  }
  first = first.replace(/\\$/, '');
  const loop = forLoop(sim, first);
  if (loop) return loop;
  const chunks: Chunk[] = [];
  let code = 0;
  let clear = false;
  let skip = false;
  let pipeIn: string | undefined;
  for (const part of splitOps(first)) {
    const text = part.text.trim();
    if (!skip) {
      if (!text) {
        if (part.op && part.op !== ';') return { chunks: [{ fd: 2, text: `bash: syntax error near unexpected token \`${part.op}'` }], code: 2 };
      } else {
        const r = simple(sim, text, pipeIn, body);
        code = r.code;
        clear ||= !!r.clear;
        sim.state.lastExit = code;
        if (part.op === '|') {
          pipeIn = r.chunks.filter((c) => c.fd === 1).map((c) => `${c.text}\n`).join('');
          chunks.push(...r.chunks.filter((c) => c.fd === 2));
          continue;
        }
        chunks.push(...r.chunks);
      }
    }
    pipeIn = undefined;
    if (part.op === '&&') skip = code !== 0;
    else if (part.op === '||') skip = code === 0;
    else skip = false;
  }
  return { chunks, code, clear };
}

/**
 * `for NAME in WORDS; do BODY; done` (the course loops over `$(seq 1 6)` or a list): the words
 * are expanded once, the body runs for each with NAME set, then what follows `done`.
 */
function forLoop(sim: Sim, line: string): ExecResult | null {
  const blank = stripQuoted(line);
  const head = /^\s*for\s+([A-Za-z_]\w*)\s+in\s+/.exec(blank);
  if (!head) return null;
  // `do` and `done` are reserved words only where a command starts: after `;` here.
  const doAt = blank.slice(head[0].length).search(/;\s*do\s/);
  const doneMatch = /;\s*done\s*(?:(;|&&|\|\|)\s*|$)/.exec(blank.slice(head[0].length));
  if (doAt < 0 || !doneMatch) return { chunks: [{ fd: 2, text: 'bash: erreur de syntaxe : boucle for incomplète (attendu : for i in …; do …; done)' }], code: 2 };
  const listEnd = head[0].length + doAt;
  const list = line.slice(head[0].length, listEnd);
  const bodyStart = listEnd + blank.slice(listEnd).indexOf('do') + 2;
  const bodyEnd = head[0].length + doneMatch.index;
  const body = line.slice(bodyStart, bodyEnd).trim().replace(/;$/, '');
  const after = line.slice(head[0].length + doneMatch.index + doneMatch[0].length);
  let words: string[];
  try {
    words = tokenize(expand(sim, list.trim().replace(/;$/, '')));
  } catch (error) {
    if (error instanceof NotLoaded) throw error;
    return { chunks: [{ fd: 2, text: `bash: erreur de syntaxe : ${error instanceof CommandSyntaxError ? error.message : 'ligne illisible'}` }], code: 2 };
  }
  const chunks: Chunk[] = [];
  let code = 0;
  let clear = false;
  for (const w of words) {
    sim.state.env[head[1]] = w;
    const r = runInput(sim, body);
    chunks.push(...r.chunks);
    code = r.code;
    clear ||= !!r.clear;
  }
  sim.state.lastExit = code;
  const op = doneMatch[1];
  if (after.trim() && (!op || op === ';' || (op === '&&') === (code === 0))) {
    const r = runInput(sim, after);
    return { chunks: [...chunks, ...r.chunks], code: r.code, clear: clear || r.clear };
  }
  return { chunks, code, clear };
}
