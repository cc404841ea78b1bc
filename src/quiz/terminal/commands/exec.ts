// docker exec and docker cp (cli/command/container/{exec,cp}.go at github:docker/cli
// 28f756087eea5fa301f3fbf12b01ae62f91521c2; exec refusals from moby daemon/exec.go and
// daemon/errors.go at github:moby/moby b985e2313a8676e18072b442911fc8f64f17d440).
import { resolvePath, baseName } from '../fs';
import { locate, tick } from '../engine';
import { need } from '../lazy';
import { M } from '../messages';
import { containerOr, flag, opt, written } from './common';
import { registerDocker } from './registry';

registerDocker('container exec', (ctx) => {
  tick(ctx.state);
  const [name, ...argv] = ctx.args;
  const c = containerOr(ctx, name);
  if (!c) return 1;
  if (c.state === 'paused') {
    ctx.out.err(M.execPaused(name));
    return 1;
  }
  if (c.state !== 'running') {
    ctx.out.err(`Error response from daemon: container ${c.id} is not running`);
    return 1;
  }
  const r = need('inner').execIn(ctx.sim, c, argv, {
    env: written(ctx.parsed, 'env'), workdir: opt<string>(ctx.parsed, 'workdir'), user: opt<string>(ctx.parsed, 'user'),
    interactive: flag(ctx.parsed, 'interactive'), tty: flag(ctx.parsed, 'tty'),
  });
  if (flag(ctx.parsed, 'detach')) return 0;
  for (const chunk of r.chunks) (chunk.fd === 1 ? ctx.out.out : ctx.out.err).call(ctx.out, chunk.text);
  return r.code;
});

registerDocker('container cp', (ctx) => {
  const [src, dst] = ctx.parsed.writtenArgs;
  const side = (arg: string) => {
    const m = /^([a-zA-Z0-9][a-zA-Z0-9_.-]*):(.*)$/.exec(arg);
    return m && !arg.startsWith('/') && !arg.startsWith('.') ? { container: m[1], path: m[2] } : null;
  };
  const from = side(src);
  const to = side(dst);
  if ((from && to) || (!from && !to)) {
    ctx.out.err(from ? 'copying between containers is not supported' : 'must specify at least one container source');
    return 1;
  }
  const name = (from ?? to)!.container;
  const c = containerOr(ctx, name);
  if (!c) return 1;
  const host = ctx.state.fs;
  if (from) {
    const l = locate(ctx.state, c, resolvePath(from.path || '/', '/'));
    if (!l.fs.get(l.path)) {
      ctx.out.err(`Error response from daemon: Could not find the file ${from.path} in container ${name}`);
      return 1;
    }
    let target = resolvePath(dst, ctx.state.cwd, ctx.state.home);
    if (host.isDir(target)) target = `${target === '/' ? '' : target}/${baseName(l.path)}`;
    host.copyFrom(l.fs, l.path, target);
    ctx.out.out(`Successfully copied ${sizeOf(l.fs.walk(l.path).map((p) => l.fs.read(p) ?? '').join(''))} to ${dst}`);
    return 0;
  }
  const source = resolvePath(src, ctx.state.cwd, ctx.state.home);
  if (!host.get(source)) {
    ctx.out.err(`lstat ${source}: no such file or directory`);
    return 1;
  }
  const dest = resolvePath(to!.path || '/', '/');
  const l = locate(ctx.state, c, dest);
  const into = l.fs.isDir(l.path) ? `${l.path === '/' ? '' : l.path}/${baseName(source)}` : l.path;
  l.fs.copyFrom(host, source, into);
  ctx.out.out(`Successfully copied ${sizeOf(host.walk(source).map((p) => host.read(p) ?? '').join(''))} to ${name}:${to!.path}`);
  return 0;
});

/** The CLI's « Successfully copied 2.05kB to … » (units.HumanSize of a tar stream). */
function sizeOf(text: string): string {
  const bytes = new TextEncoder().encode(text).length + 1536;
  return bytes >= 1000 ? `${Number((bytes / 1000).toPrecision(3))}kB` : `${bytes}B`;
}
