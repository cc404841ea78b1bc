import { describe, expect, test } from 'vitest';
import { findContainer, findNetwork, findVolume, httpGet, Sim } from '../../src/quiz/terminal/index';
import { tpFiles } from './terminal-tp-files';
// The on-demand parts (Sim.prepare in the browser) are loaded eagerly here.
import '../../src/quiz/terminal/eager';

// Transcripts of `docker compose`: command, what Compose prints, and the daemon's state after it.

const HOME = '/home/etudiant';

function sim(files: Record<string, string>, cwd: string) {
  let t = Date.UTC(2026, 11, 6, 10, 0, 0);
  const s = new Sim({ seed: 11, now: () => (t += 1000) });
  s.state.fs.mkdirp(cwd);
  for (const [path, content] of Object.entries(files)) s.state.fs.write(`${cwd}/${path}`, content);
  s.state.cwd = cwd;
  return s;
}

const TP2 = tpFiles(2);
const TP2_DIR = `${HOME}/tp2-wordpress`;

const WEB = (extra = '') => `services:\n  web:\n    image: nginx:1.30\n    ports:\n      - "8080:80"\n${extra}`;

describe('docker compose up, ps, logs, down: level 2', () => {
  test('up -d: pulls, creates network and volumes, waits for the healthy database, then starts WordPress', () => {
    const s = sim(TP2, TP2_DIR);
    const r = s.run('docker compose up -d');
    expect(r.exitCode).toBe(0);
    expect(r.output.replace(/ +\d+\.\ds$/gm, '')).toBe(
      [
        '[+] up 7/7',
        ' ✔ Image mysql:8.4                     Pulled',
        ' ✔ Image wordpress:latest              Pulled',
        ' ✔ Network tp2-wordpress_default       Created',
        ' ✔ Volume tp2-wordpress_db_data        Created',
        ' ✔ Volume tp2-wordpress_wp_data        Created',
        ' ✔ Container tp2-wordpress-db-1        Healthy',
        ' ✔ Container tp2-wordpress-wordpress-1 Started',
      ].join('\n'),
    );
    const db = findContainer(s.state, 'tp2-wordpress-db-1')!;
    const wp = findContainer(s.state, 'tp2-wordpress-wordpress-1')!;
    expect(db.state).toBe('running');
    expect(wp.state).toBe('running');
    expect(db.createdAt).toBeLessThan(wp.createdAt);
    expect(wp.labels).toMatchObject({ 'com.docker.compose.project': 'tp2-wordpress', 'com.docker.compose.service': 'wordpress', 'com.docker.compose.container-number': '1' });
    expect(db.env).toContain('MYSQL_PASSWORD=change-moi-wp');
    expect(wp.networks).toEqual(['tp2-wordpress_default']);
    expect(wp.aliases['tp2-wordpress_default']).toContain('wordpress');
    expect(db.mounts).toContainEqual({ type: 'volume', source: 'tp2-wordpress_db_data', destination: '/var/lib/mysql', readOnly: false });
    expect(findVolume(s.state, 'tp2-wordpress_wp_data')?.labels['com.docker.compose.volume']).toBe('wp_data');
    expect(s.state.composeProjects.map((p) => p.name)).toEqual(['tp2-wordpress']);
  });

  test('ps: Compose columns, health in STATUS, published ports', () => {
    const s = sim(TP2, TP2_DIR);
    s.run('docker compose up -d');
    const out = s.run('docker compose ps').output.split('\n');
    expect(out[0]).toBe('NAME                        IMAGE              COMMAND                  SERVICE     CREATED          STATUS                    PORTS');
    expect(out[1]).toMatch(/^tp2-wordpress-db-1 +mysql:8\.4 +"docker-entrypoint\.s…" +db +\d+ seconds ago +Up \d+ seconds \(healthy\) +3306\/tcp, 33060\/tcp$/);
    expect(out[2]).toMatch(/^tp2-wordpress-wordpress-1 +wordpress:latest +"docker-entrypoint\.s…" +wordpress .* Up \d+ seconds +0\.0\.0\.0:8080->80\/tcp, \[::\]:8080->80\/tcp$/);
    const ids = s.run('docker compose ps -q').output.split('\n');
    expect(ids).toEqual([findContainer(s.state, 'tp2-wordpress-db-1')!.id, findContainer(s.state, 'tp2-wordpress-wordpress-1')!.id]);
  });

  test('logs db: prefixed with the service and number; -f says it does not follow here', () => {
    const s = sim(TP2, TP2_DIR);
    s.run('docker compose up -d');
    const r = s.run('docker compose logs -f db');
    const out = r.output.split('\n');
    expect(out[0]).toMatch(/^db-1  \| \S+ \S+ \[Note\] \[Entrypoint\]: Entrypoint script for MySQL Server/);
    expect(out.some((l) => l.includes('ready for connections'))).toBe(true);
    expect(out.every((l) => l.startsWith('db-1  | ') || l.startsWith('(Simulation'))).toBe(true);
  });

  test('curl localhost:8080 answers the WordPress installer redirect', () => {
    const s = sim(TP2, TP2_DIR);
    s.run('docker compose up -d');
    const r = s.run('curl -I localhost:8080');
    expect(r.output).toMatch(/^HTTP\/1\.1 302 Found/);
    expect(r.output).toMatch(/Location: http:\/\/localhost:8080\/wp-admin\/install\.php/);
  });

  test('down removes containers and network but keeps the volumes; their data survives up again; down -v removes them', () => {
    const s = sim(TP2, TP2_DIR);
    s.run('docker compose up -d');
    findVolume(s.state, 'tp2-wordpress_db_data')!.files.write('/wordpress/wp_posts.ibd', 'article');
    expect(s.run('docker compose down').output.replace(/ +\d+\.\ds$/gm, '')).toBe(
      ['[+] down 3/3', ' ✔ Container tp2-wordpress-wordpress-1 Removed', ' ✔ Container tp2-wordpress-db-1        Removed', ' ✔ Network tp2-wordpress_default       Removed'].join('\n'),
    );
    expect(s.state.containers).toEqual([]);
    expect(findNetwork(s.state, 'tp2-wordpress_default')).toBeUndefined();
    expect(findVolume(s.state, 'tp2-wordpress_db_data')).toBeDefined();
    expect(s.run('docker compose up -d').output).not.toContain('Volume');
    expect(findVolume(s.state, 'tp2-wordpress_db_data')!.files.read('/wordpress/wp_posts.ibd')).toBe('article');
    const down = s.run('docker compose down -v').output;
    expect(down).toMatch(/ ✔ Volume tp2-wordpress_db_data +Removed/);
    expect(down).toMatch(/ ✔ Volume tp2-wordpress_wp_data +Removed/);
    expect(s.state.volumes.filter((v) => v.name.startsWith('tp2-wordpress'))).toEqual([]);
    expect(s.state.composeProjects).toEqual([]);
  });

  test('config prints the interpolated file', () => {
    const s = sim(TP2, TP2_DIR);
    const out = s.run('docker compose config').output;
    expect(out).toContain('      MYSQL_PASSWORD: change-moi-wp');
    expect(out).toContain('name: tp2-wordpress');
    expect(s.run('docker compose config --services').output).toBe('db\nwordpress');
  });
});

