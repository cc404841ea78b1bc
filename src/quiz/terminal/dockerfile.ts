// Reads a Dockerfile the way BuildKit's frontend does, for the simulated `docker build`: lines,
// continuations, comments, parser directives, here-documents, then one typed instruction per line
// with its flags, words or JSON (exec) form, and the stages that FROM opens. Errors carry the lines
// they concern and BuildKit's own words, so the build can print its source excerpt.
// Read from github:moby/buildkit 73ed6825c4b7569379ef89df0aedcdbe64473d31 (2026-08-21):
//   frontend/dockerfile/parser/{parser.go,line_parsers.go}, frontend/dockerfile/instructions/
//   {parse.go,bflag.go,commands.go}, frontend/dockerfile/shell/lex.go, util/suggest/error.go,
//   solver/errdefs/source.go (the excerpt printed under an error).
// Pure: no file system, no engine.

export const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;

export interface Heredoc {
  name: string;
  content: string;
}

export interface Instruction {
  /** Upper case: `COPY`. */
  keyword: string;
  /** First and last line of the instruction in the file (1-based, continuations included). */
  line: number;
  endLine: number;
  /** The instruction as BuildKit names its step: lines joined, escape characters removed. */
  original: string;
  /** `--from=build` → `{ from: 'build' }`; a flag without value is `'true'`. */
  flags: Record<string, string>;
  /** Words after the flags, quotes kept (they are removed by `expandWord`), or the JSON items. */
  args: string[];
  /** Exec form (`CMD ["nginx", "-g", "daemon off;"]`). */
  json: boolean;
  /** The text after the keyword and the flags: the shell form of RUN, CMD, ENTRYPOINT. */
  rest: string;
  /** ENV, LABEL, ARG: the pairs, values still to expand; ARG without default has `value: undefined`. */
  pairs: { key: string; value: string | undefined }[];
  heredocs: Heredoc[];
}

export interface Stage {
  /** Lower-case name after `AS`, if any. */
  name?: string;
  /** The image or stage after FROM, as written (variables not yet expanded). */
  base: string;
  index: number;
  from: Instruction;
  instructions: Instruction[];
}

export interface Dockerfile {
  lines: string[];
  /** ARG before the first FROM. */
  metaArgs: Instruction[];
  stages: Stage[];
  escape: string;
  warnings: string[];
}

/** A refused Dockerfile: BuildKit's message and the lines to show in the excerpt. */
export class DockerfileError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly endLine: number = line,
  ) {
    super(message);
  }
}

// --- suggestions (util/suggest) ---

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** ` (did you mean X?)` as BuildKit adds it: distance below 3, case of the written word kept. */
export function suggestion(value: string, options: readonly string[], caseSensitive = false): string {
  const val = caseSensitive ? value : value.toLowerCase();
  let match = '';
  let best = 3;
  for (const option of options) {
    const opt = caseSensitive ? option : option.toLowerCase();
    if (opt === val) return '';
    const d = levenshtein(val, opt);
    if (d < best) {
      best = d;
      match = caseSensitive ? opt : value === value.toLowerCase() ? opt.toLowerCase() : value === value.toUpperCase() ? opt.toUpperCase() : opt;
    }
  }
  return match ? ` (did you mean ${match}?)` : '';
}

// --- words and variables (parser/line_parsers.go, shell/lex.go) ---

/** Splits on white space, quotes kept inside the words (parseWords). */
export function parseWords(rest: string, escape = '\\'): string[] {
  const words: string[] = [];
  let word = '';
  let quote = '';
  let blankOk = false;
  let inWord = false;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (!inWord) {
      if (/\s/.test(ch)) continue;
      inWord = true;
    }
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === escape && quote !== "'" && i + 1 < rest.length) {
        word += ch;
        i++;
        word += rest[i];
        continue;
      }
      word += ch;
      continue;
    }
    if (/\s/.test(ch)) {
      if (blankOk || word) words.push(word);
      word = '';
      blankOk = false;
      inWord = false;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      blankOk = true;
    }
    if (ch === escape) {
      if (i + 1 === rest.length) continue;
      word += ch;
      i++;
      word += rest[i];
      continue;
    }
    word += ch;
  }
  if (inWord && (blankOk || word)) words.push(word);
  return words;
}

