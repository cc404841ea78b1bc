// The table of `docker` subcommands. Each command file registers its handlers; build and
// compose (term-build) register theirs the same way, from their own files, and reuse the
// daemon helpers re-exported below instead of copying `docker run`'s semantics.
import type { ParsedCommand } from '../cli';
import type { Sim, RunResult } from '../index';
import type { SimState } from '../state';

export class Output {
  readonly chunks: { fd: 1 | 2; text: string }[] = [];
  /** Standard output (what `>` redirects). */
  out(text: string): void {
    this.chunks.push({ fd: 1, text });
  }
  /** Standard error (stays on screen under `>`). */
  err(text: string): void {
    this.chunks.push({ fd: 2, text });
  }
}

export interface CommandContext {
  sim: Sim;
  /** Mutable: handlers change the daemon's state through it. */
  state: SimState;
  parsed: ParsedCommand;
  /** Positional arguments (as parsed). */
  args: string[];
  out: Output;
  /** What a pipe or a here-document feeds the command (`docker compose -f - up`). */
  stdin?: string;
}

/** A handler prints through `ctx.out` and returns the exit code, or returns a whole RunResult. */
export type DockerHandler = (ctx: CommandContext) => RunResult | number;

const HANDLERS = new Map<string, DockerHandler>();

/**
 * `registerDocker('container run', h)`: canonical command path as parseCommand gives it
 * (`container run`, `image ls`, `buildx build`, `compose up`); a group name (`compose`)
 * catches every subcommand of the group that has no handler of its own.
 */
export function registerDocker(subcommand: string, handler: DockerHandler): void {
  HANDLERS.set(subcommand, handler);
}

export function dockerHandler(command: string): DockerHandler | undefined {
  return HANDLERS.get(command) ?? HANDLERS.get(command.split(' ')[0]);
}

export const registeredCommands = () => [...HANDLERS.keys()];

export {
  connect, createContainer, ensureNetwork, ensureVolume, exited, imageFiles, killContainer, locate, now, pullImage, removeContainer,
  startContainer, stopContainer, type ContainerSpec, type MountSpec,
} from '../engine';
export { findContainer, findImage, findNetwork, findVolume } from '../state';
