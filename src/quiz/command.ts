// Grades a command typed by a learner against the accepted answers written in a question.
// It understands the Docker CLI (and kubectl, more simply) the way the shell and the CLI read a
// line: quotes, a leading `$ ` or `sudo`, flags in any order, short and long forms, combined
// short flags, `--name=web`, equivalent subcommands, `docker-compose` as the old form. It compares
// normalised forms and never runs anything. Feedback names the first differences in French.
import { COMMANDS, COMMAND_ALIASES, type CommandSpec, type OptionSpec } from './docker-cli';
import { KUBECTL_GLOBAL, KUBECTL_RESOURCES, KUBECTL_VERB_OPTIONS } from './kubectl-cli';

/** A command line reduced to what it means. */
export interface ParsedCommand {
  /** `docker`, `kubectl`, `podman`… */
  program: string;
  /** Canonical subcommand: `container run`, `compose up`, `get`. */
  command: string;
  /** Canonical long option name → values (`''` for a flag), sorted when order does not matter. */
  options: Map<string, string[]>;
  /** Positional arguments, normalised (`nginx` → `nginx:latest` where an image is expected). */
  args: string[];
  /** Remarks worth showing even when the answer is right (old syntax). */
  notes: string[];
  /** Slips that change the meaning (`-all` read as `-a -l -l`). */
  hints: string[];
  /** Option spellings as the learner wrote them, to name them in feedback. */
  spellings: Map<string, string>;
  /** The subcommand as written (`ps` for `container ls`), to name it in feedback. */
  written: string;
}

export interface CommandGrade {
  correct: boolean;
  /** French sentences: what differs from the closest accepted answer (empty when correct). */
  differences: string[];
  /** French remarks shown in any case (`docker-compose` is the old syntax). */
  notes: string[];
}

export class CommandSyntaxError extends Error {}

