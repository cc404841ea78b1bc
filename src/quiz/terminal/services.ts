// The servers of the later TP levels, loaded on demand (lazy.ts): what MySQL 8.4, PostgreSQL 18,
// Redis, Apache (WordPress, httpd), gunicorn 23 and uvicorn log when they start and when a stop
// signal reaches them. process.ts keeps nginx, shells and the small programs of the first levels.
// The whole first chunk, imported by every on-demand part: the build then keeps it in one piece
// (split by which parts reach it, it would make a dozen small chunks, each compressing less well).
import './index';
import { late } from './lazy';
import { envOf, log, MONTHS, pad, stamp, type BootResult } from './process';
import type { Container, SimState } from './state';

/** Start-up of a server (the program is one of those process.ts sends here). */
export function bootService(state: SimState, c: Container, program: string, args: string[], t: number): BootResult {
  switch (program) {
    case 'mysqld':
      return mysql(state, c, t);
    case 'postgres':
      if (!envOf(c, 'POSTGRES_PASSWORD') && !envOf(c, 'POSTGRES_HOST_AUTH_METHOD')) {
        log(state, c, POSTGRES_ERROR, 'stderr');
        return { running: false, exitCode: 1 };
      }
      log(state, c, [`${stamp(t, 'mysql').replace('+00:00', '.123 UTC')} [1] LOG:  database system is ready to accept connections`]);
      return { running: true, exitCode: 0 };
    case 'redis-server':
      log(state, c, [`1:C ${redisStamp(t)} * oO0OoO0OoO0Oo Redis Open Source is starting oO0OoO0OoO0Oo`, `1:M ${redisStamp(t)} * Server initialized`, `1:M ${redisStamp(t)} * Ready to accept connections tcp`]);
      return { running: true, exitCode: 0 };
    case 'apache2-foreground':
      log(state, c, [
        `WordPress not found in /var/www/html - copying now...`,
        `Complete! WordPress has been successfully copied to /var/www/html`,
      ]);
      log(state, c, [
        `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${c.ips[c.networks[0]] ?? '172.17.0.2'}. Set the 'ServerName' directive globally to suppress this message`,
        `[${apacheStamp(t)}] [mpm_prefork:notice] [pid 1:tid 1] AH00163: Apache/2.4.65 (Debian) PHP/8.4.15 configured -- resuming normal operations`,
        `[${apacheStamp(t)}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`,
      ], 'stderr');
      return { running: true, exitCode: 0 };
    case 'httpd-foreground':
    case 'httpd':
      log(state, c, [
        `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${c.ips[c.networks[0]] ?? '172.17.0.2'}. Set the 'ServerName' directive globally to suppress this message`,
        `[${apacheStamp(t)}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.66 (Unix) configured -- resuming normal operations`,
        `[${apacheStamp(t)}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'`,
      ], 'stderr');
      return { running: true, exitCode: 0 };
    case 'gunicorn': {
      // A WSGI server stays in the foreground (pip installed it on the PATH); gunicorn 23's lines.
      const s = `[${stamp(t, 'mysql').replace('+00:00', ' +0000')}]`;
      const bind = /(\d+\.\d+\.\d+\.\d+:\d+)/.exec(args.join(' '))?.[1] ?? '127.0.0.1:8000';
      const workers = Math.max(1, Number(args[args.findIndex((a) => a === '-w' || a === '--workers') + 1]) || 1);
      log(state, c, [`${s} [1] [INFO] Starting gunicorn 23.0.0`, `${s} [1] [INFO] Listening at: http://${bind} (1)`, `${s} [1] [INFO] Using worker: sync`, ...Array.from({ length: workers }, (_, k) => `${s} [${7 + k}] [INFO] Booting worker with pid: ${7 + k}`)], 'stderr');
      return { running: true, exitCode: 0 };
    }
    case 'uvicorn': {
      const port = /--port[= ](\d+)/.exec(args.join(' '))?.[1] ?? '8000';
      const host = /--host[= ](\S+)/.exec(args.join(' '))?.[1] ?? '127.0.0.1';
      log(state, c, ['INFO:     Started server process [1]', 'INFO:     Waiting for application startup.', 'INFO:     Application startup complete.', `INFO:     Uvicorn running on http://${host}:${port} (Press CTRL+C to quit)`], 'stderr');
      return { running: true, exitCode: 0 };
    }
    default:
      return { running: true, exitCode: 0 };
  }
}

