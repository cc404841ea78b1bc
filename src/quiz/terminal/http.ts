// What `curl` gets: from the host through a published port (or a container's IP), or from
// inside a container through the network's DNS (user-defined networks only). Errors are curl's
// own words (curl 8: `curl: (7) Failed to connect…`, `curl: (6) Could not resolve host…`).
// The whole first chunk, imported by every on-demand part: the build then keeps it in one piece
// (split by which parts reach it, it would make a dozen small chunks, each compressing less well).
import './index';
import { appAnswer } from './app-http';
import { listIn, now, readIn } from './engine';
import { accessStamp, appendLog, readApp, serviceOf } from './process';
import { late } from './lazy';
import type { Container, SimState } from './state';

/** What curl needs of the host: its state (Sim is one). */
export interface Host {
  state: SimState;
  now(): number;
}

export interface HttpResult {
  status: number;
  reason: string;
  headers: Record<string, string>;
  body: string;
  /** curl's error line (exit code in `code`) when there was no HTTP answer. */
  error?: string;
  code: number;
}

const NGINX_404 = '<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>nginx/1.30.1</center>\n</body>\n</html>\n';
const NGINX_403 = NGINX_404.replace(/404 Not Found/g, '403 Forbidden');

function refused(host: string, port: number): HttpResult {
  return { status: 0, reason: '', headers: {}, body: '', code: 7, error: `curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server` };
}

/** curl's URL among its arguments (options that take a value are skipped with it). */
export function urlArg(args: string[]): string | undefined {
  const valued = new Set(['-o', '-H', '-X', '-d', '-w', '-m', '-u', '-A', '-e', '--output', '--header', '--request', '--data', '--max-time', '--user', '--write-out']);
  return args.find((a, i) => !a.startsWith('-') && !valued.has(args[i - 1] ?? ''));
}

