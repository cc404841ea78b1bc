// The daemon: images, containers, volumes, networks, and what happens to them. Commands
// (commands/*.ts, and compose/build on term-build's branch) call these helpers so that the
// semantics of `docker run` live in one place. Error strings are the daemon's words
// (see messages.ts for their sources).
import { CATALOGUE, catalogueEntry, entryDigest, entryId, knownRepo, splitRef, type CatalogueEntry } from './catalogue';
import { FileSystem, parentOf, resolvePath } from './fs';
import { digestOf, nameFor, nextId } from './ids';
import { M } from './messages';
import { boot, onSignal } from './process';
import type { Container, Image, Mount, Network, PortBinding, RestartPolicy, SimState, Volume } from './state';
import { findContainer, findImage, findNetwork, findVolume } from './state';

// ───────────────────────────── clock ─────────────────────────────

const CLOCKS = new WeakMap<SimState, () => number>();

/** Called by Sim: the injected clock of this state. */
export function setClock(state: SimState, clock: () => number): void {
  CLOCKS.set(state, clock);
}

/** Simulated now, in epoch ms (the injected clock plus what `sleep` added). */
export function now(state: SimState): number {
  return (CLOCKS.get(state) ?? Date.now)() + state.clockOffset;
}

export function emptyState(seed: number): SimState {
  const fs = new FileSystem({}, ['/home/etudiant/tp', '/tmp', '/etc']);
  fs.write('/etc/hostname', 'poste-etudiant\n');
  const state: SimState = {
    fs, cwd: '/home/etudiant', home: '/home/etudiant', env: {}, images: [], containers: [], volumes: [], networks: [], composeProjects: [],
    history: [], lastExit: 0, seq: 0, seed, clockOffset: 0, nextPid: 2841,
  };
  for (const [name, driver, subnet] of [['bridge', 'bridge', '172.17.0.0/16'], ['host', 'host', ''], ['none', 'null', '']] as const) {
    state.networks.push({ id: nextId(state), name, driver, internal: false, containers: [], subnet, gateway: subnet ? subnet.replace(/0\/16$/, '1') : '', labels: {}, createdAt: 0, builtin: true });
  }
  return state;
}

// ───────────────────────────── images ─────────────────────────────

/** What `docker images` calls a reference: `nginx:1.30`, `monid/site:1.0`. */
export const normalizeRef = (ref: string) => {
  const [repo, tag] = splitRef(ref);
  return `${repo}:${tag}`;
};