describe('docker compose: names, scale, networks, lifecycle', () => {
  test('-f and -p: other file, other project name', () => {
    const s = sim({ 'web.yaml': WEB() }, `${HOME}/site`);
    expect(s.run('docker compose -f web.yaml -p demo up -d').exitCode).toBe(0);
    expect(findContainer(s.state, 'demo-web-1')?.state).toBe('running');
    expect(findNetwork(s.state, 'demo_default')).toBeDefined();
    expect(s.run('curl -s localhost:8080').output).toContain('Welcome to nginx!');
  });

  test('DNS by service name on the project network, not from the default bridge', () => {
    const s = sim({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.30\n  client:\n    image: alpine:3.24\n    command: ["sleep", "infinity"]\n' }, `${HOME}/dns`);
    s.run('docker compose up -d');
    const client = findContainer(s.state, 'dns-client-1')!;
    expect(httpGet(s, 'http://web', client).body).toContain('Welcome to nginx!');
    s.run('docker run -d --name seul alpine:3.24 sleep infinity');
    expect(httpGet(s, 'http://web', findContainer(s.state, 'seul')!).error).toBe('curl: (6) Could not resolve host: web');
  });

  test('--scale: numbered replicas, then back down', () => {
    const s = sim({ 'compose.yaml': 'services:\n  app:\n    image: nginx:1.30\n' }, `${HOME}/echelle`);
    const r = s.run('docker compose up -d --scale app=3');
    expect(r.output).toMatch(/ ✔ Container echelle-app-3 +Started/);
    expect(s.state.containers.map((c) => c.name).sort()).toEqual(['echelle-app-1', 'echelle-app-2', 'echelle-app-3']);
    const down = s.run('docker compose up -d --scale app=1').output;
    expect(down).toMatch(/ ✔ Container echelle-app-3 +Removed/);
    expect(down).toMatch(/ ✔ Container echelle-app-1 +Running/);
    expect(s.state.containers.map((c) => c.name)).toEqual(['echelle-app-1']);
  });

  test('up again: Running; a changed service is recreated', () => {
    const s = sim({ 'compose.yaml': WEB() }, `${HOME}/site`);
    s.run('docker compose up -d');
    const id = findContainer(s.state, 'site-web-1')!.id;
    expect(s.run('docker compose up -d').output).toMatch(/ ✔ Container site-web-1 Running/);
    s.state.fs.write(`${HOME}/site/compose.yaml`, WEB('    environment:\n      MODE: prod\n'));
    expect(s.run('docker compose up -d').output).toMatch(/ ✔ Container site-web-1 Recreated/);
    expect(findContainer(s.state, 'site-web-1')!.id).not.toBe(id);
  });

  test('exec runs in the service container (docker exec underneath); --index picks a replica', () => {
    const s = sim({ 'compose.yaml': WEB() }, `${HOME}/site`);
    s.run('docker compose up -d');
    expect(s.run('docker compose exec web ls /usr/share/nginx/html')).toEqual({ exitCode: 0, output: '50x.html  index.html' });
    expect(s.run('docker compose exec -T web hostname').output).toBe(findContainer(s.state, 'site-web-1')!.hostname);
    expect(s.run('docker compose exec --index 2 web hostname')).toEqual({ exitCode: 1, output: 'service "web" is not running container #2' });
  });

  test('ls lists the projects from their containers; version', () => {
    const s = sim(TP2, TP2_DIR);
    s.run('docker compose up -d');
    expect(s.run('docker compose ls').output).toBe(
      ['NAME            STATUS       CONFIG FILES', `tp2-wordpress   running(2)   ${TP2_DIR}/compose.yaml`].join('\n'),
    );
    s.run('docker compose stop db');
    expect(s.run('docker compose ls').output).toMatch(/^tp2-wordpress +exited\(1\), running\(1\) /m);
    expect(s.run('docker compose version').output).toBe('Docker Compose version v5.0.0');
  });

  test('stop, start, restart', () => {
    const s = sim({ 'compose.yaml': WEB() }, `${HOME}/site`);
    s.run('docker compose up -d');
    expect(s.run('docker compose stop').output).toMatch(/^\[\+\] stop 1\/1\n ✔ Container site-web-1 Stopped +\d\.\ds$/);
    expect(findContainer(s.state, 'site-web-1')!.state).toBe('exited');
    expect(s.run('curl -s localhost:8080').exitCode).toBe(7);
    expect(s.run('docker compose start web').output).toMatch(/^\[\+\] start 1\/1\n ✔ Container site-web-1 Started/);
    expect(s.run('docker compose restart').output).toMatch(/^\[\+\] restart 1\/1\n ✔ Container site-web-1 Started/);
    expect(findContainer(s.state, 'site-web-1')!.state).toBe('running');
  });

  test('a built service: up --build builds, tags <project>-<service> when no image is named', () => {
    const s = sim({ 'compose.yaml': 'services:\n  front:\n    build: .\n    ports: ["8081:80"]\n', 'index.html': '<p>maison</p>\n', Dockerfile: 'FROM nginx:1.30-alpine\nCOPY index.html /usr/share/nginx/html/\n' }, `${HOME}/maison`);
    const r = s.run('docker compose up -d --build');
    expect(r.output).toContain('naming to docker.io/library/maison-front:latest done');
    expect(r.output).toMatch(/ ✔ Image maison-front:latest +Built/);
    expect(s.run('curl -s localhost:8081').output).toBe('<p>maison</p>');
    expect(s.run('docker compose build').output).toMatch(/#\d+ CACHED/);
  });
});

describe('docker compose: errors in Compose words', () => {
  test('no file', () => {
    const s = sim({}, `${HOME}/vide`);
    expect(s.run('docker compose up -d')).toEqual({ exitCode: 1, output: 'no configuration file provided: not found' });
  });

  test('undefined volume: refused before anything is created', () => {
    const s = sim({ 'compose.yaml': 'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - donnees:/var/lib/mysql\n' }, `${HOME}/erreur`);
    expect(s.run('docker compose up -d')).toEqual({ exitCode: 1, output: 'service "db" refers to undefined volume donnees: invalid compose project' });
    expect(s.state.containers).toEqual([]);
    expect(s.state.networks.some((n) => n.name === 'erreur_default')).toBe(false);
  });

  test('a misspelt key', () => {
    const s = sim({ 'compose.yaml': 'services:\n  web:\n    imgae: nginx\n' }, `${HOME}/erreur`);
    expect(s.run('docker compose config').output).toBe(`validating ${HOME}/erreur/compose.yaml: services.web additional properties 'imgae' not allowed`);
  });

  test('a dependency that exits: MySQL without its password', () => {
    const s = sim({ 'compose.yaml': 'services:\n  db:\n    image: mysql:8.4\n  app:\n    image: wordpress:latest\n    depends_on: [db]\n' }, `${HOME}/sansmdp`);
    const r = s.run('docker compose up -d');
    expect(r.exitCode).toBe(1);
    expect(r.output.split('\n').at(-1)).toBe('dependency failed to start: container sansmdp-db-1 exited (1)');
    expect(findContainer(s.state, 'sansmdp-app-1')).toBeUndefined();
  });

  test('service_healthy on a service without healthcheck', () => {
    const s = sim({ 'compose.yaml': 'services:\n  cache:\n    image: redis:8-alpine\n  app:\n    image: nginx:1.30\n    depends_on:\n      cache:\n        condition: service_healthy\n' }, `${HOME}/sante`);
    expect(s.run('docker compose up -d').output.split('\n').at(-1)).toBe('dependency failed to start: container sante-cache-1 has no healthcheck configured');
  });

  test('exec into a service that does not run; an image that does not exist', () => {
    const s = sim({ 'compose.yaml': WEB() }, `${HOME}/site`);
    expect(s.run('docker compose exec web ls')).toEqual({ exitCode: 1, output: 'service "web" is not running' });
    s.state.fs.write(`${HOME}/site/compose.yaml`, 'services:\n  web:\n    image: ngnix:latest\n');
    const r = s.run('docker compose up -d');
    expect(r.exitCode).toBe(1);
    expect(r.output.split('\n').at(-1)).toBe("Error response from daemon: pull access denied for ngnix, repository does not exist or may require 'docker login'");
  });

  test('a build context that does not exist', () => {
    const s = sim({ 'compose.yaml': 'services:\n  app:\n    build: ./app\n' }, `${HOME}/sansapp`);
    expect(s.run('docker compose up -d --build')).toEqual({ exitCode: 1, output: `unable to prepare context: path "${HOME}/sansapp/app" not found` });
  });

  test('a port already taken by another container', () => {
    const s = sim({ 'compose.yaml': WEB() }, `${HOME}/site`);
    s.run('docker run -d --name autre -p 8080:80 nginx:1.30');
    const r = s.run('docker compose up -d');
    expect(r.exitCode).toBe(1);
    expect(r.output).toMatch(/ ✘ Container site-web-1 +Error/);
    expect(r.output.split('\n').at(-1)).toMatch(/^Error response from daemon: .*8080.*port is already allocated$/);
  });
});
