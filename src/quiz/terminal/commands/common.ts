// What every docker command shares: usage lines (cobra `Use:`), the CLI's argument and flag
// errors, and resolving containers by name. Read in github:docker/cli
// 28f756087eea5fa301f3fbf12b01ae62f91521c2: cli/required.go, cli/cobra.go (FlagErrorFunc),
// and the `Use:` of each command in cli/command/{container,image,volume,network,system}/*.go.
import { cliFor, type ParsedCommand } from '../cli';
import { M } from '../messages';
import { findContainer, type Container, type SimState } from '../state';
import type { CommandContext } from './registry';

/** cobra `Use:` after the command name. */
const USAGE: Record<string, string> = {
  'container run': '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  'container create': '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  'container start': '[OPTIONS] CONTAINER [CONTAINER...]',
  'container stop': '[OPTIONS] CONTAINER [CONTAINER...]',
  'container restart': '[OPTIONS] CONTAINER [CONTAINER...]',
  'container kill': '[OPTIONS] CONTAINER [CONTAINER...]',
  'container rm': '[OPTIONS] CONTAINER [CONTAINER...]',
  'container logs': '[OPTIONS] CONTAINER',
  'container exec': '[OPTIONS] CONTAINER COMMAND [ARG...]',
  'container inspect': '[OPTIONS] CONTAINER [CONTAINER...]',
  'container top': 'CONTAINER [ps OPTIONS]',
  'container stats': '[OPTIONS] [CONTAINER...]',
  'container prune': '[OPTIONS]',
  'container port': 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  'container pause': 'CONTAINER [CONTAINER...]',
  'container unpause': 'CONTAINER [CONTAINER...]',
  'container rename': 'CONTAINER NEW_NAME',
  'container cp': '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-',
  'container ls': '[OPTIONS]',
  'image ls': '[OPTIONS] [REPOSITORY[:TAG]]',
  'image rm': '[OPTIONS] IMAGE [IMAGE...]',
  'image pull': '[OPTIONS] NAME[:TAG|@DIGEST]',
  'image push': '[OPTIONS] NAME[:TAG]',
  'image tag': 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  'image history': '[OPTIONS] IMAGE',
  'image inspect': '[OPTIONS] IMAGE [IMAGE...]',
  'image prune': '[OPTIONS]',
  'volume create': '[OPTIONS] [VOLUME]',
  'volume ls': '[OPTIONS]',
  'volume inspect': '[OPTIONS] VOLUME [VOLUME...]',
  'volume rm': '[OPTIONS] VOLUME [VOLUME...]',
  'volume prune': '[OPTIONS]',
  'network create': '[OPTIONS] NETWORK',
  'network ls': '[OPTIONS]',
  'network inspect': '[OPTIONS] NETWORK [NETWORK...]',
  'network rm': 'NETWORK [NETWORK...]',
  'network prune': '[OPTIONS]',
  'network connect': '[OPTIONS] NETWORK CONTAINER',
  'network disconnect': '[OPTIONS] NETWORK CONTAINER',
  'system df': '[OPTIONS]',
  'system prune': '[OPTIONS]',
  inspect: '[OPTIONS] NAME|ID [NAME|ID...]',
};

/** The command path as typed (`docker rm`, `docker container rm`). */
export const commandPath = (parsed: ParsedCommand) => `docker ${parsed.written || parsed.command}`;

export function useLine(parsed: ParsedCommand): string {
  return `${commandPath(parsed)} ${USAGE[parsed.command] ?? '[OPTIONS]'}`;
}

