// docker run / create / start / ps: the container's life as the CLI shows it. Column formats
// and defaults from github:docker/cli 28f756087eea5fa301f3fbf12b01ae62f91521c2
// (cli/command/formatter/container.go: defaultContainerTableFormat, Command, Names, Image,
// DisplayablePorts; cli/command/container/{run,create,start,list}.go); status words from
// github:moby/moby b985e2313a8676e18072b442911fc8f64f17d440 (daemon/container/state.go String).
import { resolvePath } from '../fs';
import { createContainer, now, pullImage, startContainer, tick, validRef, type ContainerSpec, type MountSpec } from '../engine';
import { ellipsis, goQuote, goTime, humanDuration, humanSize, table } from '../format';
import { M } from '../messages';
import { mainProgram } from '../process';
import { findImage, findNetwork, type Container, type PortBinding, type RestartPolicy, type SimState } from '../state';
import { late, need, NotLoaded } from '../lazy';
import { flag, list, opt, written } from './common';
import { registerDocker, type CommandContext } from './registry';

// ───────────────────────────── status and columns ─────────────────────────────

/** moby State.String(), as `docker ps` shows it. */
export function statusOf(state: SimState, c: Container): string {
  const t = now(state);
  switch (c.state) {
    case 'running':
      // moby State.String(): `Up 2 minutes (healthy)`, `(health: starting)`.
      return `Up ${humanDuration(t - c.startedAt)}${c.health ? ` (${c.health === 'starting' ? 'health: starting' : c.health})` : ''}`;
    case 'paused':
      return `Up ${humanDuration(t - c.startedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${c.exitCode}) ${humanDuration(t - c.finishedAt)} ago`;
    case 'created':
      return 'Created';
    case 'dead':
      return 'Dead';
    default:
      return `Exited (${c.exitCode}) ${humanDuration(t - c.finishedAt)} ago`;
  }
}

/** moby list.go: Path then args, an argument with a space in single quotes. */
export const commandLine = (c: Container) => c.command.map((a, i) => (i > 0 && a.includes(' ') ? `'${a}'` : a)).join(' ');

/** formatter.DisplayablePorts: `0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`; exposed only: `80/tcp`. */
export function displayPorts(c: Container): string {
  if (c.state !== 'running' && c.state !== 'paused') return '';
  type P = { ip?: string; pub?: number; priv: number; type: string };
  const ports: P[] = [];
  for (const e of c.exposed) {
    const [priv, type] = e.split('/');
    if (!c.ports.some((p) => p.containerPort === Number(priv) && p.proto === type)) ports.push({ priv: Number(priv), type });
  }
  for (const p of c.ports) {
    if (p.hostIp === '0.0.0.0') ports.push({ ip: '0.0.0.0', pub: p.hostPort, priv: p.containerPort, type: p.proto }, { ip: '::', pub: p.hostPort, priv: p.containerPort, type: p.proto });
    else ports.push({ ip: p.hostIp, pub: p.hostPort, priv: p.containerPort, type: p.proto });
  }
  const ipRank = (ip?: string) => (ip === undefined ? -1 : ip.includes(':') ? 1 : 0);
  ports.sort((a, b) => a.priv - b.priv || ipRank(a.ip) - ipRank(b.ip) || (a.ip ?? '').localeCompare(b.ip ?? '') || (a.pub ?? 0) - (b.pub ?? 0) || a.type.localeCompare(b.type));
  const host = (ip: string, port: number | string) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);
  const groups = new Map<string, { first: number; last: number }>();
  const order: string[] = [];
  const result: string[] = [];
  const mappings: string[] = [];
  const form = (key: string, g: { first: number; last: number }) => {
    const [a, b] = key.split('/');
    const range = g.first === g.last ? `${g.first}` : `${g.first}-${g.last}`;
    return b === undefined ? `${range}/${a}` : `${host(a, range)}->${range}/${b}`;
  };
  for (const p of ports) {
    let key = p.type;
    if (p.ip !== undefined) {
      if (p.pub !== p.priv) {
        mappings.push(`${host(p.ip, p.pub!)}->${p.priv}/${p.type}`);
        continue;
      }
      key = `${p.ip}/${p.type}`;
    }
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { first: p.priv, last: p.priv });
      order.push(key);
    } else if (p.priv === g.last + 1) g.last = p.priv;
    else {
      result.push(form(key, g));
      groups.set(key, { first: p.priv, last: p.priv });
    }
  }
  for (const key of order) result.push(form(key, groups.get(key)!));
  return [...result, ...mappings].join(', ');
}

