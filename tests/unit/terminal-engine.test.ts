// The simulated Docker host as scenario checks see it: the state after commands, the helpers
// other modules use (httpGet, findContainer, createContainer…), persistence, completion and speed.
import { describe, expect, test } from 'vitest';
import { findContainer, findImage, httpGet, Sim } from '../../src/quiz/terminal';
// The on-demand parts (Sim.prepare in the browser) are loaded eagerly here.
import '../../src/quiz/terminal/eager';
import { createContainer, pullImage, registerDocker, startContainer } from '../../src/quiz/terminal/commands/registry';

const START = Date.UTC(2026, 11, 6, 16, 0, 0);
function host(seed = 1) {
  let t = START;
  const sim = new Sim({ now: () => t, seed });
  const run = (line: string) => {
    t += 1000;
    return sim.run(line);
  };
  return { sim, run, advance: (ms: number) => (t += ms) };
}

describe('état après les commandes du TP niveau 1', () => {
  test('un conteneur web tourne et publie 8080 vers 80, curl obtient la page de nginx', () => {
    const { sim, run } = host();
    expect(run('docker run -d --name web -p 8080:80 nginx:1.30').exitCode).toBe(0);
    const web = findContainer(sim.state, 'web')!;
    expect(web.state).toBe('running');
    expect(web.ports).toEqual([{ hostIp: '0.0.0.0', hostPort: 8080, containerPort: 80, proto: 'tcp' }]);
    expect(web.image).toBe('nginx:1.30');
    expect(findImage(sim.state, 'nginx:1.30')?.repoTags).toEqual(['nginx:1.30']);
    expect(httpGet(sim, 'http://localhost:8080').body).toContain('<h1>Welcome to nginx!</h1>');
    run('docker stop web');
    expect(web.state).toBe('exited');
    expect(web.exitCode).toBe(0);
    expect(httpGet(sim, 'http://localhost:8080').error).toBe("curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server");
    run('docker rm web');
    expect(sim.state.containers).toHaveLength(0);
  });

  test('deux écritures équivalentes donnent le même état', () => {
    const a = host();
    const b = host();
    a.run('docker run -d --name web -p 8080:80 nginx:1.30');
    b.run('docker pull nginx:1.30');
    b.run('docker container create --publish 0.0.0.0:8080:80/tcp --name=web nginx:1.30');
    b.run('docker start web');
    const [x, y] = [findContainer(a.sim.state, 'web')!, findContainer(b.sim.state, 'web')!];
    expect([y.state, y.ports, y.image]).toEqual([x.state, x.ports, x.image]);
  });

  test('la solution complète du niveau 1 s’exécute sans erreur et sert la page du montage', () => {
    const { sim, run } = host();
    const solution = [
      'docker run -d --name web -p 8080:80 nginx:1.30', 'docker ps', 'curl http://localhost:8080', 'docker logs web', 'docker exec web ls /usr/share/nginx/html',
      'docker stop web', 'docker rm web', 'mkdir -p tp1/website && cd tp1', "cat > website/index.html <<'EOF'\n<h1>Bonjour</h1>\nEOF",
      'docker run --name website -v "$PWD/website:/usr/share/nginx/html" -p 8081:80 --rm -d nginx:1.30-alpine', 'curl http://localhost:8081', 'docker stop website',
    ];
    // Speed is measured by bench/ scripts, never by a timed assertion (a busy machine makes it flaky).
    const results = solution.map((line) => ({ line, ...run(line) }));
    for (const r of results) expect(r.exitCode, `${r.line}\n${r.output}`).toBe(0);
    expect(results.find((r) => r.line === 'curl http://localhost:8081')!.output).toContain('<h1>Bonjour</h1>');
    expect(sim.state.containers).toEqual([]);
  });
});

describe('volumes, montages et réseaux', () => {
  test('un volume nommé garde les données après rm ; la couche du conteneur non', () => {
    const { sim, run } = host();
    run("docker run --name ecrit -v data:/data alpine:3.24 sh -c 'echo x > /data/f && echo y > /g'");
    expect(sim.state.volumes.map((v) => v.name)).toEqual(['data']);
    expect(sim.state.volumes[0].files.read('/f')).toBe('x\n');
    expect(findContainer(sim.state, 'ecrit')!.fs.read('/g')).toBe('y\n');
    run('docker rm ecrit');
    expect(sim.state.volumes[0].files.read('/f')).toBe('x\n');
    expect(run('docker run --rm -v data:/data alpine:3.24 cat /data/f').output).toBe('x');
    expect(run('docker run --rm alpine:3.24 cat /g').exitCode).toBe(1);
  });

  test('un montage lié montre les fichiers de l’hôte, modifiés ensuite', () => {
    const { sim, run } = host();
    run('mkdir -p ~/tp/site && echo v1 > ~/tp/site/index.html');
    run('docker run -d --name site1 -p 8081:80 -v ~/tp/site:/usr/share/nginx/html nginx:1.30-alpine');
    expect(run('docker run -d --name site2 -p 8082:80 -v ~/tp/site:/usr/share/nginx/html nginx:1.30-alpine').exitCode).toBe(0);
    expect(findContainer(sim.state, 'site1')!.mounts[0]).toEqual({ type: 'bind', source: '/home/etudiant/tp/site', destination: '/usr/share/nginx/html', readOnly: false });
    expect(httpGet(sim, 'localhost:8081').body).toBe('v1\n');
    sim.state.fs.write('/home/etudiant/tp/site/index.html', 'v2\n');
    expect(httpGet(sim, 'localhost:8082').body).toBe('v2\n');
  });

  test('DNS par nom sur un réseau défini, pas sur le bridge par défaut', () => {
    const { sim, run } = host();
    run('docker network create app');
    run('docker run -d --name db --network app redis:8-alpine');
    run('docker run -d --name api --network app -p 8080:80 nginx:1.30');
    run('docker run -d --name seul nginx:1.30');
    const api = findContainer(sim.state, 'api')!;
    expect(api.networks).toEqual(['app']);
    expect(api.ips.app).toMatch(/^172\.18\.0\.\d+$/);
    expect(httpGet(sim, 'http://db:6379', api).error).toBe('curl: (1) Received HTTP/0.9 when not allowed');
    expect(httpGet(sim, 'http://api', findContainer(sim.state, 'seul')!).error).toBe('curl: (6) Could not resolve host: api');
    expect(sim.state.networks.find((n) => n.name === 'app')!.containers).toEqual([findContainer(sim.state, 'db')!.id, api.id]);
  });
});

