import { describe, expect, test } from 'vitest';
import { findContainer, findImage, findVolume, Sim } from '../../src/quiz/terminal/index';
import { tpFiles } from './terminal-tp-files';
// The on-demand parts (Sim.prepare in the browser) are loaded eagerly here.
import '../../src/quiz/terminal/eager';

// The command sequences of pratique/travaux-pratiques, levels 1, 2 and 4, typed as the page
// writes them; its files, read from the page, are created with here-documents as a learner would.

function sim() {
  let t = Date.UTC(2026, 11, 6, 9, 0, 0);
  return new Sim({ seed: 3, now: () => (t += 1500) });
}

/** Runs each line; returns the results by line for the assertions. */
function play(s: Sim, script: string[]) {
  return script.map((line) => ({ line, ...s.run(line) }));
}

const heredoc = (path: string, content: string) => `cat > ${path} <<'EOF'\n${content.replace(/\n$/, '')}\nEOF`;

describe('TP level 1', () => {
  test('nginx, bind mount, own image, history, cleanup', () => {
    const s = sim();
    const r = play(s, [
      'docker run -d --name web -p 8080:80 nginx:1.30',
      'docker ps',
      'curl http://localhost:8080',
      'docker logs web',
      'docker stop web',
      'docker rm web',
      'mkdir -p tp1/website && cd tp1',
      heredoc('website/index.html', tpFiles(1)['website/index.html']),
      'docker run -d --name website -v "$PWD/website:/usr/share/nginx/html" -p 8081:80 --rm nginx:1.30-alpine',
      'curl -s http://localhost:8081',
      'docker stop website',
      heredoc('Dockerfile', tpFiles(1).Dockerfile),
      'docker build -t mon-site:1.0 .',
      'docker images mon-site',
      'docker run -d --name mon-site -p 8081:80 mon-site:1.0',
      'curl http://localhost:8081',
      'docker history mon-site:1.0',
      'docker rm -f mon-site',
      'docker rmi mon-site:1.0',
    ]);
    for (const x of r) expect(x.exitCode, `${x.line}\n${x.output}`).toBe(0);
    const at = (line: string) => r.find((x) => x.line === line)!.output;
    expect(at('curl http://localhost:8080')).toContain('<title>Welcome to nginx!</title>');
    expect(at('curl -s http://localhost:8081')).toContain('<h1>Bonjour depuis un conteneur !</h1>');
    expect(at('docker build -t mon-site:1.0 .')).toMatch(/#\d+ naming to docker\.io\/library\/mon-site:1\.0 done/);
    expect(at('docker images mon-site').split('\n').filter((l) => l.startsWith('mon-site:1.0 '))).toHaveLength(1);
    expect(at('curl http://localhost:8081')).toContain('<p>Cette page est servie par Nginx.</p>');
    expect(at('docker history mon-site:1.0').split('\n')[2]).toMatch(/^<missing> +\d+ seconds ago +COPY website\/ \/usr\/share\/nginx\/html\/ # build… +4\.1kB +buildkit\.dockerfile\.v0$/);
    expect(findImage(s.state, 'mon-site:1.0')).toBeUndefined();
    expect(s.state.containers).toEqual([]);
  });
});

describe('TP level 2', () => {
  test('WordPress and MySQL with Compose, persistence, cleanup', () => {
    const s = sim();
    const files = tpFiles(2);
    const r = play(s, [
      'mkdir tp2-wordpress && cd tp2-wordpress',
      ...Object.entries(files).map(([path, content]) => heredoc(path, content)),
      'docker compose config',
      'docker compose up -d',
      'docker compose ps',
      'docker compose logs -f db',
      'curl -I http://localhost:8080',
      'docker compose down',
      'docker volume ls',
      'docker compose up -d',
      // The course's line: the inner shell expands the container's $MYSQL_PASSWORD, the `;` stays quoted.
      `docker compose exec db sh -c 'mysql -uwordpress -p"$MYSQL_PASSWORD" wordpress -e "SHOW TABLES;"'`,
      'docker compose down -v',
    ]);
    for (const x of r) expect(x.exitCode, `${x.line}\n${x.output}`).toBe(0);
    const at = (line: string) => r.find((x) => x.line === line)!.output;
    expect(at('docker compose config')).toContain('WORDPRESS_DB_PASSWORD: change-moi-wp');
    expect(at('docker compose ps')).toMatch(/tp2-wordpress-db-1 .* Up \d+ seconds \(healthy\)/);
    expect(at('curl -I http://localhost:8080')).toContain('Location: http://localhost:8080/wp-admin/install.php');
    expect(at('docker volume ls')).toMatch(/local +tp2-wordpress_db_data/);
    expect(findVolume(s.state, 'tp2-wordpress_db_data')).toBeUndefined();
    expect(s.state.containers).toEqual([]);
  });
});

describe('TP level 4', () => {
  // The lines of the page, in order (step 5 uses the `docker exec … kill 1` variant).
  test('build, three replicas behind the load balancer, scale, resilience, cleanup', () => {
    const s = sim();
    const r = play(s, [
      'mkdir -p tp4-prod/app tp4-prod/nginx && cd tp4-prod',
      ...Object.entries(tpFiles(4)).map(([path, content]) => heredoc(path, content)),
      'docker compose up -d --build',
      'docker compose ps',
      'for i in 1 2 3 4 5 6; do curl -s http://localhost:8080; done',
      'docker compose logs -f lb app',
      'docker stats --no-stream',
      'docker compose up -d --scale app=5',
      'docker compose restart lb',
      "docker exec $(docker compose ps -q app | head -n 1) sh -c 'kill 1'",
      'docker compose ps',
      `docker inspect -f '{{.RestartCount}}' "$(docker compose ps -q app | head -n 1)"`,
      'docker compose down -v',
    ]);
    for (const x of r) expect(x.exitCode, `${x.line}\n${x.output}`).toBe(0);
    const at = (line: string) => r.find((x) => x.line === line)!.output;
    const answers = at('for i in 1 2 3 4 5 6; do curl -s http://localhost:8080; done').split('\n');
    expect(answers.map((l) => l.replace(/[0-9a-f]{12}$/, 'ID'))).toEqual(Array.from({ length: 6 }, (_, i) => `Bonjour ! Page vue ${i + 1} fois. Réponse du conteneur ID`));
    expect(new Set(answers.map((l) => l.slice(-12))).size).toBe(3);
    expect(at('docker compose ps')).toMatch(/tp4-prod-app-3 .*\(healthy\)/);
    expect(at('docker compose logs -f lb app')).toMatch(/app-1 +\| \[.*\] \[1\] \[INFO\] Listening at: http:\/\/0\.0\.0\.0:5000 \(1\)/);
    // restart: always brought the killed replica back, once.
    expect(at(`docker inspect -f '{{.RestartCount}}' "$(docker compose ps -q app | head -n 1)"`)).toBe('1');
    expect(s.state.containers).toEqual([]);
    expect(findContainer(s.state, 'tp4-prod-lb-1')).toBeUndefined();
  });
});
