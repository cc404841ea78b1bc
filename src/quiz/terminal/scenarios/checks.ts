// Small questions over the simulated state that the steps of several scenarios ask. Pure.
import { findImage, type Container, type SimState } from '../state';
import { resolvePath } from '../fs';

export const HOME = '/home/etudiant';
/** The prompt's `~/tp`: where every scenario starts. */
export const TP = `${HOME}/tp`;

export const containerNamed = (state: SimState, name: string) => state.containers.find((c) => c.name === name);

export const isRunning = (c: Container | undefined): c is Container => c?.state === 'running';

/** The container publishes `hostPort` (TCP) to `containerPort`. */
export const publishes = (c: Container, hostPort: number, containerPort: number) =>
  c.ports.some((p) => p.hostPort === hostPort && p.containerPort === containerPort && p.proto === 'tcp');

/** The container runs the image that `ref` names now (`nginx:1.30` = `docker.io/library/nginx:1.30`). */
export function runsImage(state: SimState, c: Container, ref: string): boolean {
  const image = findImage(state, ref);
  return !!image && image.id === c.imageId;
}

/** A bind mount of `source` (absolute) on `destination`, trailing slashes ignored. */
export function bindMounts(c: Container, source: string, destination: string): boolean {
  const norm = (p: string) => resolvePath(p);
  return c.mounts.some((m) => m.type === 'bind' && norm(m.source) === norm(source) && norm(m.destination) === norm(destination));
}

/** The containers of one service of a Compose project (labels set by Compose). */
export const serviceContainers = (state: SimState, project: string, service: string) =>
  state.containers.filter((c) => c.labels['com.docker.compose.project'] === project && c.labels['com.docker.compose.service'] === service);

export const projectContainers = (state: SimState, project: string) =>
  state.containers.filter((c) => c.labels['com.docker.compose.project'] === project);

export const runningOf = (containers: Container[]) => containers.filter((c) => c.state === 'running');

export const hasVolume = (state: SimState, name: string) => state.volumes.some((v) => v.name === name);

/** `KEY=value` lines of an env file (comments and blanks ignored, quotes removed). */
export function envFile(text: string | undefined): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of (text ?? '').split('\n')) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && !line.trim().startsWith('#')) vars[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return vars;
}
