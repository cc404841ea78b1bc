// The one notation for every CLI table (docker, compose, buildx, kubectl, lsns, minikube, podman).
// Tables ship with every quiz and will feed the simulated terminal, so a command is one short
// string, parsed once when the module loads. Words, separated by spaces:
//
//   option   [s:]long[|alias…][kind][type][?noopt][~default]
//            s:      one-letter short form (`d:detach` is -d / --detach)
//            |alias  another long name for the same option; `|time!` marks it deprecated
//            kind    none: boolean flag; `=` takes one value; `*` repeatable (array);
//                    `+` repeatable and comma-separated (pflag StringSlice: `--platform a,b`)
//            type    value type (letters below); none: plain string
//            ?x      value when the option is given without one (pflag NoOptDefVal)
//            ~x      default value: writing it explicitly changes nothing (`-d bridge`)
//   >N       options stop after N positional arguments (SetInterspersed(false): `run IMAGE CMD…`)
//   @1 / @*  the first / every positional argument is an image reference
//   #N  #N+  #N-M   how many positional arguments the command takes
//   ^        a command group (`docker compose`): its options come before the subcommand
//
// Value types: b boolean (only with `~` or `?`), i integer, f decimal number, m memory size
// (`512m`, `0.5g`), d Go duration (`1m30s`), I image reference, P file path, p published port,
// v volume (`-v src:dst[:opts]`), M mount (`--mount k=v,…`), r kubectl --dry-run.
// Tables are Maps (never plain objects), so `docker constructor` is just an unknown command.

export type ValueType = 'bool' | 'string' | 'int' | 'float' | 'bytes' | 'duration' | 'image' | 'path' | 'publish' | 'volume' | 'mount' | 'dryrun';

export interface OptionSpec {
  /** Canonical long name, without dashes: 'detach'. */
  long: string;
  /** One-letter short form, if any: 'd'. */
  short?: string;
  /** Other long names accepted for the same option. */
  aliases?: string[];
  /** Aliases the CLI still accepts but calls deprecated (`--time` for `--timeout`). */
  deprecated?: string[];
  /** 'bool' for a flag; otherwise the type of its value. */
  type: ValueType;
  /** May be repeated; the values form an array (compared as an unordered set). */
  multi?: boolean;
  /** Repeatable and split on commas (pflag StringSlice). */
  slice?: boolean;
  /** Value when written without one (`--dry-run` alone is `--dry-run=unchanged`). */
  noOpt?: string;
  /** The CLI's default: an explicit default is the same command as no option. */
  default?: string;
}

export interface CommandSpec {
  options: OptionSpec[];
  /** Options stop after this many positional arguments. */
  stopAtFirstArg?: number;
  /** Which positional arguments are image references. */
  imageArgs?: 'first' | 'all';
  minArgs?: number;
  /** Undefined: no limit. */
  maxArgs?: number;
  /** A group such as `docker compose`: needs a subcommand, its options come before it. */
  group?: boolean;
}

const TYPES: Record<string, ValueType> = {
  b: 'bool', i: 'int', f: 'float', m: 'bytes', d: 'duration', I: 'image', P: 'path', p: 'publish', v: 'volume', M: 'mount', r: 'dryrun',
};

/** One option from its compact form: `p:publish*p`, `t:timeout|time!=i`, `rm`. */
export function parseOption(word: string): OptionSpec {
  const match = /^(?:(\w):)?([\w!|-]+)([=*+]?)([a-zA-Z]?)(?:\?([^~]*))?(?:~(.*))?$/.exec(word);
  if (!match) throw new Error(`notation d’option illisible : « ${word} »`);
  const [, short, names, kind, typeLetter, noOpt, def] = match;
  const [long, ...others] = names.split('|');
  const aliases = others.map((a) => a.replace(/!$/, ''));
  const deprecated = others.filter((a) => a.endsWith('!')).map((a) => a.slice(0, -1));
  const type: ValueType = typeLetter ? TYPES[typeLetter] : kind ? 'string' : 'bool';
  if (!type) throw new Error(`type de valeur inconnu dans « ${word} »`);
  return {
    long,
    type,
    ...(short ? { short } : {}),
    ...(aliases.length ? { aliases } : {}),
    ...(deprecated.length ? { deprecated } : {}),
    ...(kind === '*' || kind === '+' ? { multi: true } : {}),
    ...(kind === '+' ? { slice: true } : {}),
    ...(noOpt !== undefined ? { noOpt } : {}),
    ...(def !== undefined ? { default: def } : {}),
  };
}

/** A command's spec from its compact form. */
export function parseSpec(text: string): CommandSpec {
  const spec: CommandSpec = { options: [] };
  for (const word of text.split(' ').filter(Boolean)) {
    if (word.startsWith('>')) spec.stopAtFirstArg = Number(word.slice(1));
    else if (word === '@1') spec.imageArgs = 'first';
    else if (word === '@*') spec.imageArgs = 'all';
    else if (word === '^') spec.group = true;
    else if (word.startsWith('#')) {
      const [, min, plus, max] = /^#(\d+)(\+)?(?:-(\d+))?$/.exec(word) ?? [];
      if (min === undefined) throw new Error(`nombre d’arguments illisible : « ${word} »`);
      spec.minArgs = Number(min);
      if (!plus) spec.maxArgs = max === undefined ? Number(min) : Number(max);
    } else spec.options.push(parseOption(word));
  }
  return spec;
}

/** A table: command path → spec, as a Map so no inherited name (`constructor`) is a command. */
export function table(specs: readonly (readonly [string, string])[]): Map<string, CommandSpec> {
  return new Map(specs.map(([name, text]) => [name, parseSpec(text)]));
}

/** A program's description: what the parser needs to read a line of it. */
export interface Cli {
  program: string;
  /** Options of the program itself, written before the command (`docker --context x ps`). */
  root: OptionSpec[];
  /** kubectl: root options are accepted anywhere on the line. */
  persistentRoot?: boolean;
  /** Command path (`container run`) → spec; groups (`container`, `compose`) included. */
  commands: Map<string, CommandSpec>;
  /** Other spellings → command path (`ps` → `container ls`). */
  aliases: Map<string, string>;
  /** Runs without a command (`lsns -t net`): the root spec is the command. */
  single?: CommandSpec;
}
