// The small on-demand parts of the terminal (lazy.ts): Go templates, curl, programs run inside a
// container, Tab completion. The island loads without them; a line that needs one either gets it
// from `prepare`, or comes back with the French message, the state as before and `pending`, after
// which the same line runs. Each test starts from fresh modules (nothing loaded yet), as a page does.
// (No import of eager.ts here.)
import { beforeEach, expect, test, vi } from 'vitest';

const NOW = () => Date.UTC(2026, 11, 6, 10);

beforeEach(() => {
  vi.resetModules();
});

async function freshSim() {
  const { Sim } = await import('../../src/quiz/terminal');
  return new Sim({ seed: 1, now: NOW });
}

test('docker ps et docker images sans les modèles Go : les formats par défaut suffisent', async () => {
  const sim = await freshSim();
  await sim.prepare('docker run -d --name web -p 8080:80 nginx:1.30');
  expect(sim.run('docker run -d --name web -p 8080:80 nginx:1.30').exitCode).toBe(0);
  const { late } = await import('../../src/quiz/terminal/lazy');
  await sim.prepare('docker ps');
  const ps = sim.run('docker ps');
  expect(ps.exitCode).toBe(0);
  expect(ps.output.split('\n')[0]).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$/);
  expect(ps.output).toMatch(/nginx:1\.30 .*0\.0\.0\.0:8080->80\/tcp.* web$/m);
  expect(sim.run('docker images --digests').output).toMatch(/^REPOSITORY\s+TAG\s+DIGEST\s+IMAGE ID/);
  expect(late.template).toBeUndefined();
});

test('--format : prepare charge les modèles ; sans prepare, message, état intact, puis la même ligne passe', async () => {
  const sim = await freshSim();
  sim.run('docker run -d --name web nginx:1.30');
  const before = JSON.stringify(sim.toJSON());
  const first = sim.run("docker ps --format '{{.Names}} {{.Status | printf \"%s\"}}'");
  expect(first.output).toMatch(/n’est pas encore chargée/);
  expect(first.exitCode).toBe(1);
  expect(JSON.stringify(sim.toJSON())).toBe(before);
  await first.pending;
  expect(sim.run("docker ps --format '{{.Names}} {{.Status | printf \"%s\"}}'").output).toMatch(/^web Up/);
  // Same result with prepare on a fresh host.
  const other = await freshSim();
  other.run('docker run -d --name api nginx:1.30');
  await other.prepare('docker ps --format "{{json .Names}}"');
  expect(other.run('docker ps --format "{{json .Names}}"')).toEqual({ output: '"api"', exitCode: 0 });
});

test('un processus qui s’exécute une fois (docker run ubuntu ls) : rien de créé avant le chargement, puis exécuté', async () => {
  const sim = await freshSim();
  await sim.prepare('docker run --name liste ubuntu:24.04 ls /');
  const first = sim.run('docker run --name liste ubuntu:24.04 ls /');
  expect(first.output).toMatch(/n’est pas encore chargée/);
  // No half-created container, no pulled image, no history line: the retry starts from scratch.
  expect(sim.state.containers).toEqual([]);
  expect(sim.state.images).toEqual([]);
  expect(sim.state.history).toEqual([]);
  await first.pending;
  const again = sim.run('docker run --name liste ubuntu:24.04 ls /');
  expect(again.exitCode).toBe(0);
  expect(again.output).toMatch(/\bbin\b[\s\S]*\busr\b/);
  expect(sim.state.containers.map((c) => c.name)).toEqual(['liste']);
  // docker exec announces itself: prepare loads what it needs.
  const other = await freshSim();
  other.run('docker run -d --name web nginx:1.30');
  await other.prepare('docker exec web cat /etc/hostname');
  expect(other.run('docker exec web cat /etc/hostname').exitCode).toBe(0);
});

test('curl : chargé par prepare quand la ligne le nomme', async () => {
  const sim = await freshSim();
  sim.run('docker run -d --name web -p 8080:80 nginx:1.30');
  await sim.prepare('curl http://localhost:8080');
  expect(sim.run('curl http://localhost:8080').output).toContain('Welcome to nginx!');
});

test('curl : chargé aussi quand c’est le processus d’un conteneur que la ligne ne nomme pas', async () => {
  const other = await freshSim();
  other.run('docker run -d --name web nginx:1.30');
  // Created without prepare: `create` runs nothing, so nothing is missing yet.
  expect(other.run('docker create --name sonde alpine:3.24 sh -c "wget -qO- http://web"').exitCode).toBe(0);
  const { late } = await import('../../src/quiz/terminal/lazy');
  expect(late.http).toBeUndefined();
  // `docker start sonde` does not say wget: what the host holds does.
  await other.prepare('docker start sonde');
  expect(late.http).toBeDefined();
});

test('Tab : aucune proposition avant prepareCompletion, puis la complétion', async () => {
  const sim = await freshSim();
  expect(sim.complete('docker sto')).toEqual([]);
  await sim.prepareCompletion();
  expect(sim.complete('docker sto')).toEqual(['stop']);
});

test('les serveurs des niveaux suivants (MySQL…) : chargés par prepare, ou relancés après chargement sans conteneur à moitié créé', async () => {
  const line = 'docker run -d --name db -e MYSQL_ROOT_PASSWORD=secret mysql:8.4';
  const sim = await freshSim();
  const first = sim.run(line);
  expect(first.output).toMatch(/n’est pas encore chargée/);
  expect(sim.state.containers).toEqual([]);
  await first.pending;
  expect(sim.run(line).exitCode).toBe(0);
  expect(sim.run('docker logs db').output).toMatch(/ready for connections/);

  const other = await freshSim();
  await other.prepare(line);
  expect(other.run(line).exitCode).toBe(0);
  expect(other.run('docker stop db')).toEqual({ output: 'db', exitCode: 0 });
});

test('une commande non simulée annoncée par la ligne : prepare charge sa phrase française', async () => {
  const sim = await freshSim();
  await sim.prepare('kubectl get pods');
  expect(sim.run('kubectl get pods')).toEqual({ output: 'Cette commande n’est pas simulée ici : kubectl. Voir /kubernetes/kubectl-et-manifestes/', exitCode: 127 });
});

test('une commande non simulée que prepare ne prévoit pas : message, puis sa phrase après chargement', async () => {
  const other = await freshSim();
  const first = other.run('docker swarm init');
  expect(first.output).toMatch(/n’est pas encore chargée/);
  await first.pending;
  expect(other.run('docker swarm init').output).toBe('Cette commande n’est pas simulée ici : docker swarm init. Voir /ecosysteme/orchestration/');
});
