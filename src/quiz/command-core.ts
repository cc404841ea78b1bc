// Reads a command line the way the shell and the real CLI read it, into a structure that the
// grader compares and that the simulated terminal executes: command path with aliases
// resolved, options under their canonical long name with typed values, positional arguments,
// and French errors where the CLI would refuse the line. Grading is « parse both, compare the
// normalised structures ». The tables (one notation: src/quiz/cli/notation.ts) come from the
// sources of docker/cli, buildx, compose, kubectl, util-linux and minikube. Nothing is run.
// This is the parser alone: programs are registered (`registerProgram`), so that the grader
// (command.ts: docker, podman, kubectl, minikube, lsns) and the terminal (terminal/cli.ts:
// docker only, a smaller island) share it without carrying each other's tables.
import type { Cli, CommandSpec, OptionSpec } from './cli/notation';
import { normalizeImage, normalizePath, parseBool, readValue, type Scalar } from './cli/values';

export { normalizeImage } from './cli/values';

export type OptionValue = Scalar | Scalar[];

export interface CliError {
  code: 'unknown-command' | 'missing-command' | 'unknown-option' | 'missing-value' | 'bad-value' | 'arguments';
  /** A French sentence, without the final full stop. */
  message: string;
  /** The option concerned (canonical long name), for a bad or missing value. */
  option?: string;
}

/** A command line reduced to what it means. */
export interface ParsedCommand {
  /** `docker`, `kubectl`, `lsns`… (`docker-compose` is read as `docker compose`). */
  program: string;
  /** Canonical command path, aliases resolved: `container run`, `compose up`, `rollout undo`. */
  command: string;
  /** Canonical long option name → typed value (arrays for repeatable options), as written. */
  options: Map<string, OptionValue>;
  /** Positional arguments, normalised (`nginx` → `nginx:latest` where an image is expected). */
  args: string[];
  /** `VAR=value` assignments written before the program (not part of the command). */
  env: string[];
  /** Where the real CLI would refuse the line. */
  errors: CliError[];
  /** Remarks worth showing even when the answer is right (old or deprecated syntax). */
  notes: string[];
  /** Slips that change the meaning (`-all` read as `-a -l -l`). */
  hints: string[];
  /** Option spellings as written (`-d`, `--detach`), to name them in feedback. */
  spellings: Map<string, string>;
  /** Option values as written, to quote them in feedback. */
  writtenValues: Map<string, string[]>;
  /** The command as written (`ps` for `container ls`). */
  written: string;
  /** Positional arguments as written, before normalisation. */
  writtenArgs: string[];
  /** How many arguments came before a `--` (cobra ArgsLenAtDash), if there was one. */
  dashAt?: number;
}

export interface CommandGrade {
  correct: boolean;
  /** French sentences: what is wrong, or what differs from the closest accepted answer. */
  differences: string[];
  /** French remarks shown in any case (`docker-compose` is the old syntax). */
  notes: string[];
}

export class CommandSyntaxError extends Error {}

/** What phones and word processors do to a command: curly quotes, dashes, no-break spaces. */
function unSmart(input: string): string {
  return input
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/(^|\s)[—–](?=[a-zA-Z])/g, '$1--');
}

/**
 * Splits a line as a POSIX shell would (quotes, backslashes, `# comment`, a final `;`), after
 * removing a prompt (`$ `), `sudo`, and what phones add. Throws on what a shell would refuse.
 */
