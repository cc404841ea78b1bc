// docker inspect (and container/image/volume/network inspect): JSON shaped like the Engine
// API's (api/types at github:moby/moby b985e2313a8676e18072b442911fc8f64f17d440) for the fields
// the course reads, and `-f` Go templates over it. Unknown objects: cli/command/system/inspect.go
// and cli/command/inspect/inspector.go (github:docker/cli 28f756087eea5fa301f3fbf12b01ae62f91521c2).
import { now, tick } from '../engine';
import { rfc3339 } from '../format';
import { findContainer, findImage, findNetwork, findVolume, type Container, type Image, type Network, type SimState, type Volume } from '../state';
import { render, TemplateError } from '../template';
import { opt } from './common';
import { registerDocker, type CommandContext } from './registry';

const ZERO = '0001-01-01T00:00:00Z';
const portMap = (c: Container) => {
  const map: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  for (const e of c.exposed) map[e] = null;
  for (const p of c.ports) {
    const key = `${p.containerPort}/${p.proto}`;
    const list = map[key] ?? [];
    if (p.hostIp === '0.0.0.0') list.push({ HostIp: '0.0.0.0', HostPort: String(p.hostPort || '') }, { HostIp: '::', HostPort: String(p.hostPort || '') });
    else list.push({ HostIp: p.hostIp, HostPort: String(p.hostPort || '') });
    map[key] = list;
  }
  return map;
};