function parseUrl(url: string): { host: string; port: number; path: string } | null {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?(\/[^?#]*)?/.exec(url);
  if (!m) return null;
  return { host: m[2], port: m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80, path: m[4] || '/' };
}

/** The container that answers `host` on a network `from` is attached to (DNS by name or alias). */
function resolveIn(state: SimState, from: Container, host: string): Container | undefined | null {
  for (const net of from.networks) {
    if (net === 'bridge' || net === 'host' || net === 'none') continue;
    const found = state.containers.find(
      (c) => c.networks.includes(net) && (c.name === host || c.aliases[net]?.includes(host) || c.id.startsWith(host) && host.length >= 12) && (c.state === 'running' || c.state === 'paused'),
    );
    if (found) return found;
  }
  return null;
}

/**
 * GET `url` from the host, or from inside `from` (a container). Also records the request in the
 * serving container's log, as nginx's access log does.
 */
export function httpGet(sim: Host, url: string, from?: Container): HttpResult {
  const state = sim.state;
  const u = parseUrl(url);
  if (!u) return { status: 0, reason: '', headers: {}, body: '', code: 3, error: `curl: (3) URL rejected: Malformed input to a URL function` };
  let target: Container | undefined;
  let containerPort = u.port;
  let clientIp = '172.17.0.1';
  const local = ['localhost', '127.0.0.1', '0.0.0.0', '::1'].includes(u.host);
  if (from && local) {
    target = from;
  } else if (local || u.host === 'host.docker.internal') {
    if (from && u.host === 'host.docker.internal') return { status: 0, reason: '', headers: {}, body: '', code: 6, error: `curl: (6) Could not resolve host: ${u.host}` };
    target = state.containers.find((c) => (c.state === 'running' || c.state === 'paused') && c.ports.some((p) => p.hostPort === u.port && p.proto === 'tcp'));
    if (!target) return refused(u.host, u.port);
    containerPort = target.ports.find((p) => p.hostPort === u.port)!.containerPort;
  } else if (/^\d+\.\d+\.\d+\.\d+$/.test(u.host)) {
    target = state.containers.find((c) => Object.values(c.ips).includes(u.host));
    if (!target) return { status: 0, reason: '', headers: {}, body: '', code: 28, error: `curl: (28) Failed to connect to ${u.host} port ${u.port} after 134000 ms: Couldn't connect to server` };
    if (from) clientIp = from.ips[Object.keys(target.ips).find((n) => from.ips[n]) ?? ''] ?? clientIp;
  } else if (from) {
    const found = resolveIn(state, from, u.host);
    if (!found) return { status: 0, reason: '', headers: {}, body: '', code: 6, error: `curl: (6) Could not resolve host: ${u.host}` };
    target = found;
    const net = from.networks.find((n) => found.networks.includes(n));
    clientIp = (net && from.ips[net]) || clientIp;
  } else {
    return { status: 0, reason: '', headers: {}, body: '', code: 6, error: `curl: (6) Could not resolve host: ${u.host}` };
  }
  if (target.state === 'paused') return { status: 0, reason: '', headers: {}, body: '', code: 28, error: `curl: (28) Operation timed out after 300000 milliseconds with 0 bytes received` };
  const service = serviceOf(state, target);
  if (!service || service.port !== containerPort) {
    // The port is published but nothing listens behind it: docker-proxy accepts, then resets.
    if (local && !from) return { status: 0, reason: '', headers: {}, body: '', code: 56, error: 'curl: (56) Recv failure: Connection reset by peer' };
    return refused(u.host, u.port);
  }
  return answer(sim, target, service.kind, u.path, clientIp, service.port);
}

function ok(body: string, type = 'text/html', server?: string): HttpResult {
  const headers: Record<string, string> = {};
  if (server) headers.Server = server;
  headers['Content-Type'] = type;
  headers['Content-Length'] = String(new TextEncoder().encode(body).length);
  return { status: 200, reason: 'OK', headers, body, code: 0 };
}

function answer(sim: Host, c: Container, kind: string, path: string, clientIp: string, port: number): HttpResult {
  // The course's level 4 apps (a load-balancing nginx, the Flask app counting in Redis) first.
  const app = appAnswer(sim, c, kind, path, port);
  if (app) return app;
  const state = sim.state;
  switch (kind) {
    case 'nginx':
    case 'httpd': {
      const root = kind === 'nginx' ? '/usr/share/nginx/html' : '/usr/local/apache2/htdocs';
      let file = `${root}${path}`.replace(/\/+$/, '');
      if (listIn(state, c, file)) file += '/index.html';
      const body = readIn(state, c, file);
      const status = body !== undefined ? 200 : listIn(state, c, file.replace(/\/index\.html$/, '')) ? 403 : 404;
      const text = body ?? (kind === 'nginx' ? (status === 403 ? NGINX_403 : NGINX_404) : `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n`);
      const size = new TextEncoder().encode(text).length;
      if (kind === 'nginx') appendLog(state, c, `${clientIp} - - [${accessStamp(now(state))}] "GET ${path} HTTP/1.1" ${status} ${size} "-" "curl/8.14.1" "-"`);
      else appendLog(state, c, `${clientIp} - - [${accessStamp(now(state))}] "GET ${path} HTTP/1.1" ${status} ${size}`);
      const r = ok(text, 'text/html', kind === 'nginx' ? 'nginx/1.30.1' : 'Apache/2.4.66 (Unix)');
      if (status !== 200) Object.assign(r, { status, reason: status === 403 ? 'Forbidden' : 'Not Found' });
      return r;
    }
    case 'wordpress': {
      appendLog(state, c, `${clientIp} - - [${accessStamp(now(state))}] "GET ${path} HTTP/1.1" 302 405 "-" "curl/8.14.1"`);
      const r = ok('', 'text/html; charset=UTF-8', 'Apache/2.4.65 (Debian)');
      return { ...r, status: 302, reason: 'Found', headers: { ...r.headers, Location: 'http://localhost:8080/wp-admin/install.php' } };
    }
    case 'python-http': {
      const dir = c.workingDir || '/';
      const names = listIn(state, c, dir) ?? [];
      appendLog(state, c, `${clientIp} - - [${accessStamp(now(state)).replace(/ \+0000$/, '')}] "GET ${path} HTTP/1.1" 200 -`, 'stderr');
      return ok(`<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Directory listing for ${path}</title>\n</head>\n<body>\n<h1>Directory listing for ${path}</h1>\n<hr>\n<ul>\n${names.map((n) => `<li><a href="${n}">${n}</a></li>`).join('\n')}\n</ul>\n<hr>\n</body>\n</html>\n`, 'text/html; charset=utf-8', 'SimpleHTTP/0.6 Python/3.14.1');
    }
    case 'flask':
    case 'node': {
      // The app's answer: the first string it returns or sends, in its source.
      const main = c.command.slice(1).find((a) => /\.(py|js|mjs)$/.test(a)) ?? (kind === 'node' ? 'server.js' : 'app.py');
      const source = readApp(state, c, main) ?? '';
      const m = /(?:return|res\.(?:send|end)\(|res\.json\()\s*(?:f?(["'`])([\s\S]*?)\1)/.exec(source);
      const body = m ? m[2] : kind === 'node' ? 'Hello World!' : 'Hello, World!';
      if (kind === 'flask') appendLog(state, c, `${clientIp} - - [${accessStamp(now(state)).replace(/ \+0000$/, '')}] "GET ${path} HTTP/1.1" 200 -`, 'stderr');
      return ok(body, 'text/html; charset=utf-8', kind === 'flask' ? 'Werkzeug/3.1.3 Python/3.14.1' : undefined);
    }
    default:
      return { status: 0, reason: '', headers: {}, body: '', code: 1, error: 'curl: (1) Received HTTP/0.9 when not allowed' };
  }
}

// On demand (lazy.ts): curl in the first chunk reaches this module through `need('http')`.
late.http = { httpGet, urlArg };
