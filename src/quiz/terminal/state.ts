// The state of the simulated Docker host, as scenario checks read it. These types are a
// contract with the terminal island and its scenarios (term-ui) and with build/compose
// (term-build): add fields, never rename or remove one.
import { FileSystem } from './fs';

export { FileSystem } from './fs';

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead';

export interface PortBinding {
  /** '0.0.0.0' (the default, shown with its IPv6 twin `[::]`), or the address given. */
  hostIp: string;
  hostPort: number;
  containerPort: number;
  proto: 'tcp' | 'udp' | 'sctp';
}

export interface Mount {
  type: 'volume' | 'bind' | 'tmpfs';
  /** Volume name, host path (absolute), or '' for tmpfs. */
  source: string;
  destination: string;
  readOnly: boolean;
  /** A volume created for this container only (`-v /data`, or the image's VOLUME). */
  anonymous?: boolean;
}

export interface RestartPolicy {
  name: 'no' | 'always' | 'unless-stopped' | 'on-failure';
  maximumRetryCount: number;
}

export interface LogLine {
  /** Epoch ms. */
  time: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface Container {
  /** 64 hex digits. */
  id: string;
  /** Without the leading slash. */
  name: string;
  /** The image as written, normalised (`nginx:1.30`, `mon-site:1.0`). */
  image: string;
  imageId: string;
  /** The process: entrypoint then command, as the daemon runs it. */
  command: string[];
  entrypoint: string[];
  cmd: string[];
  state: ContainerStatus;
  exitCode: number;
  ports: PortBinding[];
  /** Exposed ports (`80/tcp`), from the image and `--expose`. */
  exposed: string[];
  mounts: Mount[];
  /** Network names, in the order they were joined. */
  networks: string[];
  /** Network name → IPv4 address in it. */
  ips: Record<string, string>;
  /** Network name → aliases (compose service names, --network-alias). */
  aliases: Record<string, string[]>;
  env: string[];
  restartPolicy: RestartPolicy;
  labels: Record<string, string>;
  createdAt: number;
  startedAt: number;
  finishedAt: number;
  hostname: string;
  workingDir: string;
  user: string;
  autoRemove: boolean;
  tty: boolean;
  interactive: boolean;
  init: boolean;
  restartCount: number;
  /** `docker stop`/`kill`: the restart policy waits for the next daemon start. */
  manuallyStopped: boolean;
  oomKilled: boolean;
  /** Simulated PID of the process on the host, while it runs. */
  pid: number;
  /** The container's own writable layer (image files copied at creation). */
  fs: FileSystem;
  logs: LogLine[];
  /** Memory limit in bytes (0: none). */
  memory: number;
  /** `-P`: exposed ports published on ephemeral host ports at each start. */
  publishAll: boolean;
  /** A process that ends by itself (`sleep 5`): when, in epoch ms. */
  exitsAt?: number;
  /** With a HEALTHCHECK (image or Compose): moby's Health.Status; absent without one. */
  health?: 'starting' | 'healthy' | 'unhealthy';
}

export interface ImageConfig {
  cmd: string[];
  entrypoint: string[];
  env: string[];
  /** `80/tcp`… */
  exposedPorts: string[];
  workingDir: string;
  user: string;
  volumes?: string[];
  labels?: Record<string, string>;
  stopSignal?: string;
}

export interface ImageLayer {
  /** `sha256:…` diff id. */
  digest: string;
  /** Bytes. */
  size: number;
  /** The Dockerfile instruction, as `docker history` shows it. */
  createdBy: string;
  createdAt: number;
  /** Files this layer adds (built images; catalogue images keep theirs in the catalogue). */
  files?: Record<string, string>;
}

export interface Image {
  /** `sha256:` + 64 hex digits. */
  id: string;
  repoTags: string[];
  repoDigests: string[];
  /** Bytes on disk (`DISK USAGE`, and `SIZE` of the classic table). */
  size: number;
  /** Bytes of the compressed content (`CONTENT SIZE`). */
  contentSize: number;
  layers: ImageLayer[];
  config: ImageConfig;
  createdAt: number;
  /** The catalogue entry it came from, if pulled (files and behaviour come from there). */
  catalogue?: string;
  /** Files of the image (built images: their COPY results; pulled: taken from the catalogue). */
  files?: Record<string, string>;
  /** `docker history` rows, newest first, when they differ from the layers (metadata steps of 0B). */
  history?: { createdBy: string; size: number; createdAt: number }[];
  /** A built image remembers its parent (for `docker history` and dangling images). */
  parent?: string;
}

export interface Volume {
  name: string;
  driver: string;
  mountpoint: string;
  labels: Record<string, string>;
  files: FileSystem;
  createdAt: number;
  anonymous: boolean;
}

export interface Network {
  id: string;
  name: string;
  driver: 'bridge' | 'host' | 'null' | string;
  internal: boolean;
  /** Container ids. */
  containers: string[];
  subnet: string;
  gateway: string;
  labels: Record<string, string>;
  createdAt: number;
  /** Built-in networks (bridge, host, none) cannot be removed. */
  builtin?: boolean;
}

/** A Compose project, as term-build records it. */
export interface ComposeProject {
  name: string;
  workingDir: string;
  configFiles: string[];
  [key: string]: unknown;
}

export interface SimState {
  fs: FileSystem;
  cwd: string;
  home: string;
  /** Shell variables (`export X=1`, `X=1`). */
  env: Record<string, string>;
  images: Image[];
  containers: Container[];
  volumes: Volume[];
  networks: Network[];
  composeProjects: ComposeProject[];
  history: string[];
  /** `$?` */
  lastExit: number;
  /** Counter feeding the seeded id generator. */
  seq: number;
  seed: number;
  /** Simulated time added by `sleep` and `docker stop` waits, in ms. */
  clockOffset: number;
  /** Next host PID. */
  nextPid: number;
}

const norm = (ref: string) => {
  const r = ref.replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  return r.includes(':') || r.includes('@') || r.startsWith('sha256:') ? r : `${r}:latest`;
};

/** A container by full name, name with `/`, full id or unique id prefix (as the daemon resolves it). */
export function findContainer(state: SimState, nameOrId: string): Container | undefined {
  const key = nameOrId.replace(/^\//, '');
  const exact = state.containers.find((c) => c.id === key || c.name === key);
  if (exact) return exact;
  if (!/^[0-9a-f]+$/.test(key)) return undefined;
  const matches = state.containers.filter((c) => c.id.startsWith(key));
  return matches.length === 1 ? matches[0] : undefined;
}

/** An image by reference (`nginx` = `nginx:latest`), id or id prefix. */
export function findImage(state: SimState, ref: string): Image | undefined {
  const tag = norm(ref);
  const byTag = state.images.find((i) => i.repoTags.includes(tag) || i.repoDigests.some((d) => d.endsWith(ref)));
  if (byTag) return byTag;
  const id = ref.replace(/^sha256:/, '');
  if (!/^[0-9a-f]{4,64}$/.test(id)) return undefined;
  const matches = state.images.filter((i) => i.id.slice(7).startsWith(id));
  return matches.length === 1 ? matches[0] : undefined;
}

export const findVolume = (state: SimState, name: string) => state.volumes.find((v) => v.name === name);

export function findNetwork(state: SimState, nameOrId: string): Network | undefined {
  return state.networks.find((n) => n.name === nameOrId || n.id === nameOrId) ?? state.networks.find((n) => nameOrId.length >= 3 && n.id.startsWith(nameOrId));
}
