// `docker …`: the grader's parser reads the line, the CLI's own errors are printed in its
// words, then the registered handler runs.
import { CommandSyntaxError, parseCommand, type ParsedCommand } from '../cli';
import type { Sim } from '../index';
import { need, NOT_LOADED, pendingGroup } from '../lazy';
import type { ExecResult } from '../shell';
import { cliError, commandPath, useLine } from './common';
import { dockerHandler, Output } from './registry';
import './index';

/** Words back into one line that `tokenize` splits into the same words. */
export const quoteWords = (words: string[]) => words.map((w) => (/^[\w./:=@,+%-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`)).join(' ');

export const DOCKER_VERSION = 'Docker version 29.0.2, build 8108357';

export function runDocker(sim: Sim, words: string[], stdin?: string): ExecResult {
  let parsed: ParsedCommand;
  try {
    parsed = parseCommand(quoteWords(words));
  } catch (error) {
    return { chunks: [{ fd: 2, text: `bash: ${error instanceof CommandSyntaxError ? error.message : 'ligne illisible'}` }], code: 2 };
  }
  const out = new Output();
  if (!parsed.command && parsed.options.has('version')) return { chunks: [{ fd: 1, text: DOCKER_VERSION }], code: 0 };
  if (parsed.options.has('help')) {
    out.out(`Usage:  ${parsed.command ? useLine(parsed) : 'docker [OPTIONS] COMMAND'}`);
    out.out(`(L’aide complète de ${parsed.command ? commandPath(parsed) : 'docker'} n’est pas reproduite ici : voir /revision/aide-memoire/docker/.)`);
    return { chunks: out.chunks, code: 0 };
  }
  const error = cliError(parsed, words.slice(1));
  if (error) {
    const code = parsed.errors[0].code === 'arguments' || parsed.errors[0].code === 'unknown-command' || parsed.errors[0].code === 'missing-command' ? 1 : 125;
    return { chunks: [{ fd: 2, text: error }], code };
  }
  const handler = dockerHandler(parsed.command);
  if (!handler && pendingGroup(parsed.command)) {
    return { chunks: [{ fd: 2, text: NOT_LOADED }], code: 1 };
  }
  if (!handler) return { chunks: [{ fd: 2, text: need('notSimulated').dockerNotSimulated(parsed.command, parsed.written || parsed.command) }], code: 127 };
  const result = handler({ sim, state: sim.state, parsed, args: parsed.args, out, stdin });
  if (typeof result === 'number') return { chunks: out.chunks, code: result };
  const chunks = [...out.chunks];
  if (result.output) chunks.push({ fd: result.exitCode === 0 ? 1 : 2, text: result.output });
  return { chunks, code: result.exitCode, clear: result.clear };
}

