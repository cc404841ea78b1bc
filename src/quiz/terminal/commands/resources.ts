// docker volume … and docker network …: github:docker/cli 28f756087eea5fa301f3fbf12b01ae62f91521c2
// (cli/command/volume/*.go, cli/command/network/*.go, formatter/{volume,network}.go); daemon
// words from github:moby/moby b985e2313a8676e18072b442911fc8f64f17d440 (daemon/volume/service,
// daemon/libnetwork/error.go, daemon/network.go).
import { connect, ensureNetwork, ensureVolume, tick } from '../engine';
import { M } from '../messages';
import { findNetwork, findVolume, type Container, type Network } from '../state';
import { containerOr, flag, list, opt } from './common';
import { printFormatted } from './containers';
import { registerDocker, type CommandContext } from './registry';

const usersOf = (ctx: CommandContext, name: string) => ctx.state.containers.filter((c) => c.mounts.some((m) => m.type === 'volume' && m.source === name));

registerDocker('volume create', (ctx) => {
  const name = ctx.args[0] ?? opt<string>(ctx.parsed, 'name');
  if (name !== undefined && !/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name)) {
    ctx.out.err(`Error response from daemon: create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`);
    return 1;
  }
  const labels: Record<string, string> = {};
  for (const l of list(ctx.parsed, 'label')) labels[l.split('=')[0]] = l.split('=').slice(1).join('=');
  const v = ensureVolume(ctx.state, name, labels);
  ctx.out.out(v.name);
  return 0;
});

registerDocker('volume ls', (ctx) => {
  const filters = list(ctx.parsed, 'filter');
  const volumes = [...ctx.state.volumes]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .filter((v) => filters.every((f) => (f === 'dangling=true' ? !usersOf(ctx, v.name).length : f === 'dangling=false' ? usersOf(ctx, v.name).length > 0 : f.startsWith('name=') ? v.name.includes(f.slice(5)) : f.startsWith('label=') ? f.slice(6).split('=')[0] in v.labels : true)));
  if (flag(ctx.parsed, 'quiet')) {
    if (volumes.length) ctx.out.out(volumes.map((v) => v.name).join('\n'));
    return 0;
  }
  return printFormatted(ctx, opt<string>(ctx.parsed, 'format') ?? 'table {{.Driver}}\t{{.Name}}', volumes.map((v) => ({ Driver: v.driver, Name: v.name, Mountpoint: v.mountpoint, Scope: 'local', Labels: Object.entries(v.labels).map(([k, x]) => `${k}=${x}`).join(',') })), {
    Driver: 'DRIVER', Name: 'VOLUME NAME', Mountpoint: 'MOUNTPOINT', Scope: 'SCOPE', Labels: 'LABELS',
  });
});

registerDocker('volume rm', (ctx) => {
  const errors: string[] = [];
  for (const name of ctx.args) {
    const v = findVolume(ctx.state, name);
    if (!v) {
      if (!flag(ctx.parsed, 'force')) errors.push(M.noSuchVolume(name));
      continue;
    }
    const users = usersOf(ctx, name);
    if (users.length) {
      errors.push(M.volumeInUse(name, users.map((c) => c.id)));
      continue;
    }
    ctx.state.volumes = ctx.state.volumes.filter((x) => x !== v);
    ctx.out.out(name);
  }
  if (errors.length) ctx.out.err(errors.join('\n'));
  return errors.length ? 1 : 0;
});

registerDocker('volume prune', (ctx) => {
  const all = flag(ctx.parsed, 'all');
  if (!flag(ctx.parsed, 'force')) {
    ctx.out.out(`WARNING! This will remove ${all ? 'all local volumes' : 'anonymous local volumes'} not used by at least one container.\nAre you sure you want to continue? [y/N] `);
    ctx.out.err('(Simulation : pas de question interactive ici ; ajoutez -f pour confirmer.)');
    return 1;
  }
  // Since Docker 23, prune only removes anonymous volumes unless --all is given.
  const removed = ctx.state.volumes.filter((v) => !usersOf(ctx, v.name).length && (all || v.anonymous));
  ctx.state.volumes = ctx.state.volumes.filter((v) => !removed.includes(v));
  const bytes = removed.reduce((s, v) => s + v.files.walk('/').reduce((t, p) => t + (v.files.read(p)?.length ?? 0), 0), 0);
  ctx.out.out(`${removed.length ? `Deleted Volumes:\n${removed.map((v) => v.name).join('\n')}\n\n` : ''}Total reclaimed space: ${bytes}B`);
  return 0;
});