/** Splits a line as a POSIX shell would (quotes, backslashes), after removing `$ ` and `sudo`. */
export function tokenize(input: string): string[] {
  let line = input.replace(/\\\r?\n/g, ' ').trim();
  line = line.replace(/^[$#]\s+/, '').replace(/^\$(?=\w)/, '');
  line = line.replace(/^sudo\s+(?:-E\s+)?/, '');
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && /["\\$`]/.test(line[i + 1] ?? '')) current += line[++i];
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inToken = true;
    } else if (c === '\\' && i + 1 < line.length) {
      current += line[++i];
      inToken = true;
    } else if (/\s/.test(c)) {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
    } else {
      current += c;
      inToken = true;
    }
  }
  if (quote) throw new CommandSyntaxError(`un guillemet ${quote === '"' ? '"' : "'"} n’est pas fermé`);
  if (inToken) tokens.push(current);
  // `$(pwd)`, `${PWD}` and `$PWD` name the same directory.
  return tokens.map((t) => t.replace(/\$\(pwd\)|\$\{PWD\}/g, '$PWD'));
}

/** `nginx` ≡ `nginx:latest` ≡ `docker.io/library/nginx:latest`. */
export function normalizeImage(ref: string): string {
  let image = ref.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  image = image.replace(/^library\//, '');
  if (image.includes('@')) return image;
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  return lastPart.includes(':') ? image : `${image}:latest`;
}

/** Values that can be spelt several ways for the same meaning. */
function normalizeValue(option: string, value: string): string {
  switch (option) {
    case 'publish':
      return value.replace(/^0\.0\.0\.0:/, '').replace(/\/tcp$/, '');
    case 'memory':
    case 'memory-swap':
      return value.toLowerCase().replace(/([kmg])b$/, '$1');
    case 'cpus':
      return Number.isFinite(Number(value)) ? String(Number(value)) : value;
    case 'tag':
      return normalizeImage(value);
    case 'file':
    case 'filename':
      return normalizePath(value);
    default:
      return value;
  }
}

/** `./` ≡ `.`, `./app/` ≡ `./app`. */
function normalizePath(value: string): string {
  if (value === './') return '.';
  return value.length > 1 ? value.replace(/\/+$/, '') : value;
}

function optionIndex(options: OptionSpec[]) {
  const byLong = new Map<string, OptionSpec>();
  const byShort = new Map<string, OptionSpec>();
  for (const option of options) {
    byLong.set(option.long, option);
    option.aliases?.forEach((a) => byLong.set(a, option));
    if (option.short) byShort.set(option.short, option);
  }
  return { byLong, byShort };
}

interface ParseTarget {
  options: Map<string, string[]>;
  args: string[];
  hints: string[];
  spellings: Map<string, string>;
}

/**
 * Reads options and arguments with a table of the command's options. Options may come before
 * or after arguments, except past `stopAtFirstArg` arguments (`docker run IMAGE CMD…`).
 */
function parseOptions(tokens: string[], spec: CommandSpec, into: ParseTarget): void {
  const { byLong, byShort } = optionIndex(spec.options);
  const set = (option: OptionSpec, value: string, spelling: string) => {
    const key = option.long;
    const normalized = option.value ? normalizeValue(key, value) : '';
    const values = into.options.get(key) ?? [];
    if (option.multi) values.push(normalized);
    else values.splice(0, values.length, normalized);
    into.options.set(key, values);
    if (!into.spellings.has(key)) into.spellings.set(key, spelling);
  };
  const unknown = (spelling: string, value = '') => {
    into.options.set(`?${spelling}`, [value]);
    into.spellings.set(`?${spelling}`, spelling);
  };
  let positional = 0;
  let rest = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (rest || token === '-' || !token.startsWith('-') || /^-\d/.test(token)) {
      into.args.push(token);
      positional++;
      if (!rest && spec.stopAtFirstArg && positional >= spec.stopAtFirstArg) rest = true;
      continue;
    }
    if (token === '--') {
      rest = true;
      continue;
    }
    if (token.startsWith('--')) {
      const eq = token.indexOf('=');
      const name = token.slice(2, eq < 0 ? undefined : eq);
      const inline = eq < 0 ? undefined : token.slice(eq + 1);
      const option = byLong.get(name);
      if (!option) {
        unknown(`--${name}`, inline ?? '');
        continue;
      }
      if (option.value) {
        const value = inline ?? tokens[++i];
        if (value === undefined) into.hints.push(`l’option --${name} attend une valeur`);
        set(option, value ?? '', `--${name}`);
      } else if (inline === 'false') {
        into.options.delete(option.long);
      } else set(option, '', `--${name}`);
      continue;
    }
    // A long option written with one dash (`-all`, `-name`): the CLI reads it letter by letter.
    const word = token.slice(1);
    if (word.length > 2 && byLong.has(word)) {
      into.hints.push(
        `« ${token} » n’est pas « --${word} » : avec un seul tiret, la commande lit ${[...word].map((c) => `-${c}`).join(' ')}`,
      );
    }
    for (let j = 1; j < token.length; j++) {
      const letter = token[j];
      const option = byShort.get(letter);
      if (!option) {
        unknown(`-${letter}`);
        continue;
      }
      if (option.value) {
        let value: string | undefined = token.slice(j + 1).replace(/^=/, '');
        if (!value) value = tokens[++i];
        if (value === undefined) into.hints.push(`l’option -${letter} attend une valeur`);
        set(option, value ?? '', `-${letter}`);
        break;
      }
      set(option, '', `-${letter}`);
    }
  }
  for (const [key, values] of into.options) {
    const option = byLong.get(key);
    if (option?.multi) values.sort();
  }
  into.args = into.args.map((arg, index) =>
    (spec.imageArgs === 'first' && index === 0) || spec.imageArgs === 'all' ? normalizeImage(arg) : normalizePath(arg),
  );
  // With stopAtFirstArg the image is the first argument; what follows is the container's command.
}

const ALIASES = new Map(COMMAND_ALIASES);
const DOCKER_GLOBAL: OptionSpec[] = [
  { long: 'context', short: 'c', value: true },
  { long: 'host', short: 'H', value: true },
  { long: 'debug', short: 'D' },
  { long: 'log-level', short: 'l', value: true },
];

/** Finds the canonical Docker subcommand among the first words; returns it and how many words it used. */
function resolveDockerCommand(words: string[]): [string, number] {
  const two = words.slice(0, 2).join(' ');
  if (COMMANDS[two]) return [two, 2];
  if (ALIASES.has(two)) return [ALIASES.get(two)!, 2];
  const one = words[0] ?? '';
  if (ALIASES.has(one)) return [ALIASES.get(one)!, 1];
  if (COMMANDS[one]) return [one, 1];
  return [two, Math.min(2, words.length)];
}

function emptyParsed(program: string): ParsedCommand {
  return { program, command: '', options: new Map(), args: [], notes: [], hints: [], spellings: new Map(), written: '' };
}

/** Leading options (before the subcommand) and the index of the first word. */
function leadingOptions(tokens: string[], options: OptionSpec[], into: ParseTarget): number {
  const { byLong, byShort } = optionIndex(options);
  let i = 0;
  while (i < tokens.length && tokens[i].startsWith('-')) {
    const t = tokens[i];
    const [name, inline] = t.startsWith('--') ? [t.slice(2).split('=')[0], t.includes('=') ? t.slice(t.indexOf('=') + 1) : undefined] : [t.slice(1, 2), t.length > 2 ? t.slice(2) : undefined];
    const option = t.startsWith('--') ? byLong.get(name) : byShort.get(name);
    if (!option) break;
    const value = option.value ? (inline ?? tokens[++i] ?? '') : '';
    const values = into.options.get(option.long) ?? [];
    values.push(option.value ? normalizeValue(option.long, value) : '');
    into.options.set(option.long, values);
    into.spellings.set(option.long, t.startsWith('--') ? `--${name}` : `-${name}`);
    i++;
  }
  return i;
}

function parseDocker(program: string, tokens: string[]): ParsedCommand {
  const parsed = emptyParsed(program);
  let rest = tokens;
  if (program === 'docker-compose') {
    parsed.program = 'docker';
    parsed.notes.push('« docker-compose » est l’ancienne syntaxe (Compose V1) : écrivez plutôt « docker compose ».');
    rest = ['compose', ...tokens];
  } else {
    rest = rest.slice(leadingOptions(rest, DOCKER_GLOBAL, parsed));
  }
  if (rest[0] === 'compose') {
    const composeSpec = COMMANDS['compose up'];
    const start = 1 + leadingOptions(rest.slice(1), composeSpec.options.slice(0, 4), parsed);
    const sub = rest[start] ?? '';
    parsed.command = `compose ${sub}`.trim();
    parsed.written = parsed.command;
    const spec = COMMANDS[parsed.command] ?? { options: [] };
    parseOptions(rest.slice(start + 1), spec, parsed);
    return parsed;
  }
  const [command, used] = resolveDockerCommand(rest);
  parsed.command = command;
  parsed.written = rest.slice(0, used).join(' ');
  parseOptions(rest.slice(used), COMMANDS[command] ?? { options: [] }, parsed);
  return parsed;
}

/** kubectl: verb (with its sub-verb for `rollout`, `set`, `create`…), resources normalised. */
function parseKubectl(tokens: string[]): ParsedCommand {
  const parsed = emptyParsed('kubectl');
  const words: string[] = [];
  const afterVerb: string[] = [];
  // The verb is the first word that is not an option; kubectl accepts options anywhere.
  let i = leadingOptions(tokens, KUBECTL_GLOBAL, parsed);
  words.push(tokens[i++] ?? '');
  if (['rollout', 'set', 'create', 'config', 'top', 'auth'].includes(words[0]) && tokens[i] && !tokens[i].startsWith('-')) {
    words.push(tokens[i++]);
  }
  afterVerb.push(...tokens.slice(i));
  parsed.command = words.join(' ');
  parsed.written = parsed.command;
  const verbOptions = KUBECTL_VERB_OPTIONS[words[0]] ?? [];
  const overridden = new Set(verbOptions.map((o) => o.short));
  const options = [...verbOptions, ...KUBECTL_GLOBAL.map((o) => (overridden.has(o.short) ? { ...o, short: undefined } : o))];
  parseOptions(afterVerb, { options }, parsed);
  // `deployment/web` ≡ `deployment web`; `po` ≡ `pods`; `pods,svc` ≡ `svc,pods`.
  const args: string[] = [];
  parsed.args.forEach((arg, index) => {
    const slash = /^([a-z]+)\/(.+)$/.exec(arg);
    if (slash && KUBECTL_RESOURCES[slash[1]]) args.push(KUBECTL_RESOURCES[slash[1]], slash[2]);
    else if (index === 0 && arg.split(',').every((r) => KUBECTL_RESOURCES[r]))
      args.push(arg.split(',').map((r) => KUBECTL_RESOURCES[r]).sort().join(','));
    else args.push(arg);
  });
  parsed.args = args;
  return parsed;
}

/** A command line → its meaning. Throws CommandSyntaxError on an unclosed quote or an empty line. */
export function parseCommand(input: string): ParsedCommand {
  const tokens = tokenize(input);
  if (tokens.length === 0) throw new CommandSyntaxError('aucune commande saisie');
  const [program, ...rest] = tokens;
  if (program === 'docker' || program === 'docker-compose' || program === 'podman') return parseDocker(program, rest);
  if (program === 'kubectl') return parseKubectl(rest);
  const parsed = emptyParsed(program);
  parsed.args = rest;
  return parsed;
}

function sameValues(a: string[] | undefined, b: string[] | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((v, i) => v === b[i]);
}

/** How the feedback names an option: as the learner wrote it, else by its short form. */
function optionName(key: string, parsed: ParsedCommand): string {
  return parsed.spellings.get(key) ?? (key.startsWith('?') ? key.slice(1) : `--${key}`);
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
  for (const [key, values] of expected.options) {
    const theirs = given.options.get(key);
    if (!theirs) out.push(`il manque l’option ${optionLabel(key, expected)}`);
    else if (!sameValues(values, theirs)) {
      const reversed = key === 'publish' && values.length === 1 && theirs.length === 1 && theirs[0].split(':').reverse().join(':') === values[0];
      out.push(
        reversed
          ? `les ports de ${optionName(key, given)} sont inversés : le port de l’hôte vient d’abord, puis celui du conteneur (hôte:conteneur)`
          : `la valeur de l’option ${optionName(key, given)} ne convient pas (« ${theirs.join(' ')} »)`,
      );
    }
  }
  for (const key of given.options.keys()) {
    if (!expected.options.has(key)) {
      out.push(
        key.startsWith('?')
          ? `l’option ${key.slice(1)} n’existe pas pour cette commande`
          : `l’option ${optionName(key, given)} n’est pas demandée`,
      );
    }
  }
  const n = Math.min(expected.args.length, given.args.length);
  for (let i = 0; i < n; i++) {
    if (expected.args[i] !== given.args[i]) out.push(`l’argument « ${given.args[i]} » ne convient pas`);
  }
  if (given.args.length < expected.args.length) {
    out.push(
      expected.args.length - given.args.length > 1
        ? `il manque ${expected.args.length - given.args.length} arguments`
        : 'il manque un argument (un nom de conteneur, d’image, de fichier ou de service…)',
    );
  }
  given.args.slice(expected.args.length).forEach((arg) => out.push(`l’argument « ${arg} » est en trop`));
  return [...new Set(out)];
}

/** Grades a typed command against the accepted answers; the closest answer explains the miss. */
export function gradeCommand(input: string, accepted: readonly string[]): CommandGrade {
  let given: ParsedCommand;
  try {
    given = parseCommand(input);
  } catch (error) {
    const reason = error instanceof CommandSyntaxError ? error.message : 'commande illisible';
    return { correct: false, differences: [reason.charAt(0).toUpperCase() + reason.slice(1) + '.'], notes: [] };
  }
  let best: string[] | null = null;
  let bestDistance = Infinity;
  for (const answer of accepted) {
    const expected = parseCommand(answer);
    const diff = differences(expected, given);
    if (diff.length === 0) return { correct: true, differences: [], notes: given.notes };
    // Another program or subcommand is further away than a missing option or argument.
    const distance = diff.length + (expected.program !== given.program ? 100 : expected.command !== given.command ? 10 : 0);
    if (distance < bestDistance) [best, bestDistance] = [diff, distance];
  }
  const sentences = (best ?? []).map((d) => d.charAt(0).toUpperCase() + d.slice(1) + '.');
  return { correct: false, differences: sentences, notes: given.notes };
}

/** True when two command lines mean the same thing for the grader. */
export function sameCommand(a: string, b: string): boolean {
  try {
    return differences(parseCommand(a), parseCommand(b)).length === 0;
  } catch {
    return false;
  }
}
