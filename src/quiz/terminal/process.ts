// What the main process of a container does: which programs the course runs (nginx, mysqld,
// redis-server, apache, a shell, sleep, echo, hello…), the lines they log, the port they
// listen on, and how they react to a stop signal. Log lines are those of the real images
// (docker-library entrypoints, nginx 1.30, MySQL 8.4); dates come from the simulated clock.
import type { CatalogueEntry } from './catalogue';
import { entryOf, now } from './engine';
import { need } from './lazy';
import type { Container, Image, SimState } from './state';

export type BootResult = { running: boolean; exitCode: number } | { error: string; exitCode: number };

export const pad = (n: number) => String(n).padStart(2, '0');
export function stamp(ms: number, style: 'nginx' | 'mysql' | 'iso'): string {
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (style === 'nginx') return `${date.replace(/-/g, '/')} ${time}`;
  if (style === 'mysql') return `${date} ${time}+00:00`;
  return `${date}T${time}.${String(ms % 1000).padStart(3, '0')}000Z`;
}

export function log(state: SimState, c: Container, lines: string[], stream: 'stdout' | 'stderr' = 'stdout'): void {
  const t = now(state);
  for (const text of lines) c.logs.push({ time: t, stream, text });
}

/** The program the entrypoint finally runs (`docker-entrypoint.sh mysqld` runs mysqld). */
export function mainProgram(c: Container): { program: string; args: string[] } {
  let argv = c.command;
  if (argv.length > 1 && /(^|\/)docker-entrypoint\.sh$/.test(argv[0])) argv = argv.slice(1);
  const program = argv[0] ?? '';
  return { program: program.slice(program.lastIndexOf('/') + 1), args: argv.slice(1) };
}

export const envOf = (c: Container, key: string) => c.env.find((e) => e.startsWith(`${key}=`))?.slice(key.length + 1);

/** Programs every image with a shell has (coreutils or busybox). */
const COMMON = new Set(['sh', 'echo', 'cat', 'ls', 'env', 'printenv', 'hostname', 'sleep', 'true', 'false', 'date', 'pwd', 'id', 'whoami', 'uname', 'tail', 'head', 'mkdir', 'touch', 'rm', 'ps', 'top', 'df', 'wc', 'grep', 'test', 'kill']);

/** Programs an image has on its PATH. */
export function hasProgram(entry: CatalogueEntry | undefined, image: Image | undefined, program: string): boolean {
  if (!entry) return !!image; // a built image on an unknown base: be generous
  if (entry.repo === 'hello-world') return program === 'hello';
  if (program === 'bash') return entry.shells.includes('bash');
  // procps: in busybox (alpine) and the full Debian/Ubuntu tool images, not in nginx, mysql or slim images.
  if (program === 'ps' || program === 'top') return !entry.shells.includes('bash') ? entry.shells.length > 0 : ['ubuntu', 'node', 'python', 'golang'].includes(entry.repo) && !entry.tags[0].includes('slim');
  if (COMMON.has(program)) return entry.shells.length > 0;
  const own: Record<string, string[]> = {
    nginx: ['nginx', 'curl', 'nginx-debug', 'envsubst'],
    mysql: ['mysqld', 'mysql', 'mysqladmin', 'mysqldump', 'gosu'],
    postgres: ['postgres', 'psql', 'pg_isready', 'gosu'],
    redis: ['redis-server', 'redis-cli'],
    wordpress: ['apache2-foreground', 'apache2', 'php', 'curl'],
    httpd: ['httpd-foreground', 'httpd'],
    node: ['node', 'npm', 'npx', 'yarn', 'corepack'],
    python: ['python', 'python3', 'pip', 'pip3'],
    golang: ['go', 'gofmt', 'curl', 'git'],
    ubuntu: ['apt', 'apt-get'],
    debian: ['apt', 'apt-get'],
    alpine: ['apk', 'wget'],
    busybox: ['wget', 'httpd'],
  };
  if (own[entry.repo]?.includes(program)) return true;
  // curl: in the Debian-based nginx image and the tool images, not in alpine or busybox.
  if (program === 'curl') return entry.repo === 'golang' || entry.repo === 'node' && !entry.tags[0].includes('alpine');
  return program === 'apt-get' && entry.os?.startsWith('Debian') === true;
}

