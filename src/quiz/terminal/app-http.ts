// What the applications of TP level 4 answer over HTTP, for the engine's `curl` (http.ts):
// - an nginx whose configuration proxies (`proxy_pass http://flask_app;` with an `upstream`
//   block, or `proxy_pass http://app:5000;`) sends each request to the next replica, round robin,
//   among the addresses the name had when nginx started (so `--scale` needs `restart lb`, as the
//   course says);
// - the course's Flask app counts visits in Redis (`cache.incr("visites")`, kept in the Redis
//   volume so that it survives a stop) and names the container that answered
//   (`socket.gethostname()`); `/health` does not touch Redis; without Redis, `/` is a 500.
// Hook for the engine: `appAnswer(sim, container, kind, path)` returns the answer, or undefined
// when the container is not one of these (then http.ts answers as before).
import { listIn, now, readIn } from './engine';
import type { Host as Sim, HttpResult } from './http';
import { readApp } from './process';
import type { Container, SimState } from './state';

const FLASK_500 =
  '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n';
const FLASK_404 =
  '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n';
const NGINX_502 = '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx/1.30.1</center>\n</body>\n</html>\n';

function result(status: number, reason: string, body: string, type: string, server: string): HttpResult {
  return { status, reason, headers: { Server: server, 'Content-Type': type, 'Content-Length': String(new TextEncoder().encode(body).length) }, body, code: 0 };
}

const running = (c: Container) => c.state === 'running';

/** Containers answering to `host` on a network `from` is on (every replica: Docker's DNS round robin). */
function resolveAll(state: SimState, from: Container, host: string): Container[] {
  const out: Container[] = [];
  for (const net of from.networks) {
    if (net === 'bridge') continue;
    for (const c of state.containers) {
      if (c !== from && running(c) && c.networks.includes(net) && (c.name === host || c.aliases[net]?.includes(host)) && !out.includes(c)) out.push(c);
    }
  }
  return out;
}