registerDocker('network create', (ctx) => {
  const name = ctx.args[0];
  if (findNetwork(ctx.state, name)?.name === name) {
    ctx.out.err(M.networkExists(name));
    return 1;
  }
  const driver = opt<string>(ctx.parsed, 'driver') ?? 'bridge';
  if (!['bridge', 'overlay', 'macvlan', 'ipvlan'].includes(driver)) {
    ctx.out.err(`Error response from daemon: plugin "${driver}" not found`);
    return 1;
  }
  const labels: Record<string, string> = {};
  for (const l of list(ctx.parsed, 'label')) labels[l.split('=')[0]] = l.split('=').slice(1).join('=');
  const n = ensureNetwork(ctx.state, name, { driver, internal: flag(ctx.parsed, 'internal'), labels });
  ctx.out.out(n.id);
  return 0;
});

registerDocker('network ls', (ctx) => {
  const trunc = !flag(ctx.parsed, 'no-trunc');
  const filters = list(ctx.parsed, 'filter');
  const rows = [...ctx.state.networks]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .filter((n) => filters.every((f) => (f.startsWith('name=') ? n.name.includes(f.slice(5)) : f.startsWith('driver=') ? n.driver === f.slice(7) : f === 'type=builtin' ? !!n.builtin : f === 'type=custom' ? !n.builtin : true)))
    .map((n) => ({ ID: trunc ? n.id.slice(0, 12) : n.id, Name: n.name, Driver: n.driver, Scope: 'local', Internal: String(n.internal), IPv6: 'false', Labels: '' }));
  if (flag(ctx.parsed, 'quiet')) {
    ctx.out.out(rows.map((r) => r.ID).join('\n'));
    return 0;
  }
  return printFormatted(ctx, opt<string>(ctx.parsed, 'format') ?? 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}', rows, {
    ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', Internal: 'INTERNAL', IPv6: 'IPV6', Labels: 'LABELS',
  });
});

registerDocker('network rm', (ctx) => {
  tick(ctx.state);
  const errors: string[] = [];
  for (const name of ctx.args) {
    const n = findNetwork(ctx.state, name);
    if (!n) {
      if (!flag(ctx.parsed, 'force')) errors.push(M.noSuchNetwork(name));
      continue;
    }
    if (n.builtin) {
      errors.push(M.predefinedNetwork(n.name));
      continue;
    }
    const attached = ctx.state.containers.filter((c) => n.containers.includes(c.id));
    if (attached.length) {
      errors.push(M.activeEndpoints(n.name, attached.map((c) => c.name)));
      continue;
    }
    // A stopped container still names the network: it will fail to start, as in reality.
    ctx.state.networks = ctx.state.networks.filter((x) => x !== n);
    ctx.out.out(name);
  }
  if (errors.length) ctx.out.err(errors.join('\n'));
  return errors.length ? 1 : 0;
});

/** The network and the container of `network connect|disconnect NETWORK CONTAINER`. */
function pair(ctx: CommandContext): [Network, Container] | null {
  const [netName, containerName] = ctx.args;
  const n = findNetwork(ctx.state, netName);
  if (!n) {
    ctx.out.err(M.noSuchNetwork(netName));
    return null;
  }
  const c = containerOr(ctx, containerName);
  return c ? [n, c] : null;
}

registerDocker('network connect', (ctx) => {
  const found = pair(ctx);
  if (!found) return 1;
  const [n, c] = found;
  if (c.networks.includes(n.name)) {
    ctx.out.err(`Error response from daemon: endpoint with name ${c.name} already exists in network ${n.name}`);
    return 1;
  }
  connect(ctx.state, c, n, list(ctx.parsed, 'alias'));
  return 0;
});

registerDocker('network disconnect', (ctx) => {
  const found = pair(ctx);
  if (!found) return 1;
  const [n, c] = found;
  if (!c.networks.includes(n.name)) {
    ctx.out.err(`Error response from daemon: container ${c.id} is not connected to network ${n.name}`);
    return 1;
  }
  c.networks = c.networks.filter((x) => x !== n.name);
  n.containers = n.containers.filter((id) => id !== c.id);
  delete c.ips[n.name];
  return 0;
});

registerDocker('network prune', (ctx) => {
  if (!flag(ctx.parsed, 'force')) {
    ctx.out.out('WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ');
    ctx.out.err('(Simulation : pas de question interactive ici ; ajoutez -f pour confirmer.)');
    return 1;
  }
  const removed = ctx.state.networks.filter((n) => !n.builtin && !ctx.state.containers.some((c) => c.networks.includes(n.name)));
  ctx.state.networks = ctx.state.networks.filter((n) => !removed.includes(n));
  if (removed.length) ctx.out.out(`Deleted Networks:\n${removed.map((n) => n.name).join('\n')}`);
  return 0;
});