/** A program installed in the container's layers (pip, apt, COPY) on its PATH. */
export function onPath(c: Container, program: string): boolean {
  if (program.includes('/')) return c.fs.isFile(program);
  const path = envOf(c, 'PATH') ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  return path.split(':').some((dir) => dir && c.fs.isFile(`${dir}/${program}`));
}

/** What the container listens on, for curl: the port and what it answers. */
export interface Service {
  port: number;
  kind: 'nginx' | 'httpd' | 'wordpress' | 'node' | 'python-http' | 'flask' | 'app' | 'tcp';
}

export function serviceOf(state: SimState, c: Container): Service | undefined {
  if (c.state !== 'running') return undefined;
  const { program, args } = mainProgram(c);
  switch (program) {
    case 'nginx':
      return { port: 80, kind: 'nginx' };
    case 'httpd-foreground':
    case 'httpd':
      return { port: 80, kind: 'httpd' };
    case 'apache2-foreground':
      return { port: 80, kind: 'wordpress' };
    case 'mysqld':
      return { port: 3306, kind: 'tcp' };
    case 'postgres':
      return { port: 5432, kind: 'tcp' };
    case 'redis-server':
      return { port: 6379, kind: 'tcp' };
    case 'python':
    case 'python3':
      if (args[0] === '-m' && args[1] === 'http.server') return { port: Number(args[2]) || 8000, kind: 'python-http' };
      if (args[0] === '-m' && args[1] === 'flask') return { port: Number(args[args.indexOf('--port') + 1]) || 5000, kind: 'flask' };
      return args[0] ? { port: portInCode(state, c, args[0]) ?? 5000, kind: 'flask' } : undefined;
    case 'node':
    case 'npm':
      return args[0] && !args[0].startsWith('-') ? { port: portInCode(state, c, args[0] === 'start' ? 'server.js' : args[0]) ?? 3000, kind: 'node' } : undefined;
    case 'gunicorn':
    case 'uvicorn':
    case 'flask':
      return { port: Number(/:(\d+)/.exec(args.join(' '))?.[1]) || 8000, kind: 'flask' };
    default:
      return undefined;
  }
}