export function tokenize(input: string): string[] {
  let line = unSmart(input).replace(/\\\r?\n/g, ' ').trim();
  // A prompt copied with the command: `$ `, `# `, `alice@pc:~/app$ `.
  line = line.replace(/^[\w.-]+@[\w.-]+:[^\s$#]*[$#]\s*/, '').replace(/^[$#>]\s+/, '').replace(/^\$(?=\w)/, '');
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  let quote: '"' | "'" | null = null;
  let end = false;
  for (let i = 0; i < line.length && !end; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && /["\\$`]/.test(line[i + 1] ?? '')) current += line[++i];
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inToken = true;
    } else if (c === '$' && line[i + 1] === '(') {
      // A command substitution stays one word: `docker rm $(docker ps -aq)`.
      let depth = 0;
      let j = i;
      for (; j < line.length; j++) {
        if (line[j] === '(') depth++;
        else if (line[j] === ')' && --depth === 0) break;
      }
      if (j === line.length) throw new CommandSyntaxError('une parenthèse $( n’est pas fermée');
      current += line.slice(i, j + 1);
      inToken = true;
      i = j;
    } else if (c === '\\') {
      // A stray final backslash (a continuation with nothing after it) is dropped.
      if (i + 1 < line.length) {
        current += line[++i];
        inToken = true;
      }
    } else if (c === '#' && !inToken) {
      end = true;
    } else if (c === ';' || c === '&' || c === '|') {
      const rest = line.slice(i + 1).trim();
      if (c === ';' && (rest === '' || rest.startsWith('#'))) end = true;
      else throw new CommandSyntaxError('une seule commande est attendue (sans ;, && ni |)');
    } else if (/\s/.test(c)) {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
    } else {
      current += c;
      inToken = true;
    }
  }
  if (quote) throw new CommandSyntaxError(`un guillemet ${quote} n’est pas fermé`);
  if (inToken) tokens.push(current);
  if (tokens[0] === 'sudo') tokens.splice(0, tokens[1] === '-E' ? 2 : 1);
  // `$(pwd)`, `${PWD}` and `$PWD` name the same directory.
  return tokens.map((t) => t.replace(/\$\(pwd\)|\$\{PWD\}|`pwd`/g, '$PWD'));
}

// ───────────────────────────── reading a line with a table ─────────────────────────────

interface Index {
  byLong: Map<string, OptionSpec>;
  byShort: Map<string, OptionSpec>;
}

function indexOf(...lists: OptionSpec[][]): Index {
  const byLong = new Map<string, OptionSpec>();
  const byShort = new Map<string, OptionSpec>();
  // Earlier lists win: a command's own `-p` hides a root `-p`.
  for (const option of lists.flat().reverse()) {
    byLong.set(option.long, option);
    option.aliases?.forEach((a) => byLong.set(a, option));
    if (option.short) byShort.set(option.short, option);
  }
  return { byLong, byShort };
}

/** Edit distance with transpositions (`nmae` is one slip from `name`), for « vouliez-vous dire… ». */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = word.length > 3 ? 3 : 2;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** cobra adds --help to every command. */
const HELP: OptionSpec = { long: 'help', type: 'bool' };

function emptyParsed(program: string): ParsedCommand {
  return {
    program, command: '', options: new Map(), args: [], env: [], errors: [], notes: [], hints: [],
    spellings: new Map(), writtenValues: new Map(), written: '', writtenArgs: [],
  };
}

/** `docker run`, as the learner wrote it (aliases are named as written). */
const fullName = (parsed: ParsedCommand) => `${parsed.program} ${parsed.written || parsed.command}`.trim();

function setOption(parsed: ParsedCommand, option: OptionSpec, raw: string | undefined, spelling: string): void {
  // pflag StringSlice: `-f a.yaml,b.yaml` is `-f a.yaml -f b.yaml`.
  if (option.slice && raw?.includes(',')) return raw.split(',').filter(Boolean).forEach((part) => setOption(parsed, option, part, spelling));
  const key = option.long;
  if (!parsed.spellings.has(key)) parsed.spellings.set(key, spelling);
  const usedName = spelling.replace(/^-+/, '');
  if (option.deprecated?.includes(usedName)) parsed.notes.push(`« --${usedName} » est obsolète : écrivez plutôt « --${key} ».`);
  let value: Scalar;
  if (raw !== undefined && /^(?:\$\w+|\$\{\w+\}|\$\(.*\))$/.test(raw) && option.type !== 'path' && option.type !== 'volume') {
    // A shell variable (`-p $PID`) is known only when the shell runs: kept as written.
    value = raw;
  } else if (option.type === 'bool') {
    if (raw === undefined) value = true;
    else {
      const b = parseBool(raw);
      if (b === undefined) {
        parsed.errors.push({ code: 'bad-value', option: key, message: `${spelling} attend un booléen (true ou false), pas « ${raw} »` });
        return;
      }
      value = b;
    }
  } else {
    const read = readValue(option.type, raw ?? '');
    if ('error' in read) {
      parsed.errors.push({ code: 'bad-value', option: key, message: `${spelling} ${read.error}` });
      return;
    }
    value = read.value;
  }
  const written = parsed.writtenValues.get(key) ?? [];
  if (raw !== undefined) written.push(raw);
  parsed.writtenValues.set(key, written);
  if (!option.multi) {
    parsed.options.set(key, value);
    return;
  }
  const values = (parsed.options.get(key) as Scalar[] | undefined) ?? [];
  values.push(value);
  parsed.options.set(key, values);
}

interface ReadContext {
  index: Index;
  /** Long names that take a value anywhere in this program: an unknown one still eats its value. */
  valued: Set<string>;
  /** Options stop after this many positional arguments (`>0`: everything is the command). */
  stopAt?: number;
  /** Stop at the first word that is not an option (a group's options before its subcommand). */
  stopAtWord?: boolean;
}

/** Reads options and positional arguments from `start`; returns where it stopped. */
function readOptions(tokens: string[], start: number, parsed: ParsedCommand, ctx: ReadContext): number {
  const { byLong, byShort } = ctx.index;
  const where = parsed.command ? fullName(parsed) : parsed.program;
  let positional = 0;
  let rest = ctx.stopAt === 0;
  let i = start;
  for (; i < tokens.length; i++) {
    const token = tokens[i];
    // `--` ends the options, unless it comes after the command of a container (`run alpine echo --`).
    if (token === '--' && !ctx.stopAtWord && parsed.dashAt === undefined && (!rest || positional === 0)) {
      rest = true;
      parsed.dashAt = parsed.args.length;
      continue;
    }
    if (rest || token === '-' || !token.startsWith('-') || /^-\d/.test(token)) {
      if (ctx.stopAtWord && !rest) return i;
      parsed.args.push(token);
      positional++;
      if (ctx.stopAt !== undefined && positional >= ctx.stopAt) rest = true;
      continue;
    }
    if (token === '--') return i;
    if (token.startsWith('--')) {
      const eq = token.indexOf('=');
      const name = token.slice(2, eq < 0 ? undefined : eq);
      const inline = eq < 0 ? undefined : token.slice(eq + 1);
      const option = byLong.get(name) ?? (name === 'help' ? HELP : undefined);
      if (!option) {
        const guess = closest(name, byLong.keys());
        parsed.errors.push({
          code: 'unknown-option',
          message: `option inconnue de ${where} : --${name}${guess ? ` (vouliez-vous dire --${guess} ?)` : ''}`,
        });
        // Its value is not an argument (`--nmae web nginx`: the image is still nginx).
        const next = tokens[i + 1];
        // Before an image (`run --foo bar nginx`), a word followed by another word is its value.
        const beforeImage = ctx.stopAt !== undefined && positional === 0 && tokens[i + 2] !== undefined && !tokens[i + 2].startsWith('-');
        const takesValue = ctx.valued.has(name) || (guess !== undefined && byLong.get(guess)!.type !== 'bool') || beforeImage;
        if (inline === undefined && takesValue && next !== undefined && !next.startsWith('-')) i++;
        continue;
      }
      if (option.type === 'bool') setOption(parsed, option, inline, `--${name}`);
      else if (inline !== undefined) setOption(parsed, option, inline, `--${name}`);
      else if (option.noOpt !== undefined) setOption(parsed, option, option.noOpt, `--${name}`);
      else if (i + 1 < tokens.length) setOption(parsed, option, tokens[++i], `--${name}`);
      else parsed.errors.push({ code: 'missing-value', option: option.long, message: `l’option --${name} de ${where} attend une valeur` });
      continue;
    }
    // A long option written with one dash (`-all`, `-name`): the CLI reads it letter by letter.
    const word = token.slice(1).split('=')[0];
    if (word.length > 2 && byLong.has(word)) {
      parsed.hints.push(`« -${word} » n’est pas « --${word} » : avec un seul tiret, la commande lit ${[...word].map((c) => `-${c}`).join(' ')}`);
    }
    for (let j = 1; j < token.length; j++) {
      const letter = token[j];
      const option = byShort.get(letter);
      if (!option) {
        parsed.errors.push({ code: 'unknown-option', message: `option inconnue de ${where} : -${letter}` });
        break;
      }
      if (option.type === 'bool') {
        if (token[j + 1] === '=') {
          setOption(parsed, option, token.slice(j + 2), `-${letter}`);
          break;
        }
        setOption(parsed, option, undefined, `-${letter}`);
        continue;
      }
      let value: string | undefined = token.slice(j + 1).replace(/^=/, '');
      if (!value) value = option.noOpt ?? tokens[++i];
      if (value === undefined) parsed.errors.push({ code: 'missing-value', option: option.long, message: `l’option -${letter} de ${where} attend une valeur` });
      else setOption(parsed, option, value, `-${letter}`);
      break;
    }
  }
  return i;
}

function valuedNames(cli: Cli): Set<string> {
  const names = new Set<string>();
  const add = (o: OptionSpec) => {
    if (o.type !== 'bool') [o.long, ...(o.aliases ?? [])].forEach((n) => names.add(n));
  };
  cli.root.forEach(add);
  for (const spec of cli.commands.values()) spec.options.forEach(add);
  cli.single?.options.forEach(add);
  return names;
}
const VALUED = new WeakMap<Cli, Set<string>>();

/** Reads a line of a program described by a table. */
function parseWith(cli: Cli, tokens: string[], parsed: ParsedCommand): void {
  if (!VALUED.has(cli)) VALUED.set(cli, valuedNames(cli));
  const valued = VALUED.get(cli)!;
  if (cli.single) {
    finish(parsed, cli.single, tokens, 0, { index: indexOf(cli.single.options), valued });
    return;
  }
  const rootOnly = { index: indexOf(cli.root), valued, stopAtWord: true };
  let i = readOptions(tokens, 0, parsed, rootOnly);
  let spec: CommandSpec | undefined;
  const written: string[] = [];
  while (i < tokens.length) {
    const word = tokens[i];
    const candidate = parsed.command ? `${parsed.command} ${word}` : word;
    const target = cli.aliases.get(candidate) ?? (cli.commands.has(candidate) ? candidate : undefined);
    if (!target) {
      if (spec && !spec.group) break;
      const known = [...cli.commands.keys(), ...cli.aliases.keys()]
        .filter((k) => k.startsWith(parsed.command ? `${parsed.command} ` : ''))
        .map((k) => k.split(' ')[parsed.command ? parsed.command.split(' ').length : 0]);
      const guess = word.startsWith('-') ? undefined : closest(word, new Set(known));
      parsed.errors.push({
        code: 'unknown-command',
        message: word.startsWith('-')
          ? `option inconnue de ${parsed.program}${parsed.command ? ` ${parsed.command}` : ''} : ${word}`
          : `commande inconnue : ${parsed.program} ${[...written, word].join(' ')}${guess ? ` (vouliez-vous dire « ${guess} » ?)` : ''}`,
      });
      parsed.command = parsed.command || word;
      parsed.written = [...written, word].join(' ');
      parsed.args = tokens.slice(i + 1);
      return;
    }
    written.push(word);
    parsed.written = written.join(' ');
    parsed.command = target;
    spec = cli.commands.get(target)!;
    i++;
    if (spec.group) i = readOptions(tokens, i, parsed, { index: indexOf(spec.options, cli.persistentRoot ? cli.root : []), valued, stopAtWord: true });
  }
  parsed.written = written.join(' ');
  if (!spec || spec.group) {
    // `docker --version` and `docker` alone are complete lines; `docker container` is not.
    if (!spec && (parsed.options.has('version') || parsed.options.has('help'))) return;
    parsed.errors.push({
      code: 'missing-command',
      message: spec ? `« ${fullName(parsed)} » attend une sous-commande` : `il manque la commande après « ${parsed.program} »`,
    });
    return;
  }
  const own = cli.persistentRoot ? [spec.options, cli.root] : [spec.options];
  finish(parsed, spec, tokens, i, { index: indexOf(...own), valued, stopAt: spec.stopAtFirstArg });
}

/** Reads the command's options and arguments, then checks how many arguments it got. */
function finish(parsed: ParsedCommand, spec: CommandSpec, tokens: string[], start: number, ctx: ReadContext): void {
  readOptions(tokens, start, parsed, ctx);
  parsed.writtenArgs = [...parsed.args];
  const n = parsed.args.length;
  const name = fullName(parsed);
  if (spec.minArgs !== undefined && n < spec.minArgs) {
    parsed.errors.push({ code: 'arguments', message: `${name} attend au moins ${spec.minArgs} argument${spec.minArgs > 1 ? 's' : ''}` });
  } else if (spec.maxArgs !== undefined && spec.stopAtFirstArg === undefined && n > spec.maxArgs) {
    parsed.errors.push({
      code: 'arguments',
      message: spec.maxArgs === 0 ? `${name} n’accepte pas d’argument (« ${parsed.args[0]} »)` : `${name} accepte au plus ${spec.maxArgs} argument${spec.maxArgs > 1 ? 's' : ''}`,
    });
  }
  parsed.args = parsed.args.map((arg, index) =>
    (spec.imageArgs === 'first' && index === 0) || spec.imageArgs === 'all'
      ? normalizeImage(arg)
      : spec.stopAtFirstArg !== undefined && index >= spec.stopAtFirstArg
        ? arg
        : arg.length > 1 ? arg.replace(/\/+$/, '').replace(/^\.\/?$/, '.') : arg,
  );
}

// ─────────────────────────────── programs ───────────────────────────────

/** A program the parser knows: its table, and what it reads beyond the table (kubectl's resource names…). */
export interface Program {
  cli: Cli;
  after?: (parsed: ParsedCommand, rest: string[]) => void;
}

const PROGRAMS = new Map<string, Program>();

/** Adds (or replaces) a program; command.ts registers the grader's, terminal/cli.ts docker alone. */
export function registerProgram(program: Program): void {
  PROGRAMS.set(program.cli.program, program);
}

/** A command line → its meaning. Throws CommandSyntaxError on what the shell itself refuses. */
export function parseCommand(input: string): ParsedCommand {
  let tokens = tokenize(input);
  const env: string[] = [];
  // `sudo`, `sudo -E`, and `VAR=value` prefixes, in any order.
  for (;;) {
    if (tokens[0] === 'sudo') tokens = tokens.slice(tokens[1] === '-E' ? 2 : 1);
    else if (tokens.length > 1 && /^[A-Za-z_]\w*=/.test(tokens[0])) env.push(tokens.shift()!);
    else break;
  }
  if (tokens.length === 0) throw new CommandSyntaxError('aucune commande saisie');
  const [program, ...rest] = tokens;
  const parsed = emptyParsed(program);
  parsed.env = env;
  const compose = program === 'docker-compose' && PROGRAMS.has('docker');
  const known = PROGRAMS.get(compose ? 'docker' : program);
  if (compose) {
    parsed.program = 'docker';
    parsed.notes.push('« docker-compose » est l’ancienne syntaxe (Compose V1, plus maintenue) : écrivez plutôt « docker compose ».');
  }
  if (known) {
    parseWith(known.cli, compose ? ['compose', ...rest] : rest, parsed);
    known.after?.(parsed, rest);
  } else {
    // Other programs (helm, buildah…) are compared word for word.
    parsed.args = rest;
  }
  return parsed;
}

// ─────────────────────────────── comparing ───────────────────────────────

/** The table of a registered program (`docker`, `podman`, `kubectl`, `minikube`, `lsns`), for the terminal. */
export const cliFor = (program: string): Cli | undefined => PROGRAMS.get(program)?.cli;

/** Every option the parsed command could have been given: root, group, command. */
function optionSpecs(parsed: ParsedCommand): Map<string, OptionSpec> {
  const cli = PROGRAMS.get(parsed.program)?.cli;
  if (!cli) return new Map();
  const spec = cli.single ?? cli.commands.get(parsed.command);
  const group = parsed.command.includes(' ') ? cli.commands.get(parsed.command.split(' ')[0]) : undefined;
  return new Map([...cli.root, ...(group?.options ?? []), ...(spec?.options ?? [])].map((o) => [o.long, o]));
}

const show = (v: OptionValue) => (Array.isArray(v) ? v.map(String).sort().join('\u0000') : String(v));

/** The options that change what the command does: defaults and implied options removed. */
export function effectiveOptions(parsed: ParsedCommand): Map<string, string> {
  const specs = optionSpecs(parsed);
  const options = new Map(parsed.options);
  // Rules the CLIs apply themselves.
  if (parsed.command === 'compose up' && options.has('exit-code-from')) options.delete('abort-on-container-exit');
  if (parsed.command === 'buildx build') {
    if (options.get('check') === true) [options.delete('check'), options.set('call', 'check')];
    const file = options.get('file');
    if (typeof file === 'string' && file === normalizePath(`${parsed.args[0] ?? '.'}/Dockerfile`)) options.delete('file');
  }
  if ((parsed.command === 'compose exec' || parsed.command === 'compose run') && options.get('tty') === false) {
    options.delete('tty');
    options.set('no-tty', true);
  }
  if (parsed.command === 'autoscale' && options.has('cpu-percent')) {
    if (!options.has('cpu')) options.set('cpu', `${options.get('cpu-percent')}%`);
    options.delete('cpu-percent');
  }
  const out = new Map<string, string>();
  for (const [key, value] of options) {
    const spec = specs.get(key);
    if (spec?.type === 'bool' && spec.default === undefined && value === false) continue;
    if (spec?.default !== undefined) {
      const def = readValue(spec.type, spec.default);
      if ('value' in def && def.value === value) continue;
    }
    if (Array.isArray(value) && value.length === 0) continue;
    out.set(key, show(value));
  }
  return out;
}

/** How the feedback names an option: as the learner wrote it, else by its long form. */
function optionName(key: string, parsed: ParsedCommand): string {
  return parsed.spellings.get(key) ?? `--${key}`;
}

function optionLabel(key: string, expected: ParsedCommand): string {
  const spelling = optionName(key, expected);
  return spelling.startsWith('--') ? spelling : `${spelling} (--${key})`;
}

/** French sentences naming what differs between an expected and a given command. */
export function differences(expected: ParsedCommand, given: ParsedCommand): string[] {
  const out: string[] = [...given.hints];
  if (expected.program !== given.program) {
    out.push(`la commande attendue commence par « ${expected.program} », pas par « ${given.program} »`);
    return out;
  }
  if (expected.command !== given.command) {
    out.push(
      given.command
        ? `la commande « ${given.program} ${given.written || given.command} » ne fait pas ce qui est demandé`
        : 'il manque la sous-commande',
    );
    return out;
  }
  const mine = effectiveOptions(expected);
  const theirs = effectiveOptions(given);
  // `docker run -d nginx --name web`: what follows the image belongs to the container's command.
  const stop = PROGRAMS.get(given.program)?.cli.commands.get(given.command)?.stopAtFirstArg;
  if (stop !== undefined) {
    const specs = [...optionSpecs(given).values()];
    const named = (a: string) => {
      const name = a.replace(/^-+/, '').split('=')[0];
      return a.startsWith('--') ? specs.find((o) => o.long === name || o.aliases?.includes(name)) : specs.find((o) => o.short === name[0]);
    };
    const misplaced = given.args.slice(stop).filter((a) => /^--?[a-zA-Z]/.test(a) && mine.has(named(a)?.long ?? ''));
    // One cause explains every other difference: say only that.
    if (misplaced.length) {
      const after = given.command.endsWith('exec') ? 'le conteneur' : 'l’image';
      return [...out, ...misplaced.map((a) => `« ${a} » est écrit après ${after} : la commande le passe au conteneur ; placez les options avant ${after}`)];
    }
  }
  // An option whose value the CLI refused is already explained by that error.
  const refused = new Set(given.errors.map((e) => e.option));
  for (const [key, value] of mine) {
    const other = theirs.get(key);
    if (refused.has(key)) continue;
    if (other === undefined) out.push(`il manque l’option ${optionLabel(key, expected)}`);
    else if (other !== value) {
      const written = given.writtenValues.get(key) ?? [];
      const reversed = key === 'publish' && written.length === 1 && written[0].split(':').reverse().join(':') === value;
      out.push(
        reversed
          ? `les ports de ${optionName(key, given)} sont inversés : le port de l’hôte vient d’abord, puis celui du conteneur (hôte:conteneur)`
          : written.length
            ? `la valeur de l’option ${optionName(key, given)} ne convient pas (« ${written.join(' ')} »)`
            : `l’option ${optionName(key, given)} ne convient pas ici`,
      );
    }
  }
  for (const key of theirs.keys()) if (!mine.has(key)) out.push(`l’option ${optionName(key, given)} n’est pas demandée`);
  const n = Math.min(expected.args.length, given.args.length);
  const asWritten = (i: number) => (given.writtenArgs.length === given.args.length ? given.writtenArgs[i] : given.args[i]);
  for (let i = 0; i < n; i++) {
    if (expected.args[i] !== given.args[i]) out.push(`l’argument « ${asWritten(i)} » ne convient pas`);
  }
  if (given.args.length < expected.args.length) {
    out.push(
      expected.args.length - given.args.length > 1
        ? `il manque ${expected.args.length - given.args.length} arguments`
        : 'il manque un argument (un nom de conteneur, d’image, de fichier ou de service…)',
    );
  }
  given.args.slice(expected.args.length).forEach((_, k) => out.push(`l’argument « ${asWritten(expected.args.length + k)} » est en trop`));
  return [...new Set(out)];
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + (/[.?!]$/.test(s) ? '' : '.');

/** Grades a typed command against the accepted answers; the closest answer explains the miss. */
export function gradeCommand(input: string, accepted: readonly string[]): CommandGrade {
  let given: ParsedCommand;
  try {
    given = parseCommand(input);
  } catch (error) {
    const reason = error instanceof CommandSyntaxError ? error.message : 'commande illisible';
    return { correct: false, differences: [sentence(reason)], notes: [] };
  }
  // What the CLI itself would refuse comes first; a wrong count of arguments is said below.
  const refused = given.errors.filter((e) => e.code !== 'arguments').map((e) => e.message);
  let best: string[] | null = null;
  let bestDistance = Infinity;
  for (const answer of accepted) {
    const expected = parseCommand(answer);
    const diff = differences(expected, given);
    if (diff.length === 0 && given.errors.length === 0) return { correct: true, differences: [], notes: [...new Set(given.notes)] };
    // Another program or subcommand is further away than a missing option or argument.
    const d = diff.length + (expected.program !== given.program ? 100 : expected.command !== given.command ? 10 : 0);
    if (d < bestDistance) [best, bestDistance] = [diff, d];
  }
  const unknownCommand = given.errors.some((e) => e.code === 'unknown-command' || e.code === 'missing-command');
  const rest = unknownCommand ? [] : (best ?? []);
  const messages = [...refused, ...rest];
  if (messages.length === 0) messages.push(...given.errors.map((e) => e.message));
  return { correct: false, differences: [...new Set(messages)].map(sentence), notes: [...new Set(given.notes)] };
}

/** True when two command lines mean the same thing for the grader. */
export function sameCommand(a: string, b: string): boolean {
  try {
    const [x, y] = [parseCommand(a), parseCommand(b)];
    return x.errors.length === 0 && y.errors.length === 0 && differences(x, y).length === 0;
  } catch {
    return false;
  }
}
