// `docker compose` (and `docker-compose`) in the simulated Docker: reads the project
// (../compose-file.ts), then drives the daemon through the engine's helpers (create, start, stop,
// remove, networks, volumes, pull) so that `docker ps`, `docker volume ls` and `curl` see exactly
// what Compose made: containers `<project>-<service>-<n>` with the com.docker.compose.* labels,
// the `<project>_default` network with DNS by service name, `<project>_<volume>` volumes.
// Progress and tables as Compose v5 prints them. Read from github:docker/compose
// f72979427042620a94dd52ce78b39c68cb02c085 (2026-08-20): cmd/display/tty.go (`[+] up 5/5`, ✔, the
// columns), pkg/compose/{progress,create,convergence,down,pull,restart,containers}.go (events and
// errors: « dependency failed to start », « service %q is not running »), pkg/api/event.go,
// cmd/formatter/{container,logs}.go (ps columns, `db-1  | ` prefixes), cmd/compose/ps.go.
import { ComposeError, configYaml, DEFAULT_FILES, loadCompose, startOrder, type ComposeProject, type ComposeService } from '../compose-file';
import { buildImage, type BuiltConfig } from '../image-build';
import { tick } from '../engine';
import { table } from '../format';
import { resolvePath } from '../fs';
import type { Container } from '../state';
import { psRow } from './containers';
import { quoteWords, runDocker } from './dispatch';
import {
  createContainer, ensureNetwork, ensureVolume, findImage, findNetwork, findVolume, pullImage, registerDocker, removeContainer, startContainer,
  stopContainer, type CommandContext, type MountSpec,
} from './registry';

/** Compose's CLI version, as the label com.docker.compose.version records it. */
const COMPOSE_VERSION = '5.0.0';


const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
const flag = (ctx: CommandContext, name: string) => ctx.parsed.options.get(name) === true;

// ───────────────────────────── progress (cmd/display/tty.go) ─────────────────────────────

interface Task {
  id: string;
  text: string;
  seconds: number;
  failed?: boolean;
  details?: string;
}

/** The final frame of Compose's progress display: header, one aligned line per task. */
export function renderTasks(operation: string, tasks: Task[]): string[] {
  if (tasks.length === 0) return [];
  const done = tasks.filter((t) => !t.failed).length;
  const timers = tasks.map((t) => `${t.seconds.toFixed(1)}s`);
  const timerLen = Math.max(...timers.map((t) => t.length));
  const before = (t: Task) => 3 + [...t.id].length;
  const maxBefore = Math.max(...tasks.map(before));
  const lineLen = (t: Task) => maxBefore + 1 + [...t.text].length + (t.details ? 1 + [...t.details].length : 0);
  const width = Math.max(...tasks.map(lineLen));
  const lines = [`[+] ${operation} ${done}/${tasks.length}`];
  tasks.forEach((t, i) => {
    const text = `${t.text}${t.details ? ` ${t.details}` : ''}`;
    lines.push(` ${t.failed ? '✘' : '✔'} ${t.id}${' '.repeat(maxBefore - before(t))} ${text}${' '.repeat(width - lineLen(t) + 1)}${timers[i].padStart(timerLen)}`);
  });
  return lines;
}

// ───────────────────────────── the project ─────────────────────────────