/** The fields `docker ps --format` knows (formatter.ContainerContext). */
export function psRow(state: SimState, c: Container, trunc: boolean): Record<string, unknown> {
  const image = state.images.find((i) => i.id === c.imageId);
  return {
    ID: trunc ? c.id.slice(0, 12) : c.id,
    Image: c.image,
    Command: goQuote(trunc ? ellipsis(commandLine(c), 20) : commandLine(c)),
    CreatedAt: goTime(c.createdAt),
    RunningFor: `${humanDuration(now(state) - c.createdAt)} ago`,
    Ports: displayPorts(c),
    State: c.state,
    Status: statusOf(state, c),
    Size: `${humanSize(c.fs.walk('/').length > 0 ? 0 : 0)} (virtual ${humanSize(image?.size ?? 0)})`,
    Names: c.name,
    Labels: Object.entries(c.labels).map(([k, v]) => `${k}=${v}`).join(','),
    Label: (key: string) => c.labels[key] ?? '',
    Mounts: c.mounts.map((m) => (m.type === 'volume' ? (trunc ? ellipsis(m.source, 15) : m.source) : ellipsis(m.source, 15))).join(','),
    Networks: c.networks.join(','),
    LocalVolumes: String(c.mounts.filter((m) => m.type === 'volume').length),
    Platform: 'linux/amd64',
  };
}

const HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED', Ports: 'PORTS', State: 'STATE',
  Status: 'STATUS', Size: 'SIZE', Names: 'NAMES', Labels: 'LABELS', Label: 'LABEL', Mounts: 'MOUNTS', Networks: 'NETWORKS', LocalVolumes: 'LOCAL VOLUMES', Platform: 'PLATFORM',
};

/**
 * Prints rows with a `--format`: `table …` gets a header (the fields' column names) and
 * tabwriter alignment; a plain template prints one line per row.
 */
export function printFormatted(ctx: CommandContext, format: string, rows: Record<string, unknown>[], headers: Record<string, string>): number {
  const tableMode = format.trimStart().startsWith('table');
  const template = tableMode ? format.trimStart().slice(5).trimStart() : format;
  const render = (t: string, data: Record<string, unknown>) => fillPlain(t, data) ?? need('template').render(t, data);
  try {
    const lines = rows.map((r) => render(template, r));
    if (!tableMode) {
      if (lines.length) ctx.out.out(lines.join('\n'));
      return 0;
    }
    const header = render(template.replace(/\{\{\s*(?:\w+\s+)?\.(\w+)[^}]*\}\}/g, (_, f) => headers[f] ?? f.toUpperCase()), {});
    ctx.out.out(table([header, ...lines].map((l) => l.split('\t'))));
    return 0;
  } catch (error) {
    if (error instanceof NotLoaded) throw error;
    const TemplateError = late.template?.TemplateError;
    ctx.out.err(`template parsing error: template: :1: ${TemplateError && error instanceof TemplateError ? error.message : String(error)}`);
    return 1;
  }
}

/**
 * A format of text and `{{.Field}}` only, over string fields (every default format): filled in
 * here, as Go's text/template would, so that `docker ps` does not wait for the templates
 * (template.ts, loaded on demand); anything else gives undefined.
 */
function fillPlain(template: string, data: Record<string, unknown>): string | undefined {
  const src = template.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const field = /\{\{\.(\w+)\}\}/g;
  if (src.replace(field, '').includes('{{')) return undefined;
  let plain = true;
  const text = src.replace(field, (_, name: string) => {
    const value = data[name];
    if (typeof value !== 'string') plain = false;
    return String(value);
  });
  return plain ? text : undefined;
}

