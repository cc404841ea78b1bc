// stop, kill, restart, rm, pause, unpause, rename, logs, port, top, stats, container prune.
// Words from github:docker/cli 28f756087eea5fa301f3fbf12b01ae62f91521c2
// (cli/command/container/{stop,kill,restart,rm,pause,unpause,rename,logs,port,top,stats,prune}.go)
// and github:moby/moby b985e2313a8676e18072b442911fc8f64f17d440 (daemon/{delete,kill,pause,unpause,rename}.go).
import { exited, killContainer, now, removeContainer, startContainer, stopContainer, tick } from '../engine';
import { bytesSize, humanSize, rfc3339 } from '../format';
import { M } from '../messages';
import { mainProgram, processes } from '../process';
import { findContainer, type Container } from '../state';
import { alive, containerOr, flag, opt } from './common';
import { displayPorts, printFormatted } from './containers';
import { registerDocker, type CommandContext } from './registry';

/** Runs `action` on each named container; the CLI prints each name, errors last, exit 1 if any. */
function each(ctx: CommandContext, action: (c: Container, name: string) => string | null): number {
  tick(ctx.state);
  const errors: string[] = [];
  for (const name of ctx.args) {
    const c = findContainer(ctx.state, name);
    if (!c) {
      errors.push(M.noSuchContainer(name));
      continue;
    }
    const error = action(c, name);
    if (error) errors.push(error);
    else ctx.out.out(name);
  }
  if (errors.length) ctx.out.err(errors.join('\n'));
  return errors.length ? 1 : 0;
}

registerDocker('container stop', (ctx) => {
  const timeout = opt<number>(ctx.parsed, 'timeout');
  const signal = opt<string>(ctx.parsed, 'signal');
  // Stopping a container that is not running is not an error: the daemon has nothing to do.
  return each(ctx, (c) => {
    stopContainer(ctx.state, c, timeout ?? 10, signal ? signal.toUpperCase().replace(/^(?!SIG)/, 'SIG') : undefined);
    return null;
  });
});

registerDocker('container kill', (ctx) => {
  const signal = opt<string>(ctx.parsed, 'signal') ?? 'SIGKILL';
  return each(ctx, (c, name) => (killContainer(ctx.state, c, signal) === null ? M.killNotRunning(name, c.id) : null));
});

registerDocker('container restart', (ctx) => {
  const timeout = opt<number>(ctx.parsed, 'timeout');
  return each(ctx, (c) => {
    if (alive(c)) stopContainer(ctx.state, c, timeout ?? 10);
    if (!ctx.state.containers.includes(c)) return null;
    const error = startContainer(ctx.state, c);
    if (!error) c.restartCount = 0;
    return error ? M.daemon(error) : null;
  });
});

registerDocker('container rm', (ctx) => {
  const force = flag(ctx.parsed, 'force');
  const volumes = flag(ctx.parsed, 'volumes');
  return each(ctx, (c, name) => {
    if (alive(c) && !force) return M.rmRunning(name, c.state === 'paused');
    if (alive(c)) {
      c.manuallyStopped = true;
      c.autoRemove = false;
      exited(ctx.state, c, 137);
    }
    removeContainer(ctx.state, c, volumes);
    return null;
  });
});

registerDocker('container pause', (ctx) =>
  each(ctx, (c) => {
    if (c.state === 'paused') return M.alreadyPaused(c.id);
    if (c.state !== 'running') return M.daemon(M.notRunning(c.id));
    c.state = 'paused';
    return null;
  }),
);

registerDocker('container unpause', (ctx) =>
  each(ctx, (c) => {
    if (c.state !== 'paused') return M.notPaused(c.id);
    c.state = 'running';
    return null;
  }),
);

