// Serves a built site with Debian's nginx and deploy/nginx.conf, as tests/e2e/nginx.spec.ts does:
// only the port, the root, the CSP include and the /tmp and log paths change. The benches load
// pages from it, so that what they measure is what a reader gets (gzip, cache headers, CSP).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxInclude, policyForDist } from '../scripts/csp.mjs';

const CONF = resolve('deploy/nginx.conf');

export function findNginx() {
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  return ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p));
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => done(port));
    });
  });
}

/** deploy/nginx.conf with local paths and port; a changed line of the original fails loudly. */
function localConfig(conf, { port, root, dir, csp }) {
  const edits = [
    [/^pid \/tmp\/nginx\.pid;$/m, `pid ${dir}/nginx.pid;`, 1],
    [/^error_log \S+ warn;$/m, `error_log ${dir}/error.log warn;`, 1],
    [/\/tmp\/(client|proxy|fastcgi|uwsgi|scgi)_temp;/, `${dir}/$1_temp;`, 5],
    [/access_log \/dev\/stdout;/, `access_log off;`, 1],
    [/listen 8080;/, `listen 127.0.0.1:${port};`, 1],
    [/root \/srv\/cours-conteneurs;/, `root ${root};`, 1],
    [/include \/etc\/nginx\/csp\.conf;/, `include ${csp};`, 1],
  ];
  let out = conf;
  for (const [pattern, by, count] of edits) {
    const re = new RegExp(pattern.source, `${pattern.flags}g`);
    const found = out.match(re)?.length ?? 0;
    if (found !== count) throw new Error(`deploy/nginx.conf : ${pattern} trouvé ${found} fois au lieu de ${count}`);
    out = out.replace(re, by);
  }
  if (process.getuid?.() === 0) out = `user ${userInfo().username};\n${out}`;
  return out;
}

/**
 * Starts nginx over `root` (a built site). `strictCsp`: the project's allow-list must hold every
 * inline script (our site); without it the policy simply lists what the pages have (the baseline).
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export async function serve(root, { strictCsp = true } = {}) {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx est introuvable : apt-get install -y nginx');
  const dir = mkdtempSync(join(tmpdir(), 'cours-bench-nginx-'));
  const { policy, pages } = policyForDist(root, strictCsp ? {} : { allowList: null });
  writeFileSync(join(dir, 'csp.conf'), nginxInclude(policy, pages));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, localConfig(readFileSync(CONF, 'utf8'), { port, root: resolve(root), dir, csp: join(dir, 'csp.conf') }));
  const child = spawn(nginx, ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${origin}/`).then(() => true, () => false)) return { origin, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`nginx ne répond pas sur ${origin}`);
}