// ───────────────────────────── docker ps ─────────────────────────────

function matchesFilters(state: SimState, c: Container, filters: string[]): boolean | string {
  const byKey = new Map<string, string[]>();
  for (const f of filters) {
    const eq = f.indexOf('=');
    if (eq < 0) return `invalid argument "${f}" for "-f, --filter" flag: bad format of filter (expected name=value)`;
    const key = f.slice(0, eq).toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), f.slice(eq + 1)]);
  }
  for (const [key, values] of byKey) {
    const one = (v: string): boolean => {
      switch (key) {
        case 'status':
          return c.state === v;
        case 'name':
          try {
            return new RegExp(v).test(c.name);
          } catch {
            return c.name.includes(v);
          }
        case 'id':
          return c.id.startsWith(v);
        case 'ancestor': {
          const image = findImage(state, v);
          return !!image && c.imageId === image.id;
        }
        case 'label': {
          const [k, val] = v.split('=');
          return k in c.labels && (val === undefined || c.labels[k] === val);
        }
        case 'network':
          return c.networks.includes(v) || c.networks.some((n) => findNetwork(state, n)?.id.startsWith(v));
        case 'volume':
          return c.mounts.some((m) => m.source === v || m.destination === v);
        case 'exited':
          return c.state === 'exited' && c.exitCode === Number(v);
        case 'publish':
          return c.ports.some((p) => `${p.hostPort}` === v.split('/')[0]);
        case 'expose':
          return c.exposed.some((e) => e.split('/')[0] === v.split('/')[0]);
        default:
          return false;
      }
    };
    const known = ['status', 'name', 'id', 'ancestor', 'label', 'network', 'volume', 'exited', 'publish', 'expose', 'before', 'since', 'health', 'isolation', 'is-task'];
    if (!known.includes(key)) return `invalid filter '${key}'`;
    if (key === 'status') {
      const bad = values.find((v) => !['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'].includes(v));
      if (bad) return `invalid filter 'status=${bad}'`;
    }
    if (!values.some(one)) return false;
  }
  return true;
}

/** A container that matches nothing, to validate filters on an empty host. */
const FAKE = { id: '', name: '', state: 'dead', labels: {}, networks: [], mounts: [], ports: [], exposed: [], imageId: '', exitCode: -1 } as unknown as Container;

function ps(ctx: CommandContext): number {
  tick(ctx.state);
  const p = ctx.parsed;
  const filters = list(p, 'filter');
  const all = flag(p, 'all') || filters.some((f) => /^(status|exited)=/.test(f)) || flag(p, 'latest') || (opt<number>(p, 'last') ?? -1) > 0;
  // The daemon checks the filters even when there is nothing to list.
  const invalid = [...ctx.state.containers.slice(0, 1), { ...FAKE }].map((c) => matchesFilters(ctx.state, c as Container, filters)).find((m) => typeof m === 'string');
  if (typeof invalid === 'string') {
    ctx.out.err(`Error response from daemon: ${invalid}`);
    return 1;
  }
  let rows = [...ctx.state.containers].reverse();
  if (!all) rows = rows.filter((c) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting');
  const kept: Container[] = [];
  for (const c of rows) {
    const m = matchesFilters(ctx.state, c, filters);
    if (typeof m === 'string') {
      ctx.out.err(`Error response from daemon: ${m}`);
      return 1;
    }
    if (m) kept.push(c);
  }
  let shown = kept;
  if (flag(p, 'latest')) shown = shown.slice(0, 1);
  const last = opt<number>(p, 'last') ?? -1;
  if (last > 0) shown = shown.slice(0, last);
  const trunc = !flag(p, 'no-trunc');
  if (flag(p, 'quiet')) {
    if (shown.length) ctx.out.out(shown.map((c) => (trunc ? c.id.slice(0, 12) : c.id)).join('\n'));
    return 0;
  }
  const format = opt<string>(p, 'format') ?? (flag(p, 'size') ? 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}\t{{.Size}}' : 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}');
  if (format === 'json') {
    if (shown.length) ctx.out.out(shown.map((c) => JSON.stringify(psRowJson(ctx.state, c, trunc))).join('\n'));
    return 0;
  }
  return printFormatted(ctx, format, shown.map((c) => psRow(ctx.state, c, trunc)), HEADERS);
}

