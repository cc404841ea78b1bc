// build and compose are a second chunk: without it `run` says so in French and changes nothing;
// `prepare(line)` loads it when the line needs it, and resolves at once otherwise.
// (No import of eager.ts here: this file sees the island as the browser loads it.)
import { expect, test } from 'vitest';
import { Sim } from '../../src/quiz/terminal';

test('compose et build avant prepare : message clair ; après prepare : exécutés', async () => {
  const sim = new Sim({ seed: 1, now: () => Date.UTC(2026, 11, 6, 10) });
  sim.state.fs.write('/home/etudiant/compose.yaml', 'services:\n  web:\n    image: nginx:1.30\n');
  const before = sim.run('docker compose config --services');
  expect(before.exitCode).toBe(1);
  expect(before.output).toMatch(/n’est pas encore chargée.*Relancez la commande/);
  expect(sim.run('docker build -t x .').output).toMatch(/n’est pas encore chargée/);
  // A line that needs nothing extra: resolves without loading, and runs.
  await sim.prepare('docker ps');
  expect(sim.run('docker compose version').output).toMatch(/n’est pas encore chargée/);
  expect(sim.run('docker ps').exitCode).toBe(0);
  await sim.prepare('docker compose config --services');
  expect(sim.run('docker compose config --services')).toEqual({ output: 'web', exitCode: 0 });
});

test('inspect, volume, network, system : même principe, dans leur propre morceau', async () => {
  const sim = new Sim({ seed: 1, now: () => Date.UTC(2026, 11, 6, 10) });
  expect(sim.run('docker volume create data').output).toMatch(/n’est pas encore chargée/);
  expect(sim.state.volumes).toEqual([]);
  // Inside `$(…)` too: the whole line is looked at.
  await sim.prepare('echo $(docker volume create data)');
  expect(sim.run('docker volume create data')).toEqual({ output: 'data', exitCode: 0 });
  expect(sim.run("docker inspect -f '{{.Name}}' data").exitCode).toBe(0);
});