/**
 * Removes quotes and expands `$VAR`, `${VAR}`, `${VAR:-def}`, `${VAR:+alt}` (and their forms
 * without colon) as BuildKit's shell lexer does for ENV, COPY, WORKDIR, FROM…
 */
export function expandWord(word: string, env: Record<string, string | undefined>, escape = '\\'): string {
  let out = '';
  let i = 0;
  const variable = (): string => {
    i++; // $
    if (word[i] === '{') {
      const close = word.indexOf('}', i);
      if (close < 0) return '${';
      const body = word.slice(i + 1, close);
      i = close + 1;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+?])(.*))?$/s.exec(body);
      if (!m) return '';
      const [, name, colon, op, arg] = m;
      const value = env[name];
      const set = colon ? value !== undefined && value !== '' : value !== undefined;
      if (op === '-') return set ? (value as string) : expandWord(arg, env, escape);
      if (op === '+') return set ? expandWord(arg, env, escape) : '';
      return value ?? '';
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(word.slice(i));
    if (!m) return '$';
    i += m[0].length;
    return env[m[0]] ?? '';
  };
  while (i < word.length) {
    const ch = word[i];
    if (ch === "'") {
      const close = word.indexOf("'", i + 1);
      const end = close < 0 ? word.length : close;
      out += word.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      i++;
      while (i < word.length && word[i] !== '"') {
        if (word[i] === escape && i + 1 < word.length && '"$\\`'.includes(word[i + 1])) {
          out += word[i + 1];
          i += 2;
        } else if (word[i] === '$') out += variable();
        else out += word[i++];
      }
      i++;
    } else if (ch === escape && i + 1 < word.length) {
      out += word[i + 1];
      i += 2;
    } else if (ch === '$') out += variable();
    else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Splits a command's exec form: `["a", "b"]` → items, or undefined when it is not a JSON array of strings. */
function jsonArray(rest: string): string[] | undefined {
  const text = rest.trim();
  if (!text.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  } catch {
    // Not JSON: BuildKit falls back to the shell form.
  }
  return undefined;
}

// --- lines ---

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/** The heredoc names that a RUN/COPY/ADD line opens (`<<EOF`, `<<-EOF`, `<<"EOF"`). */
function heredocNames(line: string): { name: string; chomp: boolean }[] {
  const out: { name: string; chomp: boolean }[] = [];
  const re = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ name: m[3], chomp: m[1] === '-' });
  return out;
}

function parseFlags(words: string[], fail: (message: string) => never): { flags: Record<string, string>; used: number } {
  const flags: Record<string, string> = {};
  let used = 0;
  for (const w of words) {
    if (!w.startsWith('--')) break;
    used++;
    if (w === '--') break;
    const eq = w.indexOf('=');
    const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
    if (name in flags) fail(`duplicate flag specified: ${name}`);
    flags[name] = eq < 0 ? 'true' : w.slice(eq + 1);
  }
  return { flags, used };
}