describe('API pour les autres modules', () => {
  test('createContainer et startContainer reprennent la sémantique de docker run', () => {
    const { sim } = host();
    expect('error' in pullImage(sim.state, 'nginx:1.30')).toBe(false);
    const created = createContainer(sim.state, { image: 'nginx:1.30', name: 'site', ports: [{ hostIp: '0.0.0.0', hostPort: 8080, containerPort: 80, proto: 'tcp' }], labels: { 'com.docker.compose.project': 'tp2' } });
    if ('error' in created) throw new Error(created.error);
    expect(startContainer(sim.state, created.container)).toBeNull();
    expect(sim.run('docker ps --format "{{.Names}} {{.Label \\"com.docker.compose.project\\"}}"').output).toBe('site tp2');
    const again = createContainer(sim.state, { image: 'nginx:1.30', name: 'site' });
    expect('error' in again && again.error).toMatch(/^Conflict\. The container name "\/site" is already in use/);
  });

  test('registerDocker branche une sous-commande sur le moteur', () => {
    registerDocker('container diff', (ctx) => ({ output: `diff ${ctx.args[0]}`, exitCode: 0 }));
    expect(host().run('docker diff web')).toEqual({ output: 'diff web', exitCode: 0 });
  });

  test('heredocDelimiter reconnaît les formes de here-document', () => {
    const sim = new Sim();
    expect(sim.heredocDelimiter("cat > compose.yaml <<'EOF'")).toBe('EOF');
    expect(sim.heredocDelimiter('cat <<-FIN > a.txt')).toBe('FIN');
    expect(sim.heredocDelimiter('cat <<"EOF"')).toBe('EOF');
    expect(sim.heredocDelimiter("echo '<<EOF'")).toBeNull();
    expect(sim.heredocDelimiter('docker ps')).toBeNull();
  });

  test('complétion : commandes, sous-commandes, options, noms et images', () => {
    const { sim, run } = host();
    run('docker run -d --name web nginx:1.30');
    run('docker volume create donnees');
    expect(sim.complete('dock')).toEqual(['docker']);
    expect(sim.complete('docker vol')).toEqual(['volume']);
    expect(sim.complete('docker volume r')).toEqual(['remove', 'rm']);
    expect(sim.complete('docker run --na')).toEqual(['--name']);
    expect(sim.complete('docker stop w')).toEqual(['web']);
    expect(sim.complete('docker volume rm d')).toEqual(['donnees']);
    expect(sim.complete('docker run nginx:1.30-a')).toEqual(['nginx:1.30-alpine']);
    expect(sim.complete('cd t')).toEqual(['tp/']);
  });

  test('clear est signalé au terminal', () => {
    expect(host().run('clear')).toEqual({ output: '', exitCode: 0, clear: true });
  });
});

describe('déterminisme et sauvegarde', () => {
  test('même graine, mêmes identifiants ; autre graine, autres identifiants', () => {
    const a = host(7).run('docker run -d nginx:1.30').output;
    const b = host(7).run('docker run -d nginx:1.30').output;
    const c = host(8).run('docker run -d nginx:1.30').output;
    expect(a).toBe(b);
    expect(a.split('\n').at(-1)).not.toBe(c.split('\n').at(-1));
  });

  test('toJSON puis fromJSON redonne le même hôte', () => {
    const { sim, run } = host();
    run('docker run -d --name web -p 8080:80 -v data:/data nginx:1.30');
    run('echo bonjour > note.txt');
    run('docker exec web sh -c "echo dans-le-volume > /data/x"');
    const copy = Sim.fromJSON(JSON.parse(JSON.stringify(sim.toJSON())), { now: () => START + 10_000 });
    expect(copy.run('cat note.txt').output).toBe('bonjour');
    expect(copy.run('docker exec web cat /data/x').output).toBe('dans-le-volume');
    expect(copy.run('docker ps --format "{{.Names}} {{.Ports}}"').output).toBe('web 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp');
    expect(copy.run('docker run -d --name web nginx:1.30').exitCode).toBe(125);
  });

  test('une sauvegarde illisible donne un hôte neuf, sans exception', () => {
    for (const bad of [null, 42, 'x', {}, { format: 'cours-conteneurs-terminal', version: 99, state: {} }, { format: 'cours-conteneurs-terminal', version: 1, state: { containers: [{ id: 1 }] } }]) {
      const sim = Sim.fromJSON(bad);
      expect(sim.state.containers).toEqual([]);
      expect(sim.run('docker ps -q')).toEqual({ output: '', exitCode: 0 });
    }
  });
});
