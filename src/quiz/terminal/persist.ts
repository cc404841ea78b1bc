// Saving a free-mode session: the state as plain JSON (file systems as path lists), with a
// format version. A saved state that does not read back is refused (null), never half-loaded.
import { FileSystem } from './fs';
import type { Container, SimState, Volume } from './state';

export const FORMAT = 'cours-conteneurs-terminal';
export const VERSION = 1;

export function serialize(state: SimState): unknown {
  return {
    format: FORMAT,
    version: VERSION,
    state: {
      ...state,
      fs: state.fs.toJSON(),
      containers: state.containers.map((c) => ({ ...c, fs: c.fs.toJSON() })),
      volumes: state.volumes.map((v) => ({ ...v, files: v.files.toJSON() })),
    },
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function deserialize(data: unknown): SimState | null {
  if (!isObj(data) || data.format !== FORMAT || data.version !== VERSION || !isObj(data.state)) return null;
  const s = data.state;
  const arrays = ['images', 'containers', 'volumes', 'networks', 'composeProjects', 'history'];
  if (arrays.some((k) => !Array.isArray(s[k])) || typeof s.cwd !== 'string' || typeof s.seq !== 'number' || typeof s.seed !== 'number') return null;
  if (!(s.containers as unknown[]).every((c) => isObj(c) && typeof c.id === 'string' && typeof c.name === 'string' && Array.isArray(c.command))) return null;
  if (!(s.volumes as unknown[]).every((v) => isObj(v) && typeof v.name === 'string')) return null;
  try {
    return {
      ...(s as unknown as SimState),
      fs: FileSystem.fromJSON(s.fs),
      env: isObj(s.env) ? (s.env as Record<string, string>) : {},
      home: typeof s.home === 'string' ? s.home : '/home/etudiant',
      lastExit: typeof s.lastExit === 'number' ? s.lastExit : 0,
      clockOffset: typeof s.clockOffset === 'number' ? s.clockOffset : 0,
      nextPid: typeof s.nextPid === 'number' ? s.nextPid : 2841,
      containers: (s.containers as Record<string, unknown>[]).map((c) => ({ ...(c as unknown as Container), fs: FileSystem.fromJSON(c.fs) })),
      volumes: (s.volumes as Record<string, unknown>[]).map((v) => ({ ...(v as unknown as Volume), files: FileSystem.fromJSON(v.files) })),
    };
  } catch {
    return null;
  }
}
