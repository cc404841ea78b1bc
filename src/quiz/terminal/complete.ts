// Tab completion of the last word: programs, docker subcommands and options (from the
// grader's CLI tables), then names of containers, images, volumes, networks, and file paths.
// The whole first chunk, imported by every on-demand part: the build then keeps it in one piece
// (split by which parts reach it, it would make a dozen small chunks, each compressing less well).
import './index';
import { cliFor, tokenize } from './cli';
import { builtinNames } from './builtins';
import { CATALOGUE } from './catalogue';
import { resolvePath } from './fs';
import { late } from './lazy';
import type { Sim } from './index';

const CONTAINER_CMDS = new Set(['start', 'stop', 'restart', 'kill', 'rm', 'logs', 'exec', 'inspect', 'top', 'stats', 'port', 'pause', 'unpause', 'rename', 'cp', 'diff', 'attach', 'wait', 'update', 'commit', 'export']);
const IMAGE_CMDS = new Set(['run', 'create', 'pull', 'push', 'rmi', 'tag', 'history', 'save', 'rm', 'inspect']);

export function completeLine(sim: Sim, line: string): string[] {
  const endsWithSpace = /\s$/.test(line);
  let words: string[];
  try {
    words = tokenize(line.replace(/.*(?:&&|\|\||;|\|)\s*/, ''));
  } catch {
    return [];
  }
  const current = endsWithSpace ? '' : (words.pop() ?? '');
  const pick = (candidates: Iterable<string>) => [...new Set(candidates)].filter((c) => c.startsWith(current)).sort();
  if (words.length === 0) return pick(['docker', ...builtinNames()]);
  if (words[0] !== 'docker') return paths(sim, current);
  const docker = cliFor('docker')!;
  const rest = words.slice(1).filter((w) => !w.startsWith('-'));
  // The command path typed so far (`container`, `volume ls`…).
  const known = [...docker.commands.keys(), ...docker.aliases.keys()];
  const typed = rest.filter((_, i) => known.includes(rest.slice(0, i + 1).join(' ')));
  const path = typed.join(' ');
  const canonical = docker.aliases.get(path) ?? path;
  const spec = docker.commands.get(canonical);
  if (!spec || spec.group) {
    const prefix = path ? `${path} ` : '';
    const next = known.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split(' ')[0]);
    if (current.startsWith('-')) return pick(docker.root.map((o) => `--${o.long}`));
    return pick(next);
  }
  if (current.startsWith('-')) return pick(spec.options.flatMap((o) => [`--${o.long}`, ...(o.short && current.length < 3 ? [`-${o.short}`] : [])]));
  const last = canonical.split(' ').at(-1)!;
  const state = sim.state;
  const group = canonical.split(' ')[0];
  const prev = words.at(-1) ?? '';
  if (['--network', '--net'].includes(prev) || (group === 'network' && ['rm', 'inspect', 'connect', 'disconnect'].includes(last) && rest.length === typed.length)) return pick(state.networks.map((n) => n.name));
  if (group === 'volume' && ['rm', 'inspect'].includes(last)) return pick(state.volumes.map((v) => v.name));
  if (['-v', '--volume'].includes(prev)) return pick([...state.volumes.map((v) => `${v.name}:`), ...paths(sim, current)]);
  if (group === 'image' || (IMAGE_CMDS.has(last) && group !== 'container') || (group === 'container' && ['run', 'create'].includes(last))) {
    if (rest.length > typed.length && ['run', 'create'].includes(last)) return paths(sim, current);
    const local = state.images.flatMap((i) => i.repoTags);
    const remote = CATALOGUE.flatMap((e) => e.tags.map((t) => `${e.repo}:${t}`));
    return pick([...local, ...remote]);
  }
  if (CONTAINER_CMDS.has(last) || group === 'container') return pick(state.containers.map((c) => c.name));
  return paths(sim, current);
}

function paths(sim: Sim, current: string): string[] {
  const slash = current.lastIndexOf('/');
  const dirPart = slash >= 0 ? current.slice(0, slash + 1) : '';
  const dir = resolvePath(dirPart || '.', sim.state.cwd, sim.state.home);
  const fs = sim.state.fs;
  if (!fs.isDir(dir)) return [];
  return fs
    .list(dir)
    .filter((n) => n.startsWith(current.slice(slash + 1)))
    .map((n) => `${dirPart}${n}${fs.isDir(resolvePath(n, dir)) ? '/' : ''}`);
}

// On demand (lazy.ts): the first Tab loads it (Sim.prepareCompletion), then Sim.complete reaches it.
late.complete = { completeLine };