registerDocker('container rename', (ctx) => {
  const [oldName, newName] = ctx.args;
  const c = containerOr(ctx, oldName);
  if (!c) return 1;
  const taken = ctx.state.containers.find((x) => x.name === newName.replace(/^\//, ''));
  if (taken) {
    ctx.out.err(`Error response from daemon: Error when allocating new name: ${M.nameInUse(newName.replace(/^\//, ''), taken.id)}`);
    return 1;
  }
  if (!/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(newName)) {
    ctx.out.err(`Error response from daemon: Error when allocating new name: ${M.invalidName(newName)}`);
    return 1;
  }
  if (c.name === newName) {
    ctx.out.err('Error response from daemon: Renaming a container with the same name as its current name');
    return 1;
  }
  c.name = newName.replace(/^\//, '');
  return 0;
});

registerDocker('container logs', (ctx) => {
  tick(ctx.state);
  const c = containerOr(ctx, ctx.args[0]);
  if (!c) return 1;
  const tail = opt<string>(ctx.parsed, 'tail');
  let lines = c.logs;
  if (tail !== undefined && tail !== 'all') {
    const n = Number.parseInt(tail, 10);
    lines = Number.isNaN(n) || n < 0 ? lines : n === 0 ? [] : lines.slice(-n);
  }
  const stamps = flag(ctx.parsed, 'timestamps');
  for (const l of lines) {
    const text = stamps ? `${rfc3339(l.time)} ${l.text}` : l.text;
    if (l.stream === 'stderr' && !c.tty) ctx.out.err(text);
    else ctx.out.out(text);
  }
  if (flag(ctx.parsed, 'follow') && c.state === 'running') {
    ctx.out.err(`(Simulation : « -f » suit les journaux en continu dans un vrai terminal, jusqu’à Ctrl+C. Ici, vous voyez les journaux écrits jusqu’à maintenant ; relancez la commande pour voir les suivants.)`);
  }
  return 0;
});

registerDocker('container port', (ctx) => {
  const c = containerOr(ctx, ctx.args[0]);
  if (!c) return 1;
  const running = c.state === 'running' || c.state === 'paused';
  const wanted = ctx.args[1];
  const lines: string[] = [];
  for (const p of running ? [...c.ports].sort((a, b) => a.containerPort - b.containerPort) : []) {
    const key = `${p.containerPort}/${p.proto}`;
    if (wanted && wanted !== key && wanted !== String(p.containerPort)) continue;
    const hosts = p.hostIp === '0.0.0.0' ? [`0.0.0.0:${p.hostPort}`, `[::]:${p.hostPort}`] : [`${p.hostIp}:${p.hostPort}`];
    for (const h of hosts) lines.push(wanted ? h : `${key} -> ${h}`);
  }
  if (wanted && !lines.length) {
    ctx.out.err(`Error: No public port '${wanted.includes('/') ? wanted : `${wanted}/tcp`}' published for ${ctx.args[0]}`);
    return 1;
  }
  if (lines.length) ctx.out.out(lines.join('\n'));
  return 0;
});

registerDocker('container top', (ctx) => {
  const c = containerOr(ctx, ctx.args[0]);
  if (!c) return 1;
  if (c.state !== 'running' && c.state !== 'paused') {
    ctx.out.err(`Error response from daemon: container ${c.id} is not running`);
    return 1;
  }
  const start = new Date(c.startedAt);
  const stime = `${String(start.getUTCHours()).padStart(2, '0')}:${String(start.getUTCMinutes()).padStart(2, '0')}`;
  const rows = [['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'], ...processes(c).map((p) => [p.uid, String(p.pid), String(p.ppid), '0', stime, c.tty ? 'pts/0' : '?', '00:00:00', p.cmd])];
  ctx.out.out(rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(Math.max(...rows.map((x) => x[i].length)) + 1))).join('').replace(/\s+$/, '')).join('\n'));
  return 0;
});

/** A plausible, stable memory figure per program (MiB). */
function memoryOf(c: Container): number {
  const { program } = mainProgram(c);
  const mib: Record<string, number> = { nginx: 11.4, mysqld: 428, 'redis-server': 9.6, postgres: 38.2, 'apache2-foreground': 28.7, node: 47.3, python3: 31.8, python: 31.8 };
  return (mib[program] ?? 1.2) * 1024 * 1024;
}

registerDocker('container stats', (ctx) => {
  tick(ctx.state);
  const all = flag(ctx.parsed, 'all');
  let shown: Container[];
  if (ctx.args.length) {
    shown = [];
    for (const name of ctx.args) {
      const c = findContainer(ctx.state, name);
      if (!c) {
        ctx.out.err(M.noSuchContainer(name));
        return 1;
      }
      shown.push(c);
    }
  } else shown = ctx.state.containers.filter((c) => all || c.state === 'running' || c.state === 'paused');
  const limit = 8 * 1024 ** 3 * 0.97;
  const rows = shown.map((c) => {
    const live = c.state === 'running' || c.state === 'paused';
    const mem = live ? memoryOf(c) : 0;
    const max = c.memory || limit;
    const net = live ? `${humanSize(1200 + (c.logs.length * 311) % 9000)} / ${humanSize(126)}` : '0B / 0B';
    return {
      Container: c.id.slice(0, 12), ID: c.id.slice(0, 12), Name: c.name, CPUPerc: live && c.state === 'running' ? '0.00%' : '0.00%',
      MemUsage: `${bytesSize(mem)} / ${bytesSize(max)}`, MemPerc: `${((mem / max) * 100).toFixed(2)}%`, NetIO: net,
      BlockIO: live ? '0B / 12.3kB' : '0B / 0B', PIDs: String(live ? processes(c).length : 0),
    };
  });
  if (!flag(ctx.parsed, 'no-stream')) ctx.out.err('(Simulation : « docker stats » se met à jour en continu dans un vrai terminal, jusqu’à Ctrl+C. Voici un instantané, comme avec --no-stream.)');
  const format = opt<string>(ctx.parsed, 'format') ?? 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
  return printFormatted(ctx, format, rows, {
    ID: 'CONTAINER ID', Container: 'CONTAINER', Name: 'NAME', CPUPerc: 'CPU %', MemUsage: 'MEM USAGE / LIMIT', MemPerc: 'MEM %', NetIO: 'NET I/O', BlockIO: 'BLOCK I/O', PIDs: 'PIDS',
  });
});

registerDocker('container prune', (ctx) => {
  tick(ctx.state);
  if (!flag(ctx.parsed, 'force')) {
    ctx.out.out('WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ');
    ctx.out.err('(Simulation : pas de question interactive ici ; ajoutez -f pour confirmer.)');
    return 1;
  }
  const removed = ctx.state.containers.filter((c) => c.state === 'exited' || c.state === 'created' || c.state === 'dead');
  for (const c of removed) removeContainer(ctx.state, c);
  const reclaimed = removed.reduce((sum, c) => sum + c.fs.walk('/').length * 0, 0);
  ctx.out.out(`${removed.length ? `Deleted Containers:\n${removed.map((c) => c.id).join('\n')}\n\n` : ''}Total reclaimed space: ${humanSize(reclaimed)}`);
  return 0;
});

export { displayPorts, now };