/** nginx's `proxy_pass` target of `location /`, resolved through an `upstream` block. */
function proxyServers(config: string): { host: string; port: number }[] | undefined {
  const pass = /proxy_pass\s+http:\/\/([^;/\s]+)/.exec(config.replace(/#.*$/gm, ''));
  if (!pass) return undefined;
  const target = pass[1];
  const upstream = new RegExp(`upstream\\s+${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(config.replace(/#.*$/gm, ''));
  const servers = upstream ? [...upstream[1].matchAll(/server\s+([^\s;:]+)(?::(\d+))?/g)].map((m) => `${m[1]}:${m[2] ?? '80'}`) : [target];
  return servers.map((s) => {
    const [host, port] = s.split(':');
    return { host, port: Number(port ?? 80) };
  });
}

type Balanced = Container & { upstreams?: { startedAt: number; ids: string[]; next: number } };

function nginxProxy(sim: Sim, lb: Balanced, path: string): HttpResult | undefined {
  const state = sim.state;
  const confs = (listIn(state, lb, '/etc/nginx/conf.d') ?? []).filter((f) => f.endsWith('.conf'));
  let servers: { host: string; port: number }[] | undefined;
  for (const f of confs) {
    servers = proxyServers(readIn(state, lb, `/etc/nginx/conf.d/${f}`) ?? '');
    if (servers) break;
  }
  if (!servers) return undefined;
  // nginx resolves the names once, when it starts.
  if (!lb.upstreams || lb.upstreams.startedAt !== lb.startedAt) {
    // Only the replicas that existed then: a later --scale needs a restart of nginx.
    const ids = servers.flatMap((s) => resolveAll(state, lb, s.host).filter((c) => c.createdAt <= lb.startedAt).map((c) => `${c.id}:${s.port}`));
    lb.upstreams = { startedAt: lb.startedAt, ids, next: 0 };
  }
  const pool = lb.upstreams.ids;
  for (let tries = 0; tries < pool.length; tries++) {
    const [id, port] = pool[lb.upstreams.next % pool.length].split(':');
    lb.upstreams.next++;
    const target = state.containers.find((c) => c.id === id);
    if (!target || !running(target)) continue;
    const answer = flaskAnswer(sim, target, path, Number(port));
    if (answer) return { ...answer, headers: { ...answer.headers, Server: 'nginx/1.30.1' } };
  }
  return result(502, 'Bad Gateway', NGINX_502, 'text/html', 'nginx/1.30.1');
}

/** The visit counter of a Redis container: in its /data, which is the volume when there is one. */
function incr(state: SimState, redis: Container, key: string): number {
  const path = '/data/appendonlydir/appendonly.aof.1.incr.aof';
  const mount = redis.mounts.find((m) => m.destination === '/data' && m.type === 'volume');
  const volume = mount && state.volumes.find((v) => v.name === mount.source);
  const fs = volume ? volume.files : redis.fs;
  const file = volume ? '/appendonlydir/appendonly.aof.1.incr.aof' : path;
  const text = fs.read(file) ?? '';
  const m = new RegExp(`^INCR ${key} (\\d+)$`, 'm').exec(text);
  const value = (m ? Number(m[1]) : 0) + 1;
  fs.mkdirp(file.slice(0, file.lastIndexOf('/')));
  fs.write(file, m ? text.replace(m[0], `INCR ${key} ${value}`) : `${text}INCR ${key} ${value}\n`);
  return value;
}

/** The course's Flask app (a route returning an f-string), or undefined for another program. */
function flaskAnswer(sim: Sim, c: Container, path: string, port: number): HttpResult | undefined {
  const state = sim.state;
  const argv = c.command.join(' ');
  if (!/gunicorn|flask|python/.test(argv)) return undefined;
  if (!new RegExp(`:${port}\\b|port=${port}\\b`).test(argv) && port !== 5000 && port !== 8000) return undefined;
  const module = /(\w+):app\b/.exec(argv)?.[1] ?? 'app';
  const source = readApp(state, c, `${module}.py`);
  if (!source || !/Flask\(/.test(source)) return undefined;
  const server = 'gunicorn';
  // Routes: @app.route("/x") then the return of its function.
  const routes = [...source.matchAll(/@app\.route\(\s*["']([^"']+)["'][^)]*\)\s*\ndef\s+\w+\([^)]*\):([\s\S]*?)(?=\n@|\n\S|$)/g)];
  const route = routes.find((r) => r[1] === path);
  if (!route) return result(404, 'NOT FOUND', FLASK_404, 'text/html; charset=utf-8', server);
  const body = route[2];
  const ret = /return\s+(f?)(["'])([\s\S]*?)\2/.exec(body);
  if (!ret) return result(200, 'OK', '', 'text/html; charset=utf-8', server);
  const vars: Record<string, string> = {};
  const incrCall = /(\w+)\s*=\s*\w+\.incr\(\s*["']([^"']+)["']\s*\)/.exec(body);
  if (incrCall) {
    const hostVar = /REDIS_HOST["']\s*,\s*["']([^"']+)["']/.exec(source)?.[1] ?? 'redis';
    const host = c.env.find((e) => e.startsWith('REDIS_HOST='))?.slice(11) || hostVar;
    const redis = resolveAll(state, c, host).find((r) => /redis-server/.test(r.command.join(' ')));
    if (!redis) {
      c.logs.push({ time: now(state), stream: 'stderr', text: `redis.exceptions.ConnectionError: Error -2 connecting to ${host}:6379. Name or service not known.` });
      return result(500, 'INTERNAL SERVER ERROR', FLASK_500, 'text/html; charset=utf-8', server);
    }
    vars[incrCall[1]] = String(incr(state, redis, incrCall[2]));
  }
  let text = ret[3].replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  if (ret[1] === 'f') {
    text = text.replace(/\{([^}]+)\}/g, (all, expr: string) => {
      const e = expr.trim();
      if (e in vars) return vars[e];
      if (e === 'socket.gethostname()') return c.hostname;
      return all;
    });
  }
  return result(200, 'OK', text, 'text/html; charset=utf-8', server);
}

/**
 * The answer of `c` to `GET path` on its service `kind` (http.ts's serviceOf), when it is a
 * proxying nginx or the course's Flask app; undefined otherwise.
 */
export function appAnswer(sim: Sim, c: Container, kind: string, path: string, port = 5000): HttpResult | undefined {
  if (kind === 'nginx') return nginxProxy(sim, c, path);
  if (kind === 'flask') return flaskAnswer(sim, c, path, port);
  return undefined;
}