/** The CLI's words for what parseCommand refused (cli/required.go, cli/cobra.go). */
export function cliError(parsed: ParsedCommand, tokens: string[]): string | null {
  const error = parsed.errors[0];
  if (!error) return null;
  const path = commandPath(parsed);
  const usage = `\n\nUsage:  ${useLine(parsed)}\n\nRun '${path} --help' for more information`;
  switch (error.code) {
    case 'unknown-option': {
      const flag = /: (-\S+)/.exec(error.message)?.[1] ?? '';
      const text = flag.startsWith('--') ? `unknown flag: ${flag}` : `unknown shorthand flag: '${flag.slice(1)}' in ${tokens.find((t) => t.startsWith('-') && !t.startsWith('--') && t.includes(flag.slice(1))) ?? flag}`;
      return parsed.command ? `${text}${usage}` : `${text}\nSee 'docker --help'.`;
    }
    case 'missing-value': {
      const flag = /option (-\S+)/.exec(error.message)?.[1] ?? '';
      return `flag needs an argument: ${flag.startsWith('--') ? flag : `'${flag.slice(1)}' in ${flag}`}${usage}`;
    }
    case 'bad-value': {
      const spelled = parsed.spellings.get(error.option ?? '') ?? `--${error.option}`;
      const value = parsed.writtenValues.get(error.option ?? '')?.at(-1) ?? /« (.*) »/.exec(error.message)?.[1] ?? '';
      return `invalid argument "${value}" for "${spelled.startsWith('--') ? spelled : `${spelled}, --${error.option}`}" flag: ${badValueReason(error.option ?? '', value)}${usage}`;
    }
    case 'arguments': {
      // cli/required.go: NoArgs, ExactArgs, RequiresMinArgs, RequiresMaxArgs, RequiresRangeArgs.
      const spec = cliFor('docker')?.commands.get(parsed.command);
      const min = spec?.minArgs ?? 0;
      const max = spec?.maxArgs;
      const plural = (n: number) => `argument${n === 1 ? '' : 's'}`;
      if (max === 0) return `docker: '${path}' accepts no arguments${usage}`;
      if (max === min) return `docker: '${path}' requires ${min} ${plural(min)}${usage}`;
      if (max !== undefined && min > 0) return `docker: '${path}' requires at least ${min} and at most ${max} ${plural(max)}${usage}`;
      if (max !== undefined) return `docker: '${path}' requires at most ${max} ${plural(max)}${usage}`;
      return `docker: '${path}' requires at least ${min} ${plural(min)}\n\nUsage:  ${useLine(parsed)}\n\nSee '${path} --help' for more information`;
    }
    case 'missing-command':
      return parsed.command
        ? `Usage:  docker ${parsed.command} COMMAND\n\nRun 'docker ${parsed.command} --help' for more information on a command.`
        : 'Usage:  docker [OPTIONS] COMMAND\n\nRun \'docker --help\' for more information on a command.';
    case 'unknown-command': {
      const words = (parsed.written || parsed.command).split(' ');
      if (words.length > 1) return `docker: unknown command: docker ${words.join(' ')}\n\nUsage:  docker ${words.slice(0, -1).join(' ')} COMMAND\n\nRun 'docker ${words.slice(0, -1).join(' ')} --help' for more information`;
      return `docker: unknown command: docker ${words[0]}\n\nRun 'docker --help' for more information`;
    }
    default:
      return error.message;
  }
}

function badValueReason(option: string, value: string): string {
  if (option === 'publish') return `Invalid containerPort: ${value.split(':').at(-1)}`;
  if (option === 'volume') return `invalid spec: ${value}: empty section between colons`;
  return `strconv.ParseInt: parsing "${value}": invalid syntax`;
}

/** Finds a container or prints the daemon's « No such container ». */
export function containerOr(ctx: CommandContext, name: string): Container | undefined {
  const c = findContainer(ctx.state, name);
  if (!c) ctx.out.err(M.noSuchContainer(name));
  return c;
}

/** Running or paused: the process exists. */
export const alive = (c: Container) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting';

export const opt = <T = string>(parsed: ParsedCommand, key: string): T | undefined => parsed.options.get(key) as T | undefined;
export const list = (parsed: ParsedCommand, key: string): string[] => ((parsed.options.get(key) as unknown[] | undefined) ?? []).map(String);
export const flag = (parsed: ParsedCommand, key: string): boolean => parsed.options.get(key) === true;

/** Options as typed (values before the grader's normalisation). */
export const written = (parsed: ParsedCommand, key: string): string[] => parsed.writtenValues.get(key) ?? [];

export const byCreation = (state: SimState) => [...state.containers].sort((a, b) => b.createdAt - a.createdAt || state.containers.indexOf(b) - state.containers.indexOf(a));