/** The flags each instruction accepts (instructions/parse.go). */
const FLAGS: Record<string, string[]> = {
  FROM: ['platform'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'exclude', 'unpack'],
  RUN: ['mount', 'network', 'security', 'device'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

const validStageName = /^[a-z][a-z0-9-_.]*$/;

function requireArgs(keyword: string, ins: Instruction): void {
  const n = ins.args.length;
  const fail = (message: string) => {
    throw new DockerfileError(message, ins.line, ins.endLine);
  };
  switch (keyword) {
    case 'COPY':
    case 'ADD':
      if (n < 2 && ins.heredocs.length === 0) fail(`${keyword} requires at least two arguments, but only one was provided. Destination could not be determined`);
      break;
    case 'WORKDIR':
    case 'USER':
    case 'STOPSIGNAL':
    case 'MAINTAINER':
      if (n !== 1) fail(`${keyword} requires exactly one argument`);
      break;
    case 'EXPOSE':
    case 'VOLUME':
    case 'ARG':
    case 'SHELL':
    case 'ONBUILD':
    case 'HEALTHCHECK':
    case 'ENV':
    case 'LABEL':
      if (n === 0 && ins.pairs.length === 0) fail(`${keyword} requires at least one argument`);
      break;
    default:
  }
}

function parseInstruction(text: string, line: number, endLine: number, escape: string, heredocs: Heredoc[]): Instruction {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text.trim()) as RegExpExecArray;
  const written = m[1];
  const keyword = written.toUpperCase();
  let rest = m[2];
  if (!(INSTRUCTIONS as readonly string[]).includes(keyword)) {
    throw new DockerfileError(
      `dockerfile parse error on line ${line}: unknown instruction: ${written}${suggestion(written, INSTRUCTIONS)}`,
      line,
      endLine,
    );
  }
  const fail = (message: string): never => {
    throw new DockerfileError(`dockerfile parse error on line ${line}: ${message}`, line, endLine);
  };
  let words = parseWords(rest, escape);
  const { flags, used } = parseFlags(words, fail);
  if (used) {
    // The flags are the first words: cut them from the text too.
    for (let k = 0; k < used; k++) rest = rest.replace(/^\s*\S+/, '');
    rest = rest.trimStart();
    words = words.slice(used);
  }
  const allowed = FLAGS[keyword] ?? [];
  for (const name of Object.keys(flags)) if (!allowed.includes(name)) fail(`unknown flag: ${name}`);
  const ins: Instruction = { keyword, line, endLine, original: text.trim(), flags, args: words, json: false, rest: rest.trim(), pairs: [], heredocs };

  if (['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME', 'COPY', 'ADD'].includes(keyword)) {
    const items = jsonArray(rest);
    if (items) {
      ins.json = true;
      ins.args = items;
    } else if (keyword === 'SHELL') fail('SHELL requires the arguments to be in JSON form');
  }
  if (keyword === 'ENV' || keyword === 'LABEL') {
    if (words.length && !words[0].includes('=')) {
      // Old form: ENV name value (the value is the rest of the line).
      const parts = rest.trim().split(/\s+/);
      if (parts.length < 2) fail(`${keyword} must have two arguments`);
      ins.pairs.push({ key: parts[0], value: rest.trim().slice(parts[0].length).trim() });
    } else {
      for (const w of words) {
        if (!w.includes('=')) fail(`Syntax error - can't find = in "${w}". Must be of the form: name=value`);
        const eq = w.indexOf('=');
        if (eq === 0) fail(`${keyword} names can not be blank`);
        ins.pairs.push({ key: w.slice(0, eq), value: w.slice(eq + 1) });
      }
    }
  }
  if (keyword === 'ARG') {
    for (const w of words) {
      const eq = w.indexOf('=');
      ins.pairs.push(eq < 0 ? { key: w, value: undefined } : { key: w.slice(0, eq), value: w.slice(eq + 1) });
    }
  }
  if (keyword === 'HEALTHCHECK' && words.length) {
    const type = words[0].toUpperCase();
    if (type === 'NONE' && words.length > 1) fail('HEALTHCHECK NONE takes no arguments');
    if (type !== 'NONE' && type !== 'CMD') fail(`Unknown type "${type}" in HEALTHCHECK (try CMD)`);
    if (type === 'CMD') {
      const cmd = rest.trim().replace(/^\S+\s*/, '');
      if (!cmd) fail('Missing command after HEALTHCHECK CMD');
      const items = jsonArray(cmd);
      ins.json = !!items;
      ins.args = items ?? [cmd];
    } else ins.args = [];
    ins.rest = type;
  }
  try {
    requireArgs(keyword, ins);
  } catch (e) {
    if (e instanceof DockerfileError) fail(e.message);
    throw e;
  }
  return ins;
}

/** Parses a Dockerfile; throws DockerfileError with BuildKit's message. */
export function parseDockerfile(text: string): Dockerfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  let escape = '\\';
  const warnings: string[] = [];
  const raw: Instruction[] = [];
  let directivesOpen = true;
  const isComment = (l: string) => /^\s*#/.test(l);
  const continues = (l: string) => {
    const re = escape === '\\' ? /\\[ \t]*$/ : /`[ \t]*$/;
    return re.test(l) ? l.replace(re, '') : undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i];
    if (directivesOpen) {
      const d = DIRECTIVE.exec(lineText);
      if (d && isComment(lineText)) {
        if (d[1].toLowerCase() === 'escape') {
          if (d[2] !== '`' && d[2] !== '\\') throw new DockerfileError(`invalid escape token '${d[2]}' does not match \` or \\`, i + 1);
          escape = d[2];
        }
        continue;
      }
      directivesOpen = false;
    }
    if (isComment(lineText) || lineText.trim() === '') continue;
    const start = i + 1;
    let joined = '';
    let current = lineText.trimStart();
    let cut = continues(current);
    let emptyContinuation = false;
    while (cut !== undefined) {
      joined += cut;
      i++;
      if (i >= lines.length) {
        current = '';
        break;
      }
      while (i < lines.length && (isComment(lines[i]) || lines[i].trim() === '')) {
        if (lines[i].trim() === '') emptyContinuation = true;
        i++;
      }
      if (i >= lines.length) {
        current = '';
        break;
      }
      current = lines[i];
      cut = continues(current);
    }
    joined += current;
    if (emptyContinuation) warnings.push(`Empty continuation line found in: ${joined.trim()}`);
    const end = i + 1;
    const heredocs: Heredoc[] = [];
    const keyword = joined.trim().split(/\s+/)[0].toUpperCase();
    if (['RUN', 'COPY', 'ADD'].includes(keyword) && joined.includes('<<')) {
      for (const { name, chomp } of heredocNames(joined)) {
        let content = '';
        let done = false;
        while (++i < lines.length) {
          const candidate = chomp ? lines[i].replace(/^\t+/, '') : lines[i];
          if (candidate === name) {
            done = true;
            break;
          }
          content += `${lines[i]}\n`;
        }
        if (!done) throw new DockerfileError('unterminated heredoc', start, i);
        heredocs.push({ name, content });
      }
    }
    raw.push(parseInstruction(joined, start, heredocs.length ? i + 1 : end, escape, heredocs));
  }
  if (raw.length === 0) throw new DockerfileError('file with no instructions', lines.length, 0);

  const metaArgs: Instruction[] = [];
  const stages: Stage[] = [];
  for (const ins of raw) {
    if (ins.keyword === 'FROM') {
      const args = ins.args;
      let name: string | undefined;
      if (args.length === 3 && args[1].toLowerCase() === 'as') {
        name = args[2].toLowerCase();
        if (!validStageName.test(name)) {
          throw new DockerfileError(
            `dockerfile parse error on line ${ins.line}: invalid name for build stage: "${args[2]}", name can't start with a number or contain symbols`,
            ins.line,
            ins.endLine,
          );
        }
      } else if (args.length !== 1) {
        throw new DockerfileError(`dockerfile parse error on line ${ins.line}: FROM requires either one or three arguments`, ins.line, ins.endLine);
      }
      stages.push({ name, base: args[0], index: stages.length, from: ins, instructions: [] });
      continue;
    }
    if (stages.length === 0) {
      if (ins.keyword === 'ARG') {
        metaArgs.push(ins);
        continue;
      }
      throw new DockerfileError('no build stage in current context', ins.line, ins.endLine);
    }
    stages[stages.length - 1].instructions.push(ins);
  }
  return { lines, metaArgs, stages, escape, warnings };
}

/**
 * The excerpt BuildKit prints under an error (solver/errdefs/source.go): the file name and line,
 * a rule, the numbered lines around the faulty ones (marked `>>>`), a rule.
 */
export function sourceExcerpt(fileName: string, lines: readonly string[], startLine: number, endLine = startLine): string[] {
  let start = startLine;
  let end = Math.max(endLine, startLine);
  // BuildKit counts the final empty line of the file as a line.
  const all = [...lines, ''];
  if (start > all.length || start < 1) return [];
  if (end > all.length) end = all.length;
  const pad = end === start ? 4 : 2;
  let p = 0;
  while (p < pad) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== all.length) {
      end++;
      p++;
    }
    p++;
  }
  const out = [`${fileName}:${startLine}`, '--------------------'];
  for (let i = start; i <= end; i++) {
    const marked = i >= startLine && i <= Math.max(endLine, startLine);
    out.push(` ${String(i).padStart(3)} | ${marked ? '>>>' : '   '} ${all[i - 1]}`);
  }
  out.push('--------------------');
  return out;
}
