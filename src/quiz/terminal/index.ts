// The practice terminal's engine: a simulated Docker 29 host, pure TypeScript, no DOM.
// `new Sim().run('docker run -d --name web -p 8080:80 nginx:1.30')` gives what the real CLI
// prints and changes `sim.state` as the daemon would; scenarios check that state.
import { emptyState, now, setClock, tick } from './engine';
import type { Host, HttpResult } from './http';
import { LAZY, late, lateReady, loadGroup, loadLate, need, NotLoaded, prepareLine } from './lazy';
import { heredocDelimiter, runInput } from './shell';
import { deserialize, serialize } from './persist';
import type { Container, SimState } from './state';

export interface RunResult {
  /** What the terminal shows (stdout then stderr lines, as the CLI prints them), no final newline. */
  output: string;
  exitCode: number;
  clear?: boolean;
  /**
   * The line reached a part of the simulator not loaded yet (the output says so in French and
   * the state is as before the line): resolves once that part is loaded, to run the line again.
   */
  pending?: Promise<void>;
}

export interface SimOptions {
  /** Clock in epoch ms (default Date.now): CREATED, Up…, log dates. */
  now?: () => number;
  /** Seed of ids and random names. */
  seed?: number;
}

export class Sim {
  readonly state: SimState;
  private readonly clock: () => number;

  constructor(opts: SimOptions = {}, state?: SimState) {
    this.clock = opts.now ?? Date.now;
    this.state = state ?? emptyState(opts.seed ?? 1);
    setClock(this.state, this.clock);
  }

  /**
   * Loads what `line` needs before `run` (call it, then `run`): `docker build` and `docker
   * compose` (with js-yaml), then `inspect`, `volume`, `network` and `system`, live in chunks of
   * their own (lazy.ts), fetched the first time a line mentions them. Resolves at once when the
   * line needs nothing more. Without it, `run` of such a line answers in French that this part
   * is not loaded yet (nothing crashes, the state is untouched).
   */
  prepare(line: string): Promise<void> {
    // What the line may run without naming it: the commands of containers and images, variables.
    const context = JSON.stringify([this.state.containers.map((c) => c.command), this.state.images.map((i) => i.config), this.state.env]);
    return prepareLine(line, context);
  }

  /** Runs one command line, or a here-document (first line, body, delimiter, '\n'-joined). */
  run(input: string): RunResult {
    const line = input.replace(/\s+$/, '');
    if (!line.trim()) return { output: '', exitCode: this.state.lastExit };
    // Until every on-demand part is here, the line may reach one that is not, halfway (a
    // container created, its one-shot process not run): the state then goes back to this copy.
    const before = lateReady() ? null : JSON.stringify(serialize(this.state));
    this.state.history.push(line);
    tick(this.state);
    let r: ReturnType<typeof runInput>;
    try {
      r = runInput(this, line);
    } catch (error) {
      if (!(error instanceof NotLoaded)) throw error;
      const back = before === null ? null : deserialize(JSON.parse(before));
      if (back) Object.assign(this.state, back);
      return { output: error.message, exitCode: 1, pending: loadGroup(error.group) };
    }
    this.state.lastExit = r.code;
    tick(this.state);
    return { output: r.chunks.map((c) => c.text).join('\n'), exitCode: r.code, ...(r.clear ? { clear: true } : {}) };
  }

  /** Runs a command for `$(…)` and returns its standard output. */
  capture(line: string): string {
    const r = runInput(this, line);
    return r.chunks.filter((c) => c.fd === 1).map((c) => `${c.text}\n`).join('');
  }

  heredocDelimiter(line: string): string | null {
    return heredocDelimiter(line);
  }

  /** Candidates for Tab; none before `prepareCompletion` has resolved (the tables load on demand). */
  complete(line: string): string[] {
    return late.complete ? late.complete.completeLine(this, line) : [];
  }

  /** Loads Tab completion (its chunk), once; the terminal awaits it at the first Tab. */
  prepareCompletion(): Promise<void> {
    return loadLate('complete');
  }

  /** Simulated now (the clock plus the time `sleep` and `docker stop` waited). */
  now(): number {
    return now(this.state);
  }

  /** Shell variables, including HOME, USER, PWD. */
  variables(): Record<string, string> {
    return {
      HOME: this.state.home, USER: 'etudiant', PATH: '/usr/local/bin:/usr/bin:/bin', SHELL: '/bin/bash', PWD: this.state.cwd, ...this.state.env,
    };
  }

  variable(name: string): string {
    if (name === '?') return String(this.state.lastExit);
    if (name === '$') return '2417';
    return this.variables()[name] ?? '';
  }

  toJSON(): unknown {
    return serialize(this.state);
  }

  /** Restores a saved session; anything unreadable starts a fresh host instead of throwing. */
  static fromJSON(data: unknown, opts: SimOptions = {}): Sim {
    const state = deserialize(data);
    return new Sim(opts, state ?? undefined);
  }
}

/** Loads every on-demand part (the UI may call it when the terminal sits idle). */
export async function loadAll(): Promise<void> {
  await Promise.all(LAZY.map(loadGroup));
}

/** What curl gets (tests; the HTTP part loads on demand: eager.ts in Node). */
export function httpGet(sim: Host, url: string, from?: Container): HttpResult {
  return need('http').httpGet(sim, url, from);
}

export type { SimState } from './state';
export { findContainer, findImage, findNetwork, findVolume } from './state';
