// Health status, removing a base image, the shell's for loop and `sh -c` inside a container,
// and the lazy part of the simulator (compose, build) that `prepare` loads.
import { describe, expect, test } from 'vitest';
import { findContainer, findImage, Sim } from '../../src/quiz/terminal';
import '../../src/quiz/terminal/eager';

const HOME = '/home/etudiant';
function host() {
  let t = Date.UTC(2026, 11, 6, 10, 0, 0);
  const sim = new Sim({ seed: 3, now: () => t });
  sim.state.fs.mkdirp(`${HOME}/site/website`);
  sim.state.fs.write(`${HOME}/site/website/index.html`, '<h1>Salut</h1>\n');
  sim.state.fs.write(`${HOME}/site/Dockerfile`, 'FROM nginx:1.30-alpine\nCOPY website/ /usr/share/nginx/html/\nHEALTHCHECK --interval=10s CMD wget -qO- http://localhost/ || exit 1\n');
  sim.state.cwd = `${HOME}/site`;
  const run = (line: string) => {
    t += 1000;
    return sim.run(line);
  };
  return { sim, run, advance: (ms: number) => (t += ms) };
}

describe('état de santé (HEALTHCHECK)', () => {
  test('starting puis healthy dans docker ps et docker inspect, unhealthy une fois arrêté', () => {
    const { sim, run, advance } = host();
    expect(run('docker build -t site:1 .').exitCode).toBe(0);
    expect(run('docker run -d --name web -p 8080:80 site:1').exitCode).toBe(0);
    expect(run('docker ps').output).toMatch(/Up \d+ seconds? \(health: starting\) /);
    expect(run("docker inspect -f '{{.State.Health.Status}}' web").output).toBe('starting');
    advance(15_000);
    expect(run('docker ps').output).toMatch(/Up \d+ seconds \(healthy\) /);
    expect(findContainer(sim.state, 'web')!.health).toBe('healthy');
    run('docker stop web');
    expect(run("docker inspect -f '{{.State.Health.Status}}' web").output).toBe('unhealthy');
    run('docker start web');
    expect(run('docker ps').output).toMatch(/\(health: starting\)/);
  });

  test('sans HEALTHCHECK, ni suffixe ni .State.Health', () => {
    const { run } = host();
    run('docker run -d --name nx nginx:1.30');
    expect(run('docker ps').output).not.toMatch(/healthy|health:/);
    expect(run("docker inspect -f '{{json .State.Health}}' nx").output).toBe('null');
  });
});

describe('docker rmi d’une image de base', () => {
  test('par identifiant : conflit dur, même avec -f ; par nom : seulement désétiquetée', () => {
    const { sim, run } = host();
    run('docker build -t site:1 .');
    const base = findImage(sim.state, 'nginx:1.30-alpine')!;
    const short = base.id.replace(/^sha256:/, '').slice(0, 12);
    const byId = run(`docker rmi -f ${short}`);
    expect(byId.exitCode).toBe(1);
    expect(byId.output).toBe(`Error response from daemon: conflict: unable to delete ${short} (cannot be forced) - image has dependent child images`);
    const byName = run('docker rmi nginx:1.30-alpine');
    expect(byName.output).toBe('Untagged: nginx:1.30-alpine');
    expect(sim.state.images).toContain(base);
    expect(run('docker images').output).not.toContain('<none>');
    // The child still runs and serves its page.
    run('docker run -d --name web -p 8080:80 site:1');
    expect(run('curl -s http://localhost:8080').output).toBe('<h1>Salut</h1>');
  });
});

describe('shell : boucle for, seq, sh -c dans un conteneur', () => {
  test('for … in $(seq …); do …; done, puis ce qui suit done', () => {
    const { run } = host();
    expect(run('for i in $(seq 1 3); do echo "n$i"; done; echo fin').output).toBe('n1\nn2\nn3\nfin');
    expect(run('for f in a b; do echo $f && echo x; done').output).toBe('a\nx\nb\nx');
    expect(run('seq 5 -2 1').output).toBe('5\n3\n1');
    // `done` as an argument is a word, not the end of the loop.
    expect(run('for i in 1 2; do echo done; done').output).toBe('done\ndone');
    const broken = run('for i in 1 2; echo $i');
    expect(broken.exitCode).toBe(2);
    expect(broken.output).toContain('boucle for incomplète');
  });

  test('sh -c développe les variables du conteneur, pas celles entre apostrophes ; kill 1 sans gestionnaire ne fait rien', () => {
    const { sim, run } = host();
    run('docker run -d --name boite -e MOT=secret alpine:3.24 sleep 1000');
    expect(run(`docker exec boite sh -c 'echo "$MOT"; echo '"'"'$MOT'"'"''`).output).toBe('secret\n$MOT');
    expect(run(`docker exec boite sh -c 'kill 1'`).exitCode).toBe(0);
    expect(findContainer(sim.state, 'boite')!.state).toBe('running');
  });
});