interface Loaded {
  project: ComposeProject;
  /** Replicas wanted per service (`--scale` over the file). */
  scale: Map<string, number>;
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/';

/**
 * Finds and reads the Compose files (`-f`, or the default names from the folder upward); with
 * `servicesInArgs`, the arguments must be services of the project.
 */
function load(ctx: CommandContext, servicesInArgs = false): Loaded | number {
  const { state, parsed, out } = ctx;
  const root = ctx.parsed.options;
  const written = parsed.writtenValues.get('file') ?? list(root.get('file'));
  const files: { path: string; content: string }[] = [];
  if (written.length) {
    for (const f of written) {
      if (f === '-') {
        files.push({ path: `${state.cwd}/-`, content: ctx.stdin ?? '' });
        continue;
      }
      const path = resolvePath(f, state.cwd, state.home);
      const content = state.fs.read(path);
      if (content === undefined) {
        out.err(`open ${path}: no such file or directory`);
        return 1;
      }
      files.push({ path, content });
    }
  } else {
    for (let dir = state.cwd; ; dir = dirOf(dir)) {
      const name = DEFAULT_FILES.find((n) => state.fs.isFile(`${dir === '/' ? '' : dir}/${n}`));
      if (name) {
        const path = `${dir === '/' ? '' : dir}/${name}`;
        files.push({ path, content: state.fs.read(path)! });
        for (const o of ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yml', 'docker-compose.override.yaml']) {
          const op = `${dir === '/' ? '' : dir}/${o}`;
          if (state.fs.isFile(op)) {
            files.push({ path: op, content: state.fs.read(op)! });
            break;
          }
        }
        break;
      }
      if (dir === '/') break;
    }
  }
  const projectDir = root.get('project-directory');
  const workingDir = projectDir !== undefined ? resolvePath(String(projectDir), state.cwd, state.home) : files.length ? dirOf(files[0].path) : state.cwd;
  let project: ComposeProject;
  try {
    project = loadCompose({
      files,
      workingDir,
      projectName: root.get('project-name') === undefined ? state.env.COMPOSE_PROJECT_NAME : String(root.get('project-name')),
      env: state.env,
      readFile: (p) => state.fs.read(p),
    });
  } catch (e) {
    if (e instanceof ComposeError) {
      out.err(e.message);
      return 1;
    }
    throw e;
  }
  for (const w of project.warnings) out.err(w);
  const unknown = servicesInArgs ? ctx.args.find((n) => !project.services.some((s) => s.name === n)) : undefined;
  if (unknown !== undefined) {
    out.err(`no such service: ${unknown}`);
    return 1;
  }
  const scale = new Map(project.services.map((s) => [s.name, s.replicas]));
  for (const s of list(parsed.options.get('scale'))) {
    const [name, n] = s.split('=');
    if (!project.services.some((x) => x.name === name)) {
      out.err(`no such service: ${name}`);
      return 1;
    }
    scale.set(name, Number(n));
  }
  return { project, scale };
}

/** The services named on the line (and, for up, what they depend on), in start order. */
function selected(ctx: CommandContext, project: ComposeProject, names: string[], withDeps: boolean): ComposeService[] | number {
  for (const n of names) {
    if (!project.services.some((s) => s.name === n)) {
      ctx.out.err(`no such service: ${n}`);
      return 1;
    }
  }
  if (!names.length) return startOrder(project);
  const want = new Set(names);
  if (withDeps) {
    const add = (name: string) => {
      want.add(name);
      for (const d of project.services.find((s) => s.name === name)?.dependsOn ?? []) add(d.service);
    };
    names.forEach(add);
  }
  return startOrder(project).filter((s) => want.has(s.name));
}

/** The project and the services the line names (all when none), in start order. */
function loadSelected(ctx: CommandContext, withDeps: boolean): (Loaded & { services: ComposeService[] }) | number {
  const loaded = load(ctx);
  if (typeof loaded === 'number') return loaded;
  const services = selected(ctx, loaded.project, ctx.args, withDeps);
  return typeof services === 'number' ? services : { ...loaded, services };
}

/** Containers of the project (optionally of some services), by service order then number. */
function containersOf(ctx: CommandContext, projectName: string, services?: string[]): Container[] {
  return ctx.state.containers
    .filter((c) => c.labels['com.docker.compose.project'] === projectName && c.labels['com.docker.compose.oneoff'] !== 'True')
    .filter((c) => !services?.length || services.includes(c.labels['com.docker.compose.service']))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

const imageOf = (project: ComposeProject, s: ComposeService) => s.image ?? `${project.name}-${s.name}`;
const withTag = (ref: string) => (/:[\w][\w.-]*$/.test(ref.split('/').pop() ?? '') ? ref : `${ref}:latest`);
const containerName = (project: ComposeProject, s: ComposeService, n: number) => s.containerName ?? `${project.name}-${s.name}-${n}`;

/** What makes Compose recreate a container: the service's definition and its image. */
function configHash(project: ComposeProject, s: ComposeService, imageId: string): string {
  const text = JSON.stringify({ ...s, replicas: undefined, imageId, project: project.name });
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0').repeat(8);
}

function healthcheckOf(ctx: CommandContext, s: ComposeService, c: Container): boolean {
  if (s.healthcheck?.disable || s.healthcheck?.test[0] === 'NONE') return false;
  if (s.healthcheck?.test.length) return true;
  const image = ctx.state.images.find((i) => i.id === c.imageId);
  return !!(image?.config as BuiltConfig | undefined)?.healthcheck;
}

// ───────────────────────────── build and pull ─────────────────────────────

/** Builds one service's image; prints BuildKit's lines. Returns false on failure. */
function buildService(ctx: CommandContext, project: ComposeProject, s: ComposeService, tasks: Task[], noCache = false): boolean {
  if (!s.build) return true;
  if (!ctx.state.fs.isDir(s.build.context)) {
    ctx.out.err(`unable to prepare context: path ${JSON.stringify(s.build.context)} not found`);
    return false;
  }
  const tag = withTag(imageOf(project, s));
  const dockerfile = s.build.dockerfile.startsWith('/') ? s.build.dockerfile : `${s.build.context}/${s.build.dockerfile}`;
  const labels = { 'com.docker.compose.project': project.name, 'com.docker.compose.service': s.name, 'com.docker.compose.version': COMPOSE_VERSION };
  const result = buildImage(ctx.state, { contextDir: s.build.context, dockerfilePath: dockerfile, tags: [tag], target: s.build.target, buildArgs: s.build.args, noCache, quiet: false, labels });
  ctx.out.err(result.lines.join('\n').replace(/^ERROR: failed to build: /m, ''));
  if (result.exitCode !== 0) return false;
  tasks.push({ id: `Image ${tag}`, text: 'Built', seconds: 2.4 });
  return true;
}

/** Makes the service's image local: pull it (a built image is built instead). */
function ensureServiceImage(ctx: CommandContext, project: ComposeProject, s: ComposeService, tasks: Task[], build: boolean): boolean {
  const ref = withTag(imageOf(project, s));
  if (s.build && (build || !findImage(ctx.state, ref))) return buildService(ctx, project, s, tasks);
  if (findImage(ctx.state, ref)) return true;
  const pulled = pullImage(ctx.state, ref);
  if ('error' in pulled) {
    tasks.push({ id: `Image ${s.image}`, text: 'Error', seconds: 1.2, failed: true, details: pulled.error });
    ctx.out.err(renderTasks('up', tasks).join('\n'));
    ctx.out.err(`Error response from daemon: ${pulled.error}`);
    tasks.length = 0;
    return false;
  }
  tasks.push({ id: `Image ${s.image}`, text: 'Pulled', seconds: 4 + pulled.image.layers.length * 0.8 });
  return true;
}

// ───────────────────────────── up ─────────────────────────────

function up(ctx: CommandContext): number {
  tick(ctx.state);
  const loaded = loadSelected(ctx, !flag(ctx, 'no-deps'));
  if (typeof loaded === 'number') return loaded;
  const { project, scale, services } = loaded;
  const detach = flag(ctx, 'detach');
  const tasks: Task[] = [];

  // Images first: Compose pulls what it cannot build, then builds (pkg/compose/create.go).
  for (const s of services) {
    if (s.build) continue;
    if (!ensureServiceImage(ctx, project, s, tasks, false)) return 1;
  }
  for (const s of services) {
    if (!s.build) continue;
    if (flag(ctx, 'no-build') && !findImage(ctx.state, withTag(imageOf(project, s)))) {
      ctx.out.err(`image ${JSON.stringify(withTag(imageOf(project, s)))} not found`);
      return 1;
    }
    if (!ensureServiceImage(ctx, project, s, tasks, flag(ctx, 'build'))) return 1;
  }

  const failed = converge(ctx, project, services, scale, tasks, flag(ctx, 'force-recreate'));
  ctx.out.err(renderTasks('up', tasks).join('\n'));
  recordProject(ctx, project);
  if (failed) {
    ctx.out.err(failed);
    return 1;
  }
  if (detach) return 0;
  // Attached: the logs so far, then the terminal gives the prompt back (no real attach here).
  const containers = containersOf(ctx, project.name, services.map((s) => s.name));
  ctx.out.out(`Attaching to ${containers.map((c) => shortName(project, c)).join(', ')}`);
  const logs = prefixedLogs(project, containers, undefined, false);
  if (logs.length) ctx.out.out(logs.join('\n'));
  ctx.out.err('(Simulation : sans -d, « docker compose up » resterait attaché aux journaux et Ctrl+C arrêterait les conteneurs. Ici, le terminal vous rend la main et les conteneurs continuent de tourner : « docker compose up -d » est la forme habituelle, « docker compose down » les arrête.)');
  return 0;
}

/** `db-1`: the prefix Compose gives a container in logs and attach lines. */
function shortName(project: ComposeProject, c: Container): string {
  const s = c.labels['com.docker.compose.service'];
  return c.name.startsWith(`${project.name}-`) ? `${s}-${c.labels['com.docker.compose.container-number'] ?? '1'}` : c.name;
}

/** Creates what is missing and starts the services in dependency order. Returns the error, if any. */
function converge(ctx: CommandContext, project: ComposeProject, services: ComposeService[], scale: Map<string, number>, tasks: Task[], force: boolean): string | null {
  const state = ctx.state;
  const netKeys = [...new Set(services.flatMap((s) => s.networks))];
  for (const key of netKeys) {
    const net = project.networks[key];
    if (net.external) {
      if (!findNetwork(state, net.name)) return `network ${net.name} declared as external, but could not be found`;
      continue;
    }
    if (!findNetwork(state, net.name)) {
      ensureNetwork(state, net.name, { driver: net.driver, internal: net.internal, labels: { 'com.docker.compose.network': key, 'com.docker.compose.project': project.name, 'com.docker.compose.version': COMPOSE_VERSION } });
      tasks.push({ id: `Network ${net.name}`, text: 'Created', seconds: 0.1 });
    }
  }
  const volKeys = [...new Set(services.flatMap((s) => s.volumes.filter((v) => v.type === 'volume' && v.source).map((v) => v.source)))];
  for (const key of volKeys) {
    const vol = project.volumes[key];
    if (vol.external) {
      if (!findVolume(state, vol.name)) return `external volume "${vol.name}" not found`;
      continue;
    }
    if (!findVolume(state, vol.name)) {
      ensureVolume(state, vol.name, { 'com.docker.compose.project': project.name, 'com.docker.compose.version': COMPOSE_VERSION, 'com.docker.compose.volume': key });
      tasks.push({ id: `Volume ${vol.name}`, text: 'Created', seconds: 0.0 });
    }
  }

  let elapsed = 0.2;
  for (const s of services) {
    // Dependencies' conditions (convergence.go waitDependencies).
    for (const d of s.dependsOn) {
      const depService = project.services.find((x) => x.name === d.service)!;
      for (const dep of containersOf(ctx, project.name, [d.service])) {
        const id = `Container ${dep.name}`;
        if (dep.state !== 'running' && d.condition !== 'service_completed_successfully') {
          if (!d.required) continue;
          return `dependency failed to start: container ${dep.name} exited (${dep.exitCode})`;
        }
        if (d.condition === 'service_healthy') {
          if (!healthcheckOf(ctx, depService, dep)) return `dependency failed to start: container ${dep.name} has no healthcheck configured`;
          // Waiting: the healthcheck passes after its interval (simulated time goes on).
          const interval = Number.parseFloat(depService.healthcheck?.interval ?? '5') || 5;
          state.clockOffset += interval * 1000;
          elapsed += interval;
          dep.health = 'healthy';
          const t = tasks.find((x) => x.id === id);
          if (t) {
            t.text = 'Healthy';
            t.seconds = elapsed;
          } else tasks.push({ id, text: 'Healthy', seconds: elapsed });
        }
      }
    }
    const imageRef = withTag(imageOf(project, s));
    const image = findImage(state, imageRef)!;
    const hash = configHash(project, s, image.id);
    const wanted = scale.get(s.name) ?? s.replicas;
    const existing = containersOf(ctx, project.name, [s.name]);
    // Scale down: the highest numbers go first.
    for (const c of existing.filter((c) => Number(c.labels['com.docker.compose.container-number']) > wanted).reverse()) {
      stopContainer(state, c, 10);
      removeContainer(state, c, false);
      tasks.push({ id: `Container ${c.name}`, text: 'Removed', seconds: 0.4 });
    }
    for (let n = 1; n <= wanted; n++) {
      const name = containerName(project, s, n);
      let c = state.containers.find((x) => x.name === name);
      let text = 'Started';
      if (c && (force || c.labels['com.docker.compose.config-hash'] !== hash)) {
        stopContainer(state, c, 10);
        removeContainer(state, c, false);
        c = undefined;
        text = 'Recreated';
      }
      if (c && c.state === 'running') {
        tasks.push({ id: `Container ${name}`, text: 'Running', seconds: 0 });
        continue;
      }
      if (!c) {
        const mounts: MountSpec[] = s.volumes.map((v) => ({
          type: v.type,
          source: v.type === 'volume' ? (v.source ? project.volumes[v.source].name : '') : v.source,
          destination: v.target,
          readOnly: v.readOnly,
        }));
        const nets = s.networks.map((k) => project.networks[k].name);
        const created = createContainer(state, {
          image: imageRef,
          name,
          cmd: s.command,
          entrypoint: s.entrypoint,
          env: Object.entries(s.environment).map(([k, v]) => `${k}=${v}`),
          ports: s.ports.map((p) => ({ hostIp: p.hostIp || '0.0.0.0', hostPort: Number(p.published) || 0, containerPort: p.target, proto: p.protocol as 'tcp' })),
          expose: s.expose,
          mounts,
          networks: nets,
          aliases: [s.name],
          restart: s.restart ? { name: s.restart.split(':')[0] as 'no', maximumRetryCount: Number(s.restart.split(':')[1] ?? 0) } : undefined,
          labels: {
            ...s.labels,
            'com.docker.compose.config-hash': hash,
            'com.docker.compose.container-number': String(n),
            'com.docker.compose.depends_on': s.dependsOn.map((d) => `${d.service}:${d.condition}:false`).join(','),
            'com.docker.compose.image': image.id,
            'com.docker.compose.oneoff': 'False',
            'com.docker.compose.project': project.name,
            'com.docker.compose.project.config_files': project.files.join(','),
            'com.docker.compose.project.working_dir': project.workingDir,
            'com.docker.compose.service': s.name,
            'com.docker.compose.version': COMPOSE_VERSION,
          },
          workdir: s.workingDir,
          user: s.user,
          hostname: s.hostname,
        });
        if ('error' in created) return `Error response from daemon: ${created.error}`;
        c = created.container;
        // Every network of the service answers to the service name (DNS, round robin).
        for (const k of nets) c.aliases[k] = [s.name, name];
        if (text !== 'Recreated') text = 'Started';
      }
      const error = startContainer(state, c);
      elapsed += 0.3;
      if (error) {
        tasks.push({ id: `Container ${name}`, text: 'Error', seconds: elapsed, failed: true, details: '' });
        return `Error response from daemon: ${error}`;
      }
      if (healthcheckOf(ctx, s, c)) c.health = c.state === 'running' ? 'starting' : undefined;
      tasks.push({ id: `Container ${name}`, text: text === 'Recreated' ? 'Recreated' : 'Started', seconds: elapsed });
    }
  }
  // Whatever had a healthcheck and still runs is healthy by the time the user looks.
  for (const c of containersOf(ctx, project.name)) if (c.health === 'starting' && c.state === 'running') c.health = 'healthy';
  return null;
}

function recordProject(ctx: CommandContext, project: ComposeProject): void {
  const state = ctx.state;
  state.composeProjects = state.composeProjects.filter((p) => p.name !== project.name);
  state.composeProjects.push({ name: project.name, workingDir: project.workingDir, configFiles: project.files, services: project.services.map((s) => s.name) });
}

// ───────────────────────────── down, stop, start, restart ─────────────────────────────

function down(ctx: CommandContext): number {
  tick(ctx.state);
  const loaded = load(ctx);
  if (typeof loaded === 'number') return loaded;
  const { project } = loaded;
  const state = ctx.state;
  const tasks: Task[] = [];
  const order = startOrder(project).map((s) => s.name).reverse();
  const containers = containersOf(ctx, project.name).sort((a, b) => order.indexOf(a.labels['com.docker.compose.service']) - order.indexOf(b.labels['com.docker.compose.service']));
  for (const c of containers) {
    stopContainer(state, c, Number(ctx.parsed.options.get('timeout') ?? 10));
    removeContainer(state, c, flag(ctx, 'volumes'));
    tasks.push({ id: `Container ${c.name}`, text: 'Removed', seconds: 0.4 + (c.image.startsWith('mysql') ? 1.2 : 0) });
  }
  for (const net of Object.values(project.networks)) {
    if (net.external) continue;
    const n = findNetwork(state, net.name);
    if (!n) continue;
    if (n.containers.length) {
      tasks.push({ id: `Network ${net.name}`, text: 'Resource is still in use', seconds: 0.0, failed: false });
      continue;
    }
    state.networks = state.networks.filter((x) => x !== n);
    tasks.push({ id: `Network ${net.name}`, text: 'Removed', seconds: 0.2 });
  }
  if (flag(ctx, 'volumes')) {
    for (const vol of Object.values(project.volumes)) {
      if (vol.external || !findVolume(state, vol.name)) continue;
      state.volumes = state.volumes.filter((v) => v.name !== vol.name);
      tasks.push({ id: `Volume ${vol.name}`, text: 'Removed', seconds: 0.0 });
    }
  }
  if (tasks.length) ctx.out.err(renderTasks('down', tasks).join('\n'));
  state.composeProjects = state.composeProjects.filter((p) => p.name !== project.name);
  return 0;
}

function lifecycle(operation: 'stop' | 'start' | 'restart') {
  return (ctx: CommandContext): number => {
    tick(ctx.state);
    const loaded = loadSelected(ctx, false);
    if (typeof loaded === 'number') return loaded;
    const { project, services } = loaded;
    const names = services.map((s) => s.name);
    const order = operation === 'stop' ? [...names].reverse() : names;
    const tasks: Task[] = [];
    for (const name of order) {
      for (const c of containersOf(ctx, project.name, [name])) {
        if (operation !== 'start') {
          stopContainer(ctx.state, c, Number(ctx.parsed.options.get('timeout') ?? 10));
          if (operation === 'stop') {
            tasks.push({ id: `Container ${c.name}`, text: 'Stopped', seconds: 0.4 });
            continue;
          }
        }
        if (operation === 'start' && c.state === 'running') continue;
        const error = startContainer(ctx.state, c);
        if (error) {
          ctx.out.err(renderTasks(operation, tasks).join('\n'));
          ctx.out.err(`Error response from daemon: ${error}`);
          return 1;
        }
        const s = project.services.find((x) => x.name === name)!;
        c.health = healthcheckOf(ctx, s, c) ? 'healthy' : undefined;
        tasks.push({ id: `Container ${c.name}`, text: 'Started', seconds: 0.3 });
      }
    }
    ctx.out.err(renderTasks(operation, tasks).join('\n'));
    return 0;
  };
}

// ───────────────────────────── ps, logs, exec ─────────────────────────────

function ps(ctx: CommandContext): number {
  tick(ctx.state);
  const loaded = load(ctx, true);
  if (typeof loaded === 'number') return loaded;
  const { project } = loaded;
  const all = flag(ctx, 'all');
  const status = list(ctx.parsed.options.get('status'));
  const containers = containersOf(ctx, project.name, ctx.args).filter((c) => (status.length ? status.includes(c.state) : all || c.state === 'running' || c.state === 'restarting' || c.state === 'paused'));
  if (flag(ctx, 'quiet')) {
    if (containers.length) ctx.out.out(containers.map((c) => c.id).join('\n'));
    return 0;
  }
  if (flag(ctx, 'services')) {
    if (containers.length) ctx.out.out([...new Set(containers.map((c) => c.labels['com.docker.compose.service']))].join('\n'));
    return 0;
  }
  const rows = [['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS']];
  for (const c of containers) {
    const r = psRow(ctx.state, c, true);
    rows.push([c.name, c.image, String(r.Command), c.labels['com.docker.compose.service'], String(r.RunningFor), String(r.Status), String(r.Ports)]);
  }
  ctx.out.out(table(rows));
  return 0;
}

function prefixedLogs(project: ComposeProject, containers: Container[], tail: number | undefined, noPrefix: boolean): string[] {
  const names = containers.map((c) => shortName(project, c));
  const width = Math.max(0, ...names.map((n) => n.length));
  const lines: { time: number; text: string; order: number }[] = [];
  containers.forEach((c, k) => {
    const own = tail === undefined ? c.logs : c.logs.slice(Math.max(0, c.logs.length - tail));
    own.forEach((l, i) => lines.push({ time: l.time, order: k * 1e6 + i, text: noPrefix ? l.text : `${names[k].padEnd(width)}  | ${l.text}` }));
  });
  return lines.sort((a, b) => a.time - b.time || a.order - b.order).map((l) => l.text);
}

function logs(ctx: CommandContext): number {
  tick(ctx.state);
  const loaded = load(ctx, true);
  if (typeof loaded === 'number') return loaded;
  const { project } = loaded;
  const tailOpt = ctx.parsed.options.get('tail');
  const tail = tailOpt === undefined || tailOpt === 'all' ? undefined : Number(tailOpt);
  const lines = prefixedLogs(project, containersOf(ctx, project.name, ctx.args), tail, flag(ctx, 'no-log-prefix'));
  if (lines.length) ctx.out.out(lines.join('\n'));
  if (flag(ctx, 'follow')) ctx.out.err('(Simulation : avec -f, le suivi continuerait jusqu’à Ctrl+C ; ici, le terminal affiche les lignes déjà écrites et vous rend la main.)');
  return 0;
}

function exec(ctx: CommandContext): number {
  tick(ctx.state);
  const loaded = load(ctx);
  if (typeof loaded === 'number') return loaded;
  const { project } = loaded;
  const [service, ...command] = ctx.args;
  if (!project.services.some((s) => s.name === service)) {
    ctx.out.err(`service "${service}" is not running`);
    return 1;
  }
  const index = Number(ctx.parsed.options.get('index') ?? 1);
  const c = containersOf(ctx, project.name, [service]).find((x) => x.labels['com.docker.compose.container-number'] === String(index) && x.state === 'running');
  if (!c) {
    ctx.out.err(ctx.parsed.options.has('index') ? `service "${service}" is not running container #${index}` : `service "${service}" is not running`);
    return 1;
  }
  const words = ['docker', 'exec'];
  if (!flag(ctx, 'no-tty')) words.push('-it');
  if (flag(ctx, 'detach')) words.push('-d');
  for (const e of list(ctx.parsed.options.get('env'))) words.push('-e', e);
  if (ctx.parsed.options.has('user')) words.push('-u', String(ctx.parsed.options.get('user')));
  if (ctx.parsed.options.has('workdir')) words.push('-w', String(ctx.parsed.options.get('workdir')));
  words.push(c.name, ...command);
  const r = runDocker(ctx.sim, words, ctx.stdin);
  for (const chunk of r.chunks) (chunk.fd === 1 ? ctx.out.out : ctx.out.err).call(ctx.out, chunk.text);
  return r.code;
}

// ───────────────────────────── build, pull, config ─────────────────────────────

function build(ctx: CommandContext): number {
  const loaded = loadSelected(ctx, false);
  if (typeof loaded === 'number') return loaded;
  const { project, services } = loaded;
  const tasks: Task[] = [];
  for (const s of services) if (!buildService(ctx, project, s, tasks, flag(ctx, 'no-cache'))) return 1;
  ctx.out.err(renderTasks('build', tasks).join('\n'));
  return 0;
}

function pull(ctx: CommandContext): number {
  const loaded = loadSelected(ctx, false);
  if (typeof loaded === 'number') return loaded;
  const { services } = loaded;
  const tasks: Task[] = [];
  for (const s of services) {
    if (!s.image) continue;
    const pulled = pullImage(ctx.state, withTag(s.image));
    if ('error' in pulled) {
      if (s.build) {
        tasks.push({ id: `Image ${s.image}`, text: 'Skipped', details: 'Image can be built', seconds: 0.9 });
        continue;
      }
      tasks.push({ id: `Image ${s.image}`, text: 'Error', details: pulled.error, seconds: 0.9, failed: true });
      ctx.out.err(renderTasks('pull', tasks).join('\n'));
      ctx.out.err(`Error response from daemon: ${pulled.error}`);
      return 1;
    }
    tasks.push({ id: `Image ${s.image}`, text: 'Pulled', seconds: pulled.downloaded ? 3 + pulled.image.layers.length * 0.7 : 0.6 });
  }
  ctx.out.err(renderTasks('pull', tasks).join('\n'));
  return 0;
}

function config(ctx: CommandContext): number {
  const loaded = load(ctx);
  if (typeof loaded === 'number') return loaded;
  const { project } = loaded;
  if (flag(ctx, 'quiet')) return 0;
  if (flag(ctx, 'services')) ctx.out.out(project.services.map((s) => s.name).join('\n'));
  else if (flag(ctx, 'volumes')) ctx.out.out(Object.keys(project.volumes).join('\n'));
  else if (flag(ctx, 'networks')) ctx.out.out(Object.keys(project.networks).join('\n'));
  else if (flag(ctx, 'images')) ctx.out.out(project.services.map((s) => withTag(imageOf(project, s)).replace(/:latest$/, '')).join('\n'));
  else ctx.out.out(configYaml(project));
  return 0;
}

/** `docker compose ls`: projects found from the containers' labels (cmd/compose/list.go). */
function ls(ctx: CommandContext): number {
  tick(ctx.state);
  const groups = new Map<string, Container[]>();
  for (const c of ctx.state.containers) {
    const p = c.labels['com.docker.compose.project'];
    if (p) groups.set(p, [...(groups.get(p) ?? []), c]);
  }
  const rows = [['NAME', 'STATUS', 'CONFIG FILES']];
  for (const [name, containers] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const counts = new Map<string, number>();
    for (const c of containers) counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
    if (!flag(ctx, 'all') && !counts.has('running')) continue;
    const status = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([st, n]) => `${st}(${n})`).join(', ');
    rows.push([name, status, containers[0].labels['com.docker.compose.project.config_files'] ?? '']);
  }
  if (flag(ctx, 'quiet')) {
    if (rows.length > 1) ctx.out.out(rows.slice(1).map((r) => r[0]).join('\n'));
    return 0;
  }
  ctx.out.out(table(rows));
  return 0;
}

/** `docker compose version`. */
function version(ctx: CommandContext): number {
  ctx.out.out(flag(ctx, 'short') ? COMPOSE_VERSION : `Docker Compose version v${COMPOSE_VERSION}`);
  return 0;
}

/** Subcommands that are not modelled: say so, never fake an output. */
function notSimulated(ctx: CommandContext): number {
  ctx.out.err(`Cette commande n’est pas simulée ici : docker compose ${quoteWords([ctx.parsed.command.replace(/^compose ?/, '')]).replace(/^''$/, '')}. Voir /compose/commandes/`);
  return 127;
}

registerDocker('compose up', up);
registerDocker('compose down', down);
registerDocker('compose ps', ps);
registerDocker('compose logs', logs);
registerDocker('compose exec', exec);
registerDocker('compose build', build);
registerDocker('compose pull', pull);
registerDocker('compose config', config);
registerDocker('compose stop', lifecycle('stop'));
registerDocker('compose start', lifecycle('start'));
registerDocker('compose restart', lifecycle('restart'));
registerDocker('compose ls', ls);
registerDocker('compose version', version);
registerDocker('compose', notSimulated);