function psRowJson(state: SimState, c: Container, trunc: boolean) {
  const r = psRow(state, c, trunc);
  const keys = ['Command', 'CreatedAt', 'ID', 'Image', 'Labels', 'LocalVolumes', 'Mounts', 'Names', 'Networks', 'Platform', 'Ports', 'RunningFor', 'Size', 'State', 'Status'];
  return Object.fromEntries(keys.map((k) => [k, r[k]]));
}

// ───────────────────────────── docker run / create ─────────────────────────────

export type SpecResult = { spec: ContainerSpec } | { error: string };

function parsePublish(raw: string): PortBinding | string {
  const m = /^(?:(\d+\.\d+\.\d+\.\d+|\[[\da-fA-F:]+\]):)?(?:(\d*):)?(\d+)(?:\/(tcp|udp|sctp))?$/.exec(raw);
  if (!m) return `invalid argument "${raw}" for "-p, --publish" flag: Invalid containerPort: ${raw.split(':').at(-1)}`;
  const hostPort = m[2] ? Number(m[2]) : 0;
  if (hostPort > 65535 || Number(m[3]) > 65535) return `invalid argument "${raw}" for "-p, --publish" flag: Invalid hostPort: ${m[2]}`;
  return { hostIp: m[1]?.replace(/^\[|\]$/g, '') ?? '0.0.0.0', hostPort, containerPort: Number(m[3]), proto: (m[4] as PortBinding['proto']) ?? 'tcp' };
}

/** A -v source is a host path if it starts like one; otherwise it names a volume. */
const isHostPath = (s: string) => /^(?:\/|\.{1,2}(?:\/|$)|~)/.test(s);

function parseVolume(ctx: CommandContext, raw: string): MountSpec | string {
  const parts = raw.split(':');
  if (parts.length === 1) return { type: 'volume', source: '', destination: parts[0] };
  const [source, destination, mode = ''] = parts;
  if (!destination.startsWith('/')) return `invalid volume specification: '${raw}': invalid mount config for type "${isHostPath(source) ? 'bind' : 'volume'}": invalid mount path: '${destination}' mount path must be absolute`;
  const readOnly = mode.split(',').includes('ro');
  if (isHostPath(source)) return { type: 'bind', source: resolvePath(source, ctx.state.cwd, ctx.state.home), destination, readOnly };
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(source)) return `create ${source}: "${source}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`;
  return { type: 'volume', source, destination, readOnly };
}

function parseMount(ctx: CommandContext, raw: string): MountSpec | string {
  const fields = new Map<string, string>();
  for (const part of raw.split(',')) {
    const [k, v = 'true'] = part.split('=');
    fields.set(k.toLowerCase(), v);
  }
  const type = (fields.get('type') ?? 'volume') as MountSpec['type'];
  const source = fields.get('source') ?? fields.get('src') ?? '';
  const destination = fields.get('target') ?? fields.get('destination') ?? fields.get('dst') ?? '';
  const readOnly = ['true', '1'].includes(fields.get('readonly') ?? fields.get('ro') ?? 'false');
  if (!destination) return 'invalid argument "' + raw + '" for "--mount" flag: target is required';
  if (type === 'bind') {
    const path = resolvePath(source, ctx.state.cwd, ctx.state.home);
    if (!ctx.state.fs.get(path)) return `Error response from daemon: ${M.bindSourceMissing(path)}`;
    return { type, source: path, destination, readOnly };
  }
  return { type, source, destination, readOnly };
}

function parseRestart(value: string): RestartPolicy | string {
  const [name, count] = value.split(':');
  if (!['no', 'always', 'unless-stopped', 'on-failure'].includes(name)) return `invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`;
  if (count !== undefined && name !== 'on-failure') return `invalid restart policy: maximum retry count can only be used with 'on-failure'`;
  return { name: name as RestartPolicy['name'], maximumRetryCount: count ? Number(count) : 0 };
}