/** A stop signal to a server: its exit code (0), or null when it ignores it. */
export function signalService(state: SimState, c: Container, program: string, signal: string, t: number): number | null {
  switch (program) {
    case 'mysqld':
      log(state, c, [`${stamp(t, 'iso')} 0 [System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: 8.4.7).`, `${stamp(t, 'iso')} 0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete (mysqld 8.4.7)  MySQL Community Server - GPL.`], 'stderr');
      return 0;
    case 'redis-server':
      log(state, c, [`1:signal-handler (${Math.floor(t / 1000)}) Received SIGTERM scheduling shutdown...`, `1:M ${redisStamp(t)} # Redis is now ready to exit, bye bye...`]);
      return 0;
    case 'gunicorn': {
      // SIGTERM and SIGINT: graceful then quick shutdown of the master; exit status 0.
      if (signal !== 'SIGTERM' && signal !== 'SIGINT' && signal !== 'SIGQUIT') return null;
      const s = `[${stamp(t, 'mysql').replace('+00:00', ' +0000')}]`;
      log(state, c, [`${s} [1] [INFO] Handling signal: ${signal.slice(3).toLowerCase()}`, `${s} [7] [INFO] Worker exiting (pid: 7)`, `${s} [1] [INFO] Shutting down: Master`], 'stderr');
      return 0;
    }
    case 'uvicorn':
      log(state, c, ['INFO:     Shutting down', 'INFO:     Waiting for application shutdown.', 'INFO:     Application shutdown complete.', 'INFO:     Finished server process [1]'], 'stderr');
      return 0;
    case 'postgres':
    case 'apache2-foreground':
    case 'httpd-foreground':
    case 'httpd':
      return 0;
    default:
      return null;
  }
}

function mysql(state: SimState, c: Container, t: number): BootResult {
  const s = stamp(t, 'mysql');
  const version = c.env.find((e) => e.startsWith('MYSQL_VERSION='))?.slice(14) ?? '8.4.7-1.el9';
  const start = [`${s} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${version} started.`];
  if (!envOf(c, 'MYSQL_ROOT_PASSWORD') && !envOf(c, 'MYSQL_ALLOW_EMPTY_PASSWORD') && !envOf(c, 'MYSQL_RANDOM_ROOT_PASSWORD')) {
    // An initialised data directory (a volume from an earlier run) needs no password.
    const data = c.mounts.find((m) => m.destination === '/var/lib/mysql' && m.type === 'volume');
    const volume = data && state.volumes.find((v) => v.name === data.source);
    if (!volume?.files.isDir('/mysql')) {
      log(state, c, [...start, `${s} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`, ...start]);
      log(state, c, [
        `${s} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`,
        '    You need to specify one of the following as an environment variable:',
        '    - MYSQL_ROOT_PASSWORD',
        '    - MYSQL_ALLOW_EMPTY_PASSWORD',
        '    - MYSQL_RANDOM_ROOT_PASSWORD',
      ], 'stderr');
      return { running: false, exitCode: 1 };
    }
  }
  // First start: the entrypoint initialises the data directory (in the volume).
  const data = c.mounts.find((m) => m.destination === '/var/lib/mysql' && m.type === 'volume');
  const volume = data && state.volumes.find((v) => v.name === data.source);
  const fresh = !volume?.files.isDir('/mysql');
  if (volume && fresh) {
    volume.files.mkdirp('/mysql');
    volume.files.write('/ibdata1', '');
    const db = envOf(c, 'MYSQL_DATABASE');
    if (db) volume.files.mkdirp(`/${db}`);
  }
  log(state, c, [...start, `${s} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`, ...start]);
  if (fresh) log(state, c, [`${s} [Note] [Entrypoint]: Initializing database files`, `${s} [Note] [Entrypoint]: Database files initialized`, `${s} [Note] [Entrypoint]: MySQL init process done. Ready for start up.`]);
  const iso = stamp(t, 'iso');
  log(state, c, [
    `${iso} 0 [System] [MY-015015] [Server] MySQL Server - start.`,
    `${iso} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.4.7) starting as process 1`,
    `${iso} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.4.7'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
  ], 'stderr');
  return { running: true, exitCode: 0 };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
function redisStamp(t: number): string {
  const d = new Date(t);
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${String(t % 1000).padStart(3, '0')}`;
}
function apacheStamp(t: number): string {
  const d = new Date(t);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${String(t % 1000).padStart(3, '0')}000 ${d.getUTCFullYear()}`;
}
const POSTGRES_ERROR = [
  'Error: Database is uninitialized and superuser password is not specified.',
  '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
  '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
  '',
  '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
  '       connections without a password. This is *not* recommended.',
  '',
  '       See PostgreSQL documentation about "trust":',
  '       https://www.postgresql.org/docs/current/auth-trust.html',
];


late.services = { bootService, signalService };