export function containerJson(state: SimState, c: Container): Record<string, unknown> {
  const running = c.state === 'running' || c.state === 'paused';
  const networks: Record<string, unknown> = {};
  for (const n of c.networks) {
    const net = findNetwork(state, n);
    const ip = running ? (c.ips[n] ?? '') : '';
    networks[n] = {
      IPAMConfig: null, Links: null, Aliases: c.aliases[n] ?? null, MacAddress: ip ? `02:42:ac:${ip.split('.').slice(1).map((x) => Number(x).toString(16).padStart(2, '0')).join(':')}` : '',
      DriverOpts: null, GwPriority: 0, NetworkID: net?.id ?? '', EndpointID: ip ? c.id.split('').reverse().join('') : '', Gateway: ip ? (net?.gateway ?? '') : '',
      IPAddress: ip, IPPrefixLen: ip ? 16 : 0, IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, DNSNames: n === 'bridge' || !ip ? null : [c.name, c.id.slice(0, 12), ...(c.aliases[n] ?? [])],
    };
  }
  const bridgeIp = running ? (c.ips.bridge ?? '') : '';
  return {
    Id: c.id,
    Created: rfc3339(c.createdAt),
    Path: c.command[0] ?? '',
    Args: c.command.slice(1),
    State: {
      Status: c.state, Running: running, Paused: c.state === 'paused', Restarting: c.state === 'restarting', OOMKilled: c.oomKilled, Dead: c.state === 'dead',
      Pid: running ? c.pid : 0, ExitCode: c.exitCode, Error: '', StartedAt: c.startedAt ? rfc3339(c.startedAt) : ZERO, FinishedAt: c.finishedAt ? rfc3339(c.finishedAt) : ZERO,
      ...(c.health ? { Health: { Status: c.health, FailingStreak: c.health === 'unhealthy' && c.state === 'running' ? 3 : 0, Log: [] } } : {}),
    },
    Image: c.imageId,
    ResolvConfPath: `/var/lib/docker/containers/${c.id}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${c.id}/hostname`,
    HostsPath: `/var/lib/docker/containers/${c.id}/hosts`,
    LogPath: `/var/lib/docker/containers/${c.id}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlayfs',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: 'docker-default',
    HostConfig: {
      Binds: c.mounts.filter((m) => m.type === 'bind' || (m.type === 'volume' && !m.anonymous)).map((m) => `${m.source}:${m.destination}${m.readOnly ? ':ro' : ''}`),
      NetworkMode: c.networks[0] ?? 'bridge',
      PortBindings: Object.fromEntries(c.ports.map((p) => [`${p.containerPort}/${p.proto}`, [{ HostIp: p.hostIp === '0.0.0.0' ? '' : p.hostIp, HostPort: p.hostPort ? String(p.hostPort) : '' }]])),
      RestartPolicy: { Name: c.restartPolicy.name, MaximumRetryCount: c.restartPolicy.maximumRetryCount },
      AutoRemove: c.autoRemove,
      PublishAllPorts: c.publishAll,
      Init: c.init || null,
      Memory: c.memory,
      Privileged: false,
      ReadonlyRootfs: false,
    },
    Mounts: c.mounts.map((m) => ({
      Type: m.type, ...(m.type === 'volume' ? { Name: m.source, Source: `/var/lib/docker/volumes/${m.source}/_data`, Driver: 'local' } : { Source: m.source }),
      Destination: m.destination, Mode: m.type === 'volume' ? 'z' : '', RW: !m.readOnly, Propagation: m.type === 'bind' ? 'rprivate' : '',
    })),
    Config: {
      Hostname: c.hostname, Domainname: '', User: c.user, AttachStdin: c.interactive, AttachStdout: true, AttachStderr: true,
      ExposedPorts: c.exposed.length ? Object.fromEntries(c.exposed.map((e) => [e, {}])) : undefined,
      Tty: c.tty, OpenStdin: c.interactive, StdinOnce: c.interactive, Env: c.env, Cmd: c.cmd.length ? c.cmd : null, Image: c.image,
      Volumes: null, WorkingDir: c.workingDir, Entrypoint: c.entrypoint.length ? c.entrypoint : null, Labels: c.labels,
      StopSignal: state.images.find((i) => i.id === c.imageId)?.config.stopSignal,
    },
    NetworkSettings: {
      SandboxID: running ? c.id.slice(7) + c.id.slice(0, 7) : '', SandboxKey: running ? `/var/run/docker/netns/${c.id.slice(0, 12)}` : '',
      Ports: running ? portMap(c) : {},
      // Docker 29 keeps the legacy top-level fields only for the default bridge.
      IPAddress: bridgeIp, Gateway: bridgeIp ? '172.17.0.1' : '', IPPrefixLen: bridgeIp ? 16 : 0, MacAddress: (networks.bridge as { MacAddress?: string } | undefined)?.MacAddress ?? '',
      Networks: networks,
    },
  };
}

export function imageJson(state: SimState, i: Image): Record<string, unknown> {
  return {
    Id: i.id,
    RepoTags: i.repoTags,
    RepoDigests: i.repoDigests,
    Parent: i.parent ?? '',
    Comment: i.parent ? 'buildkit.dockerfile.v0' : '',
    Created: rfc3339(i.createdAt),
    DockerVersion: '',
    Author: '',
    Config: {
      ExposedPorts: i.config.exposedPorts.length ? Object.fromEntries(i.config.exposedPorts.map((p) => [p, {}])) : undefined,
      Env: i.config.env, Cmd: i.config.cmd.length ? i.config.cmd : null, Entrypoint: i.config.entrypoint.length ? i.config.entrypoint : null,
      Volumes: i.config.volumes?.length ? Object.fromEntries(i.config.volumes.map((v) => [v, {}])) : null, WorkingDir: i.config.workingDir,
      User: i.config.user, Labels: i.config.labels && Object.keys(i.config.labels).length ? i.config.labels : null, StopSignal: i.config.stopSignal,
    },
    Architecture: 'amd64',
    Os: 'linux',
    Size: i.size,
    RootFS: { Type: 'layers', Layers: i.layers.map((l) => l.digest) },
    Metadata: { LastTagTime: ZERO },
    Descriptor: { mediaType: 'application/vnd.oci.image.index.v1+json', digest: i.repoDigests[0]?.split('@')[1] ?? i.id, size: 10229 },
    Containers: state.containers.filter((c) => c.imageId === i.id).length || undefined,
  };
}

export const volumeJson = (v: Volume) => ({
  CreatedAt: rfc3339(v.createdAt).replace(/\.\d+Z$/, 'Z'), Driver: v.driver, Labels: v.labels, Mountpoint: v.mountpoint, Name: v.name, Options: null, Scope: 'local',
});

export function networkJson(state: SimState, n: Network): Record<string, unknown> {
  const containers: Record<string, unknown> = {};
  for (const id of n.containers) {
    const c = state.containers.find((x) => x.id === id);
    if (!c) continue;
    containers[id] = { Name: c.name, EndpointID: c.id.split('').reverse().join(''), MacAddress: '', IPv4Address: c.ips[n.name] ? `${c.ips[n.name]}/16` : '', IPv6Address: '' };
  }
  return {
    Name: n.name, Id: n.id, Created: rfc3339(n.createdAt || now(state) - 3600e3), Scope: 'local', Driver: n.driver, EnableIPv4: true, EnableIPv6: false,
    IPAM: { Driver: 'default', Options: null, Config: n.subnet ? [{ Subnet: n.subnet, Gateway: n.gateway }] : null },
    Internal: n.internal, Attachable: false, Ingress: false, ConfigFrom: { Network: '' }, ConfigOnly: false, Containers: containers,
    Options: n.name === 'bridge' ? { 'com.docker.network.bridge.default_bridge': 'true', 'com.docker.network.bridge.name': 'docker0' } : {}, Labels: n.labels,
  };
}

/** JSON as the CLI indents it (4 spaces), with Go's escaping of < > &. */
export const cliJson = (value: unknown) => JSON.stringify(value, null, 4).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

type Kind = 'container' | 'image' | 'volume' | 'network';

function lookup(state: SimState, kind: Kind | undefined, ref: string): Record<string, unknown> | undefined {
  if (!kind || kind === 'container') {
    const c = findContainer(state, ref);
    if (c) return containerJson(state, c);
  }
  if (!kind || kind === 'image') {
    const i = findImage(state, ref);
    if (i) return imageJson(state, i);
  }
  if (!kind || kind === 'volume') {
    const v = findVolume(state, ref);
    if (v) return volumeJson(v);
  }
  if (!kind || kind === 'network') {
    const n = findNetwork(state, ref);
    if (n) return networkJson(state, n);
  }
  return undefined;
}

const NOT_FOUND: Record<Kind, (r: string) => string> = {
  container: (r) => `Error response from daemon: No such container: ${r}`,
  image: (r) => `Error response from daemon: No such image: ${r}`,
  volume: (r) => `Error response from daemon: get ${r}: no such volume`,
  network: (r) => `Error response from daemon: network ${r} not found`,
};

export function inspect(ctx: CommandContext, kind?: Kind): number {
  tick(ctx.state);
  const type = (opt<string>(ctx.parsed, 'type') as Kind | undefined) ?? kind;
  const format = opt<string>(ctx.parsed, 'format');
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const ref of kind === 'image' || type === 'image' ? ctx.parsed.writtenArgs : ctx.args) {
    const obj = lookup(ctx.state, type, ref);
    if (obj) found.push(obj);
    else errors.push(type ? NOT_FOUND[type](ref) : `error: no such object: ${ref}`);
  }
  if (format && format !== 'json') {
    try {
      const lines = found.map((o) => render(format, o));
      if (lines.length) ctx.out.out(lines.join('\n'));
    } catch (error) {
      ctx.out.err(`template parsing error: template: :1: ${error instanceof TemplateError ? error.message : String(error)}`);
      return 64;
    }
  } else ctx.out.out(cliJson(found));
  if (errors.length) ctx.out.err(errors.join('\n'));
  return errors.length ? 1 : 0;
}

registerDocker('inspect', (ctx) => inspect(ctx));
registerDocker('container inspect', (ctx) => inspect(ctx, 'container'));
registerDocker('image inspect', (ctx) => inspect(ctx, 'image'));
registerDocker('volume inspect', (ctx) => inspect(ctx, 'volume'));
registerDocker('network inspect', (ctx) => inspect(ctx, 'network'));