/** The options of run/create → what the daemon is asked. */
export function specFrom(ctx: CommandContext): SpecResult {
  const p = ctx.parsed;
  const env: string[] = [];
  for (const file of written(p, 'env-file')) {
    const content = ctx.state.fs.read(resolvePath(file, ctx.state.cwd, ctx.state.home));
    if (content === undefined) return { error: `open ${file}: no such file or directory` };
    for (const line of content.split('\n')) {
      const l = line.trim();
      if (!l || l.startsWith('#')) continue;
      if (l.includes('=')) env.push(l);
      else if (ctx.sim.variable(l)) env.push(`${l}=${ctx.sim.variable(l)}`);
    }
  }
  for (const e of written(p, 'env')) {
    if (e.includes('=')) env.push(e);
    else if (e in ctx.sim.variables()) env.push(`${e}=${ctx.sim.variables()[e]}`);
  }
  const ports: PortBinding[] = [];
  for (const raw of written(p, 'publish')) {
    const b = parsePublish(raw);
    if (typeof b === 'string') return { error: b };
    ports.push(b);
  }
  const mounts: MountSpec[] = [];
  for (const raw of written(p, 'volume')) {
    const m = parseVolume(ctx, raw);
    if (typeof m === 'string') return { error: `Error response from daemon: ${m}` };
    mounts.push(m);
  }
  for (const raw of written(p, 'mount')) {
    const m = parseMount(ctx, raw);
    if (typeof m === 'string') return { error: m };
    mounts.push(m);
  }
  for (const t of written(p, 'tmpfs')) mounts.push({ type: 'tmpfs', source: '', destination: t.split(':')[0] });
  let restart: RestartPolicy | undefined;
  const r = opt<string>(p, 'restart');
  if (r !== undefined) {
    const policy = parseRestart(r);
    if (typeof policy === 'string') return { error: policy };
    restart = policy;
    if (flag(p, 'rm') && policy.name !== 'no') return { error: 'Conflicting options: --restart and --rm' };
  }
  const labels: Record<string, string> = {};
  for (const l of written(p, 'label')) {
    const eq = l.indexOf('=');
    labels[eq < 0 ? l : l.slice(0, eq)] = eq < 0 ? '' : l.slice(eq + 1);
  }
  const networks = written(p, 'network');
  const entrypoint = p.writtenValues.get('entrypoint')?.at(-1);
  const [image, ...cmd] = p.args;
  return {
    spec: {
      image, name: opt<string>(p, 'name'), cmd: cmd.length ? cmd : undefined,
      entrypoint: entrypoint === undefined ? undefined : entrypoint === '' ? [] : [entrypoint],
      env, ports, publishAll: flag(p, 'publish-all'), expose: written(p, 'expose'), mounts, networks: networks.length ? networks : undefined,
      aliases: written(p, 'network-alias'), restart, labels, workdir: opt<string>(p, 'workdir'), user: opt<string>(p, 'user'),
      hostname: opt<string>(p, 'hostname'), autoRemove: flag(p, 'rm'), tty: flag(p, 'tty'), interactive: flag(p, 'interactive'),
      init: flag(p, 'init'), memory: opt<number>(p, 'memory'),
    },
  };
}

const help = (ctx: CommandContext) => `\n\nRun '${`docker ${ctx.parsed.written || ctx.parsed.command}`} --help' for more information`;