/** `app.run(port=5000)`, `listen(3000)`, `PORT || 3000` in the app's source. */
function portInCode(state: SimState, c: Container, file: string): number | undefined {
  const source = readApp(state, c, file);
  const m = source && /(?:port\s*=\s*|listen\(\s*|PORT\s*\|\|\s*|PORT', )(\d{2,5})/.exec(source);
  return m ? Number(m[1]) : undefined;
}

export function readApp(state: SimState, c: Container, file: string): string | undefined {
  const path = file.startsWith('/') ? file : `${c.workingDir || '/'}/${file}`.replace(/\/+/g, '/');
  const mount = c.mounts.find((m) => path.startsWith(`${m.destination}/`));
  if (mount?.type === 'bind') return state.fs.read(mount.source + path.slice(mount.destination.length));
  return c.fs.read(path);
}

/** Starts the process: logs, then running or exited. */
export function boot(state: SimState, c: Container, image: Image | undefined): BootResult {
  const entry = image ? entryOf(state, image) : undefined;
  const { program, args } = mainProgram(c);
  const t = now(state);
  if (!program) return { error: 'no command specified', exitCode: 127 };
  if (!hasProgram(entry, image, program) && !onPath(c, program)) {
    // `/hello`, `/docker-entrypoint.sh`: absolute paths of the image exist.
    const absolute = c.command[0]?.startsWith('/') && (c.fs.isFile(c.command[0]) || c.command[0] === '/hello' || c.command[0] === '/bin/sh' || c.command[0] === '/bin/bash' && entry?.shells.includes('bash'));
    if (!absolute) return { error: `${'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: '}"${c.command[0]}": executable file not found in $PATH: unknown`, exitCode: 127 };
  }
  const interactiveShell = c.tty && c.interactive;
  switch (program) {
    case 'hello':
      log(state, c, HELLO);
      return { running: false, exitCode: 0 };
    case 'nginx':
      if (args.includes('-t')) {
        log(state, c, ['nginx: the configuration file /etc/nginx/nginx.conf syntax is ok', 'nginx: configuration file /etc/nginx/nginx.conf test is successful'], 'stderr');
        return { running: false, exitCode: 0 };
      }
      if (c.command[0]?.endsWith('docker-entrypoint.sh')) log(state, c, NGINX_ENTRYPOINT);
      log(state, c, nginxStart(t, entry), 'stderr');
      return { running: true, exitCode: 0 };
    case 'mysqld':
    case 'postgres':
    case 'redis-server':
    case 'apache2-foreground':
    case 'httpd-foreground':
    case 'httpd':
    case 'gunicorn':
    case 'uvicorn':
      // Servers of the later TP levels: their start-up lines load on demand (services.ts).
      return need('services').bootService(state, c, program, args, t);
    case 'sh':
    case 'bash':
    case 'ash': {
      if (args[0] === '-c' && args[1] !== undefined) return script(state, c, args[1]) ?? runOnce(state, c);
      // Without a terminal attached, a shell reads an empty stdin and exits at once.
      return { running: interactiveShell || c.interactive, exitCode: 0 };
    }
    case 'sleep': {
      const seconds = args[0] === 'infinity' ? Infinity : Number.parseFloat(args[0] ?? '');
      if (Number.isNaN(seconds)) {
        log(state, c, [`sleep: invalid time interval '${args[0] ?? ''}'`, 'Try \'sleep --help\' for more information.'], 'stderr');
        return { running: false, exitCode: 1 };
      }
      if (Number.isFinite(seconds)) c.exitsAt = t + seconds * 1000;
      return { running: seconds > 0, exitCode: 0 };
    }
    case 'tail':
      return { running: args.includes('-f'), exitCode: 0 };
    case 'top':
      return { running: true, exitCode: 0 };
    case 'echo':
      log(state, c, [args.filter((a) => a !== '-n').join(' ')]);
      return { running: false, exitCode: 0 };
    case 'true':
      return { running: false, exitCode: 0 };
    case 'false':
      return { running: false, exitCode: 1 };
    case 'node':
    case 'python':
    case 'python3': {
      if (!args.length || args[0] === '-i') return { running: interactiveShell, exitCode: 0 };
      if (args[0] === '-m' || args[0] === '-c') return { running: args[0] === '-m', exitCode: 0 };
      if (readApp(state, c, args[0]) === undefined) {
        const path = args[0].startsWith('/') ? args[0] : `${c.workingDir || '/'}/${args[0]}`.replace(/\/+/g, '/');
        log(state, c, program === 'node' ? nodeMissing(path) : [`${program}: can't open file '${path}': [Errno 2] No such file or directory`], 'stderr');
        return { running: false, exitCode: program === 'node' ? 1 : 2 };
      }
      return { running: true, exitCode: 0 };
    }
    default:
      // Other programs of the image (env, ls, cat, hostname…): run once like `docker exec`.
      return runOnce(state, c);
  }
}

/** The main process runs once, like `docker exec`, and the container exits with its code. */
function runOnce(state: SimState, c: Container): BootResult {
  const r = need('inner').execIn({ state, now: () => now(state) }, c, c.command);
  for (const chunk of r.chunks) log(state, c, chunk.text.split('\n'), chunk.fd === 1 ? 'stdout' : 'stderr');
  return { running: false, exitCode: r.code };
}

/** `sh -c '…'`: loops and long sleeps keep it running (null: run it once). */
function script(state: SimState, c: Container, text: string): BootResult | null {
  if (/while\s+(?:true|:)|sleep\s+(?:infinity|\d{2,})|tail\s+-f/.test(text)) {
    const echo = /echo\s+["']?([^"';&|]*)/.exec(text);
    if (echo && /while/.test(text)) log(state, c, [echo[1].trim()]);
    return { running: true, exitCode: 0 };
  }
  return null;
}

/**
 * The stop signal reaches PID 1. Returns the exit code, or null when the process ignores it
 * (a PID 1 without a handler: shells, sleep, a Node or Python script), so SIGKILL follows.
 */
export function onSignal(state: SimState, c: Container, signal: string): number | null {
  const { program } = mainProgram(c);
  const t = now(state);
  // With --init, tini is PID 1 and forwards the signal: the default action kills the child.
  if (c.init) return 128 + (SIGNALS[signal] ?? 15);
  switch (program) {
    case 'nginx':
      if (signal === 'SIGQUIT' || signal === 'SIGTERM' || signal === 'SIGINT') {
        const s = stamp(t, 'nginx');
        const n = signal === 'SIGQUIT' ? 3 : signal === 'SIGTERM' ? 15 : 2;
        log(state, c, [
          `${s} [notice] 1#1: signal ${n} (${signal}) received, ${signal === 'SIGQUIT' ? 'shutting down' : 'exiting'}`,
          `${s} [notice] 29#29: ${signal === 'SIGQUIT' ? 'gracefully shutting down' : 'exiting'}`,
          `${s} [notice] 29#29: exiting`,
          `${s} [notice] 29#29: exit`,
          `${s} [notice] 1#1: signal 17 (SIGCHLD) received from 29`,
          `${s} [notice] 1#1: worker process 29 exited with code 0`,
          `${s} [notice] 1#1: exit`,
        ], 'stderr');
        return 0;
      }
      return null;
    case 'mysqld':
    case 'redis-server':
    case 'gunicorn':
    case 'uvicorn':
    case 'postgres':
    case 'apache2-foreground':
    case 'httpd-foreground':
    case 'httpd':
      return need('services').signalService(state, c, program, signal, t);
    default:
      return null;
  }
}

/** The processes of a container, as `ps -ef` on the host sees them (docker top). */
export function processes(c: Container): { uid: string; pid: number; ppid: number; cmd: string }[] {
  const { program } = mainProgram(c);
  const main = { uid: c.user && c.user !== 'root' ? c.user : 'root', pid: c.pid, ppid: c.pid - 23, cmd: c.command.join(' ') };
  if (program === 'nginx') return [{ ...main, cmd: 'nginx: master process nginx -g daemon off;' }, { uid: '101', pid: c.pid + 48, ppid: c.pid, cmd: 'nginx: worker process' }];
  if (program === 'mysqld') return [{ ...main, uid: '999', cmd: 'mysqld' }];
  if (program === 'redis-server') return [{ ...main, uid: '999', cmd: 'redis-server *:6379' }];
  if (program === 'apache2-foreground') return [{ ...main, cmd: 'apache2 -DFOREGROUND' }, ...[1, 2, 3].map((k) => ({ uid: 'www-data', pid: c.pid + 40 + k, ppid: c.pid, cmd: 'apache2 -DFOREGROUND' }))];
  return [main];
}

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGUSR1: 10, SIGUSR2: 12, SIGTERM: 15, SIGWINCH: 28 };

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** nginx access log date: `06/Dec/2026:16:20:05 +0000`. */
export function accessStamp(t: number): string {
  const d = new Date(t);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

export function appendLog(state: SimState, c: Container, text: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
  log(state, c, [text], stream);
}

const NGINX_ENTRYPOINT = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

function nginxStart(t: number, entry: CatalogueEntry | undefined): string[] {
  const s = stamp(t, 'nginx');
  const alpine = entry?.tags[0].includes('alpine');
  return [
    `${s} [notice] 1#1: using the "epoll" event method`,
    `${s} [notice] 1#1: nginx/1.30.1`,
    `${s} [notice] 1#1: built by gcc ${alpine ? '14.2.0 (Alpine 14.2.0)' : '14.2.0 (Debian 14.2.0-19)'} `,
    `${s} [notice] 1#1: OS: Linux 6.12.48-1-amd64`,
    `${s} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
    `${s} [notice] 1#1: start worker processes`,
    `${s} [notice] 1#1: start worker process 29`,
  ];
}

function nodeMissing(path: string): string[] {
  return [
    'node:internal/modules/cjs/loader:1386',
    '  throw err;',
    '  ^',
    '',
    `Error: Cannot find module '${path}'`,
    '    at Function._resolveFilename (node:internal/modules/cjs/loader:1383:15)',
    '    at node:internal/main/run_main_module:36:49 {',
    "  code: 'MODULE_NOT_FOUND',",
    '  requireStack: []',
    '}',
    '',
    'Node.js v24.11.1',
  ];
}

/** hello-world's /hello (github:docker-library/hello-world, hello.c). */
export const HELLO = [
  '',
  'Hello from Docker!',
  'This message shows that your installation appears to be working correctly.',
  '',
  'To generate this message, Docker took the following steps:',
  ' 1. The Docker client contacted the Docker daemon.',
  ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
  '    (amd64)',
  ' 3. The Docker daemon created a new container from that image which runs the',
  '    executable that produces the output you are currently reading.',
  ' 4. The Docker daemon streamed that output to the Docker client, which sent it',
  '    to your terminal.',
  '',
  'To try something more ambitious, you can run an Ubuntu container with:',
  ' $ docker run -it ubuntu bash',
  '',
  'Share images, automate workflows, and more with a free Docker ID:',
  ' https://hub.docker.com/',
  '',
  'For more examples and ideas, visit:',
  ' https://docs.docker.com/get-started/',
  '',
];