/** A valid reference (distribution/reference grammar, lower case). */
export function validRef(ref: string): boolean {
  return /^(?:[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/.test(ref);
}

function imageOfEntry(state: SimState, entry: CatalogueEntry, tag: string): Image {
  const created = now(state) - entry.age * 86400e3 - 7 * 3600e3;
  const perLayer = Math.floor(entry.content / entry.layers);
  return {
    id: `sha256:${entryId(entry)}`,
    repoTags: [`${entry.repo}:${tag}`],
    repoDigests: [`${entry.repo}@${entryDigest(entry)}`],
    size: entry.disk,
    contentSize: entry.content,
    layers: Array.from({ length: entry.layers }, (_, i) => ({
      digest: `sha256:${digestOf(`layer:${entry.repo}:${entry.tags[0]}:${i}`)}`,
      size: i === 0 ? entry.content - perLayer * (entry.layers - 1) : perLayer,
      createdBy: i === 0 ? `# debian.sh --arch 'amd64' out/ '${entry.os ?? 'scratch'}'` : `RUN /bin/sh -c set -x && … # buildkit`,
      createdAt: created,
    })),
    config: {
      cmd: entry.cmd, entrypoint: entry.entrypoint ?? [], env: entry.env ?? [], exposedPorts: entry.exposed ?? [], workingDir: entry.workdir ?? '',
      user: entry.user ?? '', volumes: entry.volumes, stopSignal: entry.stopSignal, labels: {},
    },
    createdAt: created,
    catalogue: `${entry.repo}:${entry.tags[0]}`,
    history: historyOf(entry, created, perLayer),
  };
}

/** What `docker history` shows for an official image: its metadata steps (0B) above its layers. */
function historyOf(entry: CatalogueEntry, at: number, perLayer: number): { createdBy: string; size: number; createdAt: number }[] {
  const meta = (text: string) => ({ createdBy: text, size: 0, createdAt: at });
  const json = (a: string[]) => `[${a.map((x) => JSON.stringify(x)).join(' ')}]`;
  const rows = [meta(`CMD ${json(entry.cmd)}`)];
  if (entry.stopSignal) rows.push(meta(`STOPSIGNAL ${entry.stopSignal}`));
  if (entry.exposed?.length) rows.push(meta(`EXPOSE map[${entry.exposed.map((p) => `${p}:{}`).join(' ')}]`));
  if (entry.entrypoint) rows.push(meta(`ENTRYPOINT ${json(entry.entrypoint)}`));
  if (entry.volumes?.length) rows.push(meta(`VOLUME [${entry.volumes.join(' ')}]`));
  if (entry.workdir) rows.push(meta(`WORKDIR ${entry.workdir}`));
  for (let i = entry.layers - 1; i >= 1; i--) rows.push({ createdBy: i === entry.layers - 1 && entry.entrypoint ? `COPY docker-entrypoint.sh /usr/local/bin/ # buildkit` : `RUN /bin/sh -c set -eux; \t${entry.repo === 'nginx' ? 'apt-get update' : 'savedAptMark="$(apt-mark showmanual)"'}; … # buildkit`, size: perLayer, createdAt: at });
  for (const e of (entry.env ?? []).slice(1).reverse()) rows.push(meta(`ENV ${e}`));
  rows.push(meta(`# debian.sh --arch 'amd64' out/ '${entry.os ?? 'scratch'}'`.replace(/'(Alpine[^']*)'/, "'$1'")));
  rows[rows.length - 1] = { createdBy: entry.os?.startsWith('Alpine') ? `ADD alpine-minirootfs-3.24.0-x86_64.tar.gz / # buildkit` : entry.repo === 'hello-world' ? 'COPY hello / # buildkit' : `# debian.sh --arch 'amd64' out/ 'trixie' '@1764547200'`, size: entry.content - perLayer * (entry.layers - 1), createdAt: at };
  return rows;
}

/** The catalogue entry an image came from (through its parents for built images). */
export function entryOf(state: SimState, image: Image): CatalogueEntry | undefined {
  for (let i: Image | undefined = image, k = 0; i && k < 20; k++) {
    if (i.catalogue) {
      const [repo, tag] = splitRef(i.catalogue);
      return CATALOGUE.find((e) => e.repo === repo && e.tags[0] === tag);
    }
    i = i.parent ? state.images.find((x) => x.id === i!.parent) : undefined;
  }
  return undefined;
}

export type PullResult = { image: Image; lines: string[]; downloaded: boolean } | { error: string };

/**
 * `docker pull` of a catalogue image: the progress lines, then the image is local. Pulling a tag
 * that is already local only prints « Image is up to date ». Unknown repositories and tags get
 * the registry's error.
 */
export function pullImage(state: SimState, ref: string): PullResult {
  const [repo, tag] = splitRef(ref);
  const full = `${repo}:${tag}`;
  const entry = catalogueEntry(full);
  const from = repo.includes('/') ? repo : `library/${repo}`;
  if (!entry) {
    if (knownRepo(repo)) return { error: M.manifestUnknown(full) };
    return { error: M.pullDenied(repo) };
  }
  const lines = [`${tag}: Pulling from ${from}`];
  const existing = findImage(state, full);
  if (existing) {
    lines.push(`Digest: ${entryDigest(entry)}`, `Status: Image is up to date for ${full}`);
    return { image: existing, lines, downloaded: false };
  }
  const image = imageOfEntry(state, entry, tag);
  // Another tag of the same image already here: one more name on it.
  const same = state.images.find((i) => i.id === image.id);
  for (const layer of image.layers) {
    lines.push(`${layer.digest.slice(7, 19)}: ${same ? 'Already exists' : 'Pull complete'}`);
  }
  lines.push(`Digest: ${entryDigest(entry)}`, `Status: Downloaded newer image for ${full}`);
  if (same) same.repoTags.push(full);
  else state.images.push(image);
  return { image: same ?? image, lines, downloaded: true };
}

/** Image files, as a new container sees them (catalogue files, then built layers). */
export function imageFiles(state: SimState, image: Image): FileSystem {
  const chain: Image[] = [];
  for (let i: Image | undefined = image, k = 0; i && k < 20; k++) {
    chain.unshift(i);
    i = i.parent ? state.images.find((x) => x.id === i!.parent) : undefined;
  }
  const entry = entryOf(state, image);
  const fs = new FileSystem(entry?.files ?? {}, ['/bin', '/etc', '/tmp', '/root', '/usr/bin', '/var/log', '/proc']);
  if (entry?.os) fs.write('/etc/os-release', `PRETTY_NAME="${entry.os}"\nNAME="${entry.os.split(' ')[0]}"\n`);
  for (const i of chain) {
    for (const [path, content] of Object.entries(i.files ?? {})) {
      if (path.endsWith('/')) fs.mkdirp(path);
      else fs.write(path, content);
    }
  }
  if (image.config.workingDir) fs.mkdirp(image.config.workingDir);
  return fs;
}

// ───────────────────────────── volumes and networks ─────────────────────────────

export function ensureVolume(state: SimState, name?: string, labels: Record<string, string> = {}): Volume {
  const volumeName = name ?? nextId(state);
  const existing = findVolume(state, volumeName);
  if (existing) return existing;
  const volume: Volume = {
    name: volumeName, driver: 'local', mountpoint: `/var/lib/docker/volumes/${volumeName}/_data`, labels, files: new FileSystem(),
    createdAt: now(state), anonymous: name === undefined,
  };
  state.volumes.push(volume);
  return volume;
}

export function ensureNetwork(state: SimState, name: string, options: { driver?: string; internal?: boolean; labels?: Record<string, string> } = {}): Network {
  const existing = findNetwork(state, name);
  if (existing) return existing;
  const index = state.networks.filter((n) => n.subnet).length; // bridge is 172.17, then 172.18…
  const subnet = `172.${17 + index}.0.0/16`;
  const network: Network = {
    id: nextId(state), name, driver: options.driver ?? 'bridge', internal: options.internal ?? false, containers: [], subnet,
    gateway: `172.${17 + index}.0.1`, labels: options.labels ?? {}, createdAt: now(state),
  };
  state.networks.push(network);
  return network;
}

/** Next free address of a network (gateway .1, containers from .2). */
function allocateIp(state: SimState, network: Network): string {
  const base = network.subnet.split('.').slice(0, 2).join('.');
  const used = new Set(state.containers.map((c) => c.ips[network.name]).filter(Boolean));
  for (let i = 2; ; i++) {
    const ip = `${base}.${Math.floor(i / 256)}.${i % 256}`;
    if (!used.has(ip)) return ip;
  }
}

export function connect(state: SimState, c: Container, network: Network, aliases: string[] = []): void {
  if (!c.networks.includes(network.name)) c.networks.push(network.name);
  if (aliases.length) c.aliases[network.name] = aliases;
  if (c.state === 'running' || c.state === 'paused') attach(state, c, network);
}

function attach(state: SimState, c: Container, network: Network): void {
  if (!network.containers.includes(c.id)) network.containers.push(c.id);
  if (network.subnet && !c.ips[network.name]) c.ips[network.name] = allocateIp(state, network);
}

function detachAll(state: SimState, c: Container): void {
  for (const n of state.networks) n.containers = n.containers.filter((id) => id !== c.id);
  c.ips = {};
}

// ───────────────────────────── containers ─────────────────────────────

export interface MountSpec {
  type: 'volume' | 'bind' | 'tmpfs';
  /** Volume name ('' for an anonymous volume), or a host path (absolute). */
  source: string;
  destination: string;
  readOnly?: boolean;
}

export interface ContainerSpec {
  /** Image reference or id: must be local (pull first). */
  image: string;
  name?: string;
  /** Replaces the image's CMD (`docker run IMAGE cmd…`). */
  cmd?: string[];
  entrypoint?: string[];
  env?: string[];
  ports?: PortBinding[];
  publishAll?: boolean;
  expose?: string[];
  mounts?: MountSpec[];
  /** First network joins at creation (default `bridge`). */
  networks?: string[];
  aliases?: string[];
  restart?: RestartPolicy;
  labels?: Record<string, string>;
  workdir?: string;
  user?: string;
  hostname?: string;
  autoRemove?: boolean;
  tty?: boolean;
  interactive?: boolean;
  init?: boolean;
  memory?: number;
}

export type CreateResult = { container: Container; warnings: string[] } | { error: string };

/** `docker create`: the container exists, nothing runs yet. The image must be local. */
export function createContainer(state: SimState, spec: ContainerSpec): CreateResult {
  const image = findImage(state, spec.image);
  if (!image) return { error: M.noSuchImage(normalizeRef(spec.image)) };
  if (spec.name !== undefined) {
    if (!/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(spec.name)) return { error: M.invalidName(spec.name) };
    const taken = findContainer(state, spec.name.replace(/^\//, ''));
    if (taken && taken.name === spec.name.replace(/^\//, '')) return { error: M.nameInUse(taken.name, taken.id) };
  }
  for (const n of spec.networks ?? []) {
    if (!findNetwork(state, n)) return { error: M.networkNotFound(n) };
  }
  const id = nextId(state);
  const name = spec.name?.replace(/^\//, '') ?? nameFor(id, (n) => state.containers.some((c) => c.name === n));
  const cfg = image.config;
  const entrypoint = spec.entrypoint ?? cfg.entrypoint;
  // A new --entrypoint drops the image's CMD (moby: a given entrypoint resets Cmd when none is given).
  const cmd = spec.cmd && spec.cmd.length ? spec.cmd : spec.entrypoint ? [] : cfg.cmd;
  const envMap = new Map<string, string>();
  for (const e of [...cfg.env, ...(spec.env ?? [])]) {
    const eq = e.indexOf('=');
    envMap.set(eq < 0 ? e : e.slice(0, eq), e);
  }
  const mounts: Mount[] = [];
  const fs = imageFiles(state, image);
  for (const m of spec.mounts ?? []) {
    if (m.type === 'volume') {
      const fresh = !m.source || !findVolume(state, m.source);
      const volume = ensureVolume(state, m.source || undefined);
      // A new (empty) volume is filled with what the image has at that path (moby copies it).
      if (fresh || volume.files.walk('/').length === 1) copyInto(volume.files, fs, m.destination);
      mounts.push({ type: 'volume', source: volume.name, destination: m.destination, readOnly: !!m.readOnly, ...(m.source ? {} : { anonymous: true }) });
    } else mounts.push({ type: m.type, source: m.source, destination: m.destination, readOnly: !!m.readOnly });
  }
  // The image's VOLUME paths get an anonymous volume unless something is mounted there.
  for (const path of cfg.volumes ?? []) {
    if (mounts.some((m) => m.destination === path)) continue;
    const volume = ensureVolume(state);
    copyInto(volume.files, fs, path);
    mounts.push({ type: 'volume', source: volume.name, destination: path, readOnly: false, anonymous: true });
  }
  const created = now(state);
  const exposed = [...new Set([...cfg.exposedPorts, ...(spec.expose ?? []).map((p) => (p.includes('/') ? p : `${p}/tcp`)), ...(spec.ports ?? []).map((p) => `${p.containerPort}/${p.proto}`)])];
  const c: Container = {
    id, name, image: /^[0-9a-f]{12,64}$|^sha256:/.test(spec.image) ? image.id : normalizeRef(spec.image).replace(/:latest$/, spec.image.includes(':') ? ':latest' : ''), imageId: image.id,
    command: [...entrypoint, ...cmd], entrypoint: [...entrypoint], cmd: [...cmd], state: 'created', exitCode: 0,
    ports: [...(spec.ports ?? [])], exposed, mounts, networks: [], ips: {}, aliases: {}, env: [...envMap.values()],
    restartPolicy: spec.restart ?? { name: 'no', maximumRetryCount: 0 }, labels: { ...(cfg.labels ?? {}), ...(spec.labels ?? {}) },
    createdAt: created, startedAt: 0, finishedAt: 0, hostname: spec.hostname ?? id.slice(0, 12), workingDir: spec.workdir ?? cfg.workingDir,
    user: spec.user ?? cfg.user, autoRemove: !!spec.autoRemove, tty: !!spec.tty, interactive: !!spec.interactive, init: !!spec.init,
    restartCount: 0, manuallyStopped: false, oomKilled: false, pid: 0, fs, logs: [], memory: spec.memory ?? 0, publishAll: !!spec.publishAll,
  };
  if (c.workingDir) fs.mkdirp(c.workingDir);
  fs.write('/etc/hostname', `${c.hostname}\n`);
  state.containers.push(c);
  const networks = spec.networks?.length ? spec.networks : ['bridge'];
  for (const n of networks) connect(state, c, findNetwork(state, n)!, n === 'bridge' ? [] : (spec.aliases ?? []));
  // -P: every exposed port on a random host port (from 32768 up, as the kernel's ephemeral range).
  if (c.publishAll) {
    for (const p of exposed) {
      const [port, proto] = p.split('/');
      if (!c.ports.some((b) => b.containerPort === Number(port))) c.ports.push({ hostIp: '0.0.0.0', hostPort: 0, containerPort: Number(port), proto: proto as PortBinding['proto'] });
    }
  }
  return { container: c, warnings: [] };
}

function copyInto(target: FileSystem, from: FileSystem, path: string): void {
  for (const key of from.walk(path)) {
    const rel = key.slice(path.length) || '/';
    const e = from.get(key)!;
    if (e.type === 'dir') target.mkdirp(rel);
    else target.write(rel, e.content);
  }
}

/** A host port in use by another running container (or the same port asked twice). */
function portConflict(state: SimState, c: Container): PortBinding | undefined {
  const used = new Set<string>();
  for (const other of state.containers) {
    if (other === c || (other.state !== 'running' && other.state !== 'paused' && other.state !== 'restarting')) continue;
    for (const p of other.ports) used.add(`${p.hostPort}/${p.proto}`);
  }
  return c.ports.find((p) => p.hostPort !== 0 && used.has(`${p.hostPort}/${p.proto}`));
}

function assignEphemeral(state: SimState, c: Container): void {
  const used = new Set(state.containers.flatMap((o) => o.ports.map((p) => p.hostPort)));
  let next = 32768;
  for (const p of c.ports) {
    if (p.hostPort !== 0) continue;
    while (used.has(next)) next++;
    p.hostPort = next;
    used.add(next);
  }
}

/** `docker start`: networking, then the process. Returns the daemon's error, if any. */
export function startContainer(state: SimState, c: Container): string | null {
  if (c.state === 'running' || c.state === 'paused') return null;
  const conflict = portConflict(state, c);
  if (conflict) return M.portAllocated(c, conflict);
  const image = state.images.find((i) => i.id === c.imageId);
  // `-v ./absent:/x` creates the host directory (--mount refuses it earlier, in run).
  for (const m of c.mounts) if (m.type === 'bind' && !state.fs.get(m.source)) state.fs.mkdirp(m.source);
  const savedPorts = c.ports.map((p) => ({ ...p }));
  assignEphemeral(state, c);
  for (const name of c.networks) {
    const n = findNetwork(state, name);
    if (n) attach(state, c, n);
  }
  const result = boot(state, c, image);
  if ('error' in result) {
    c.ports = savedPorts;
    detachAll(state, c);
    c.exitCode = result.exitCode;
    return result.error;
  }
  c.startedAt = now(state);
  c.pid = state.nextPid;
  state.nextPid += 37;
  c.manuallyStopped = false;
  if (result.running) {
    c.state = 'running';
    // moby starts the health monitor at each start: « health: starting » until the first probe.
    // A container that had a health status (a Compose healthcheck) keeps being checked.
    if (c.health || healthcheckOf(image)) c.health = 'starting';
  } else {
    exited(state, c, result.exitCode, c.startedAt);
  }
  return null;
}

/** The process ended (by itself or by a signal). Applies --rm and the restart policy. */
export function exited(state: SimState, c: Container, code: number, at = now(state)): void {
  c.state = 'exited';
  // A stopped container's last health status reads « unhealthy » in docker inspect.
  if (c.health) c.health = 'unhealthy';
  c.exitCode = code;
  c.finishedAt = at;
  c.pid = 0;
  detachAll(state, c);
  for (const p of c.ports) if (c.publishAll) p.hostPort = 0;
  if (c.autoRemove) {
    removeContainer(state, c, true);
    return;
  }
  const policy = c.restartPolicy.name;
  const restart = !c.manuallyStopped && (policy === 'always' || policy === 'unless-stopped' || (policy === 'on-failure' && code !== 0 && (c.restartPolicy.maximumRetryCount === 0 || c.restartCount < c.restartPolicy.maximumRetryCount)));
  // A process that exits at once under a restart policy: the daemon retries with a back-off;
  // the terminal shows it restarting rather than looping.
  if (restart) {
    c.restartCount++;
    // Stops the loop where the daemon's back-off would keep it restarting.
    if (c.restartCount > 5) c.state = 'restarting';
    else startContainer(state, c);
  }
}

/**
 * `docker stop`: the stop signal, then SIGKILL after the timeout if the process ignores it.
 * Returns the exit code.
 */
export function stopContainer(state: SimState, c: Container, timeoutSeconds = 10, signal?: string): number {
  if (c.state !== 'running' && c.state !== 'paused' && c.state !== 'restarting') return c.exitCode;
  c.manuallyStopped = true;
  if (c.state === 'restarting') {
    c.state = 'exited';
    return c.exitCode;
  }
  const image = state.images.find((i) => i.id === c.imageId);
  const sig = signal ?? image?.config.stopSignal ?? 'SIGTERM';
  const handled = onSignal(state, c, sig);
  let code: number;
  if (handled !== null) code = handled;
  else {
    // Ignored: the daemon waits for the timeout, then SIGKILL.
    state.clockOffset += Math.max(0, timeoutSeconds) * 1000;
    code = 137;
  }
  exited(state, c, code);
  return code;
}

/** `docker kill` (SIGKILL by default). */
export function killContainer(state: SimState, c: Container, signal = 'SIGKILL'): number | null {
  if (c.state !== 'running' && c.state !== 'paused') return null;
  c.manuallyStopped = true;
  const sig = signal.toUpperCase().replace(/^(?!SIG)(?=[A-Z])/, 'SIG');
  if (sig === 'SIGKILL' || sig === '9') {
    exited(state, c, 137);
    return 137;
  }
  const handled = onSignal(state, c, sig);
  if (handled === null) return 0; // ignored: still running
  exited(state, c, handled);
  return handled;
}

/** Removes the container and, with `volumes`, its anonymous volumes. Named volumes stay. */
export function removeContainer(state: SimState, c: Container, volumes = false): void {
  detachAll(state, c);
  state.containers = state.containers.filter((x) => x !== c);
  if (volumes || c.autoRemove) {
    for (const m of c.mounts) {
      if (m.type === 'volume' && m.anonymous) state.volumes = state.volumes.filter((v) => v.name !== m.source);
    }
  }
}

/**
 * `sudo systemctl restart docker`: every container stops; then the restart policies apply as
 * the daemon applies them at start: `always` restarts even a container stopped by hand,
 * `unless-stopped` only those that were running, `on-failure` none that a signal stopped.
 */
export function restartDaemon(state: SimState): Container[] {
  const wasRunning = new Set(state.containers.filter((c) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting').map((c) => c.id));
  for (const c of [...state.containers]) {
    if (!wasRunning.has(c.id)) continue;
    const manual = c.manuallyStopped;
    c.manuallyStopped = true;
    const code = stopContainer(state, c, 10);
    c.manuallyStopped = manual;
    c.exitCode = code;
  }
  const restarted: Container[] = [];
  for (const c of state.containers) {
    const p = c.restartPolicy.name;
    const again = p === 'always' || (p === 'unless-stopped' && (wasRunning.has(c.id) || !c.manuallyStopped));
    if (!again || (p === 'unless-stopped' && !wasRunning.has(c.id))) continue;
    if (!startContainer(state, c)) restarted.push(c);
  }
  return restarted;
}

/** `kill -9 PID` on the host: the process dies, not by `docker stop`, so the restart policy applies. */
export function crash(state: SimState, pid: number, signal = 9): Container | undefined {
  const c = state.containers.find((x) => x.pid === pid && (x.state === 'running' || x.state === 'paused'));
  if (!c) return undefined;
  exited(state, c, 128 + signal);
  return c;
}

/** Containers whose process ends by itself (`sleep 5`) are brought up to date. */
export function tick(state: SimState): void {
  const t = now(state);
  for (const c of [...state.containers]) {
    // The first probe runs one interval after the start (30 s by default) and passes.
    if (c.state === 'running' && c.health === 'starting') {
      const check = healthcheckOf(state.images.find((i) => i.id === c.imageId));
      if (!check || t - c.startedAt >= seconds(check.interval ?? '30s') * 1000) c.health = 'healthy';
    }
    if (c.state === 'running' && c.exitsAt !== undefined && c.exitsAt <= t) {
      const at = c.exitsAt;
      c.exitsAt = undefined;
      exited(state, c, 0, at);
    }
  }
}

// ───────────────────────────── the container's file system ─────────────────────────────

export interface Located {
  fs: FileSystem;
  path: string;
  readOnly: boolean;
}

/** Where a path of the container lives: a mount (volume or host directory), or its own layer. */
export function locate(state: SimState, c: Container, path: string): Located {
  const p = resolvePath(path, c.workingDir || '/');
  const mount = [...c.mounts]
    .filter((m) => p === m.destination || p.startsWith(`${m.destination}/`))
    .sort((a, b) => b.destination.length - a.destination.length)[0];
  if (!mount) return { fs: c.fs, path: p, readOnly: false };
  const rest = p.slice(mount.destination.length);
  if (mount.type === 'bind') return { fs: state.fs, path: resolvePath(mount.source + rest), readOnly: mount.readOnly };
  if (mount.type === 'volume') {
    const volume = findVolume(state, mount.source) ?? ensureVolume(state, mount.source);
    return { fs: volume.files, path: rest || '/', readOnly: mount.readOnly };
  }
  return { fs: c.fs, path: p, readOnly: mount.readOnly };
}

/** Reads a file as the container sees it. */
export function readIn(state: SimState, c: Container, path: string): string | undefined {
  const l = locate(state, c, path);
  return l.fs.read(l.path);
}

/** Lists a directory as the container sees it (mount points appear in their parent). */
export function listIn(state: SimState, c: Container, path: string): string[] | undefined {
  const l = locate(state, c, path);
  if (!l.fs.isDir(l.path)) return undefined;
  const names = new Set(l.fs.list(l.path));
  const p = resolvePath(path, c.workingDir || '/');
  for (const m of c.mounts) if (parentOf(m.destination) === p) names.add(m.destination.slice(m.destination.lastIndexOf('/') + 1));
  return [...names].sort();
}

export { findContainer, findImage, findNetwork, findVolume };

/** The image's HEALTHCHECK (a built image's config), unless it is `NONE`. */
function healthcheckOf(image: Image | undefined): { interval?: string } | undefined {
  const check = (image?.config as { healthcheck?: { test: string[]; interval?: string } } | undefined)?.healthcheck;
  return check && check.test[0] !== 'NONE' ? check : undefined;
}

/** A Go duration as Docker writes them (`30s`, `1m30s`, `500ms`), in seconds. */
function seconds(duration: string): number {
  let total = 0;
  for (const m of duration.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(m[1]) * { ms: 0.001, s: 1, m: 60, h: 3600 }[m[2] as 'ms' | 's' | 'm' | 'h'];
  return total || 30;
}