/** Makes sure the image is local: « Unable to find image… locally » then the pull. */
export function ensureImage(ctx: CommandContext, ref: string): boolean {
  const written = ctx.parsed.writtenArgs[0] ?? ref;
  if (!validRef(written.replace(/^docker\.io\//, ''))) {
    const upper = /[A-Z]/.test(written.split(':')[0]);
    ctx.out.err(`docker: ${upper ? M.invalidReferenceUpper(written) : M.invalidReference()}${help(ctx)}`);
    return false;
  }
  if (findImage(ctx.state, ref)) return true;
  ctx.out.err(`Unable to find image '${ref}' locally`);
  const pulled = pullImage(ctx.state, ref);
  if ('error' in pulled) {
    ctx.out.err(`docker: Error response from daemon: ${pulled.error}${help(ctx)}`);
    return false;
  }
  ctx.out.out(pulled.lines.join('\n'));
  return true;
}

function create(ctx: CommandContext): number {
  const s = specFrom(ctx);
  if ('error' in s) {
    ctx.out.err(`docker: ${s.error}${help(ctx)}`);
    return 125;
  }
  if (!ensureImage(ctx, s.spec.image)) return 125;
  const created = createContainer(ctx.state, s.spec);
  if ('error' in created) {
    ctx.out.err(`docker: Error response from daemon: ${created.error}${help(ctx)}`);
    return 125;
  }
  if (ctx.parsed.command === 'container create') {
    ctx.out.out(created.container.id);
    return 0;
  }
  return run(ctx, created.container);
}

/** Note shown when a real terminal would stay attached to the container. */
const ATTACHED_NOTE = (c: Container) =>
  `(Simulation : dans un vrai terminal, « docker run » sans -d resterait attaché au conteneur ${c.name} et Ctrl+C l’arrêterait. Ici, le terminal vous rend la main et le conteneur continue de tourner : arrêtez-le avec « docker stop ${c.name} »${c.autoRemove ? ' (avec --rm, il sera alors supprimé)' : ''}.)`;
const SHELL_NOTE = (c: Container) =>
  `(Simulation : le shell interactif du conteneur n’est pas simulé. Le conteneur ${c.name} tourne ; lancez-y des commandes avec « docker exec ${c.name} <commande> », par exemple « docker exec ${c.name} ls / ».)`;

function run(ctx: CommandContext, c: Container): number {
  const detach = flag(ctx.parsed, 'detach');
  const from = c.logs.length;
  const error = startContainer(ctx.state, c);
  if (error) {
    ctx.out.err(`docker: Error response from daemon: ${error}${help(ctx)}`);
    if (/executable file not found/.test(error)) return 127;
    return 125;
  }
  if (detach) {
    ctx.out.out(c.id);
    return 0;
  }
  // Attached: the container's output, then its exit code (or the note if it keeps running).
  for (const line of c.logs.slice(from)) {
    if (line.stream === 'stderr' && !c.tty) ctx.out.err(line.text);
    else ctx.out.out(line.text);
  }
  const live = ctx.state.containers.includes(c) && (c.state === 'running' || c.state === 'restarting');
  if (!live) return c.exitCode;
  const { program } = mainProgram(c);
  ctx.out.err(c.interactive && c.tty && ['sh', 'bash', 'ash', 'node', 'python', 'python3'].includes(program) ? SHELL_NOTE(c) : ATTACHED_NOTE(c));
  return 0;
}

function start(ctx: CommandContext): number {
  tick(ctx.state);
  const failed: string[] = [];
  const attach = flag(ctx.parsed, 'attach');
  for (const name of ctx.args) {
    const c = ctx.state.containers.find((x) => x.name === name || x.id.startsWith(name));
    if (!c) {
      failed.push(`Error response from daemon: No such container: ${name}`);
      continue;
    }
    if (c.state === 'paused') {
      failed.push(`Error response from daemon: cannot start a paused container, try unpause instead`);
      continue;
    }
    const from = c.logs.length;
    const error = startContainer(ctx.state, c);
    if (error) {
      failed.push(`Error response from daemon: ${error}`);
      continue;
    }
    if (attach) {
      for (const line of c.logs.slice(from)) (line.stream === 'stderr' ? ctx.out.err : ctx.out.out).call(ctx.out, line.text);
      if (c.state !== 'running') return c.exitCode;
    } else ctx.out.out(name);
  }
  if (failed.length) {
    ctx.out.err(`${failed.join('\n')}${failed.length > 1 || ctx.args.length > 1 ? '\nError: failed to start containers: ' + ctx.args.filter((a) => failed.some((f) => f.includes(a))).join(', ') : ''}`);
    return 1;
  }
  return 0;
}

registerDocker('container run', create);
registerDocker('container create', create);
registerDocker('container start', start);
registerDocker('container ls', ps);
