import { describe, expect, test } from 'vitest';
import { appAnswer } from '../../src/quiz/terminal/app-http';
import { findContainer, findImage, Sim } from '../../src/quiz/terminal/index';
import type { BuiltConfig } from '../../src/quiz/terminal/image-build';
import { tpFiles } from './terminal-tp-files';
// The on-demand parts (Sim.prepare in the browser) are loaded eagerly here.
import '../../src/quiz/terminal/eager';

// TP level 4: the Flask app built by Compose, three replicas behind the nginx load balancer,
// the visit counter in Redis. Files read from the course page.

const DIR = '/home/etudiant/tp4-prod';
const TP4_FILES = tpFiles(4);

function sim(files: Record<string, string>) {
  let t = Date.UTC(2026, 11, 6, 10, 0, 0);
  const s = new Sim({ seed: 5, now: () => (t += 1000) });
  for (const [path, content] of Object.entries(files)) s.state.fs.write(`${DIR}/${path}`, content);
  s.state.cwd = DIR;
  return s;
}

describe('level 4 through compose', () => {
  test('up -d --build: builds the app image, creates both networks and the volume, app replicas on both networks', () => {
    const s = sim(TP4_FILES);
    const r = s.run('docker compose up -d --build');
    expect(r.output).toContain('naming to docker.io/library/tp4-flask:1.0 done');
    expect(r.output).toMatch(/ ✔ Network tp4-prod_frontend +Created/);
    expect(r.output).toMatch(/ ✔ Network tp4-prod_backend +Created/);
    expect(r.output).toMatch(/ ✔ Volume tp4-prod_redis_data +Created/);
    expect(r.output).toMatch(/ ✔ Container tp4-prod-redis-1 +Healthy/);
    const image = findImage(s.state, 'tp4-flask:1.0')!;
    expect((image.config as BuiltConfig).healthcheck?.test[0]).toBe('CMD-SHELL');
    expect(image.config.labels).toMatchObject({ 'com.docker.compose.service': 'app' });
    const redis = findContainer(s.state, 'tp4-prod-redis-1')!;
    expect(redis.networks).toEqual(['tp4-prod_backend']);
    expect(redis.command).toEqual(['docker-entrypoint.sh', 'redis-server', '--appendonly', 'yes']);
  });
});

describe('level 4 answers (app-http.ts)', () => {
  // The app replicas run the course's code; until the engine boots gunicorn, they run it with python.
  const files = { ...TP4_FILES, 'compose.yaml': TP4_FILES['compose.yaml'].replace('    image: tp4-flask:1.0\n', '    image: tp4-flask:1.0\n    command: ["python", "app.py"]\n') };

  test('round robin over the three replicas, one shared counter; /health does not count', () => {
    const s = sim(files);
    expect(s.run('docker compose up -d --build').exitCode).toBe(0);
    const lb = findContainer(s.state, 'tp4-prod-lb-1')!;
    const replicas = ['tp4-prod-app-1', 'tp4-prod-app-2', 'tp4-prod-app-3'].map((n) => findContainer(s.state, n)!);
    const bodies = Array.from({ length: 6 }, () => appAnswer(s, lb, 'nginx', '/')!.body);
    expect(bodies).toEqual(Array.from({ length: 6 }, (_, i) => `Bonjour ! Page vue ${i + 1} fois. Réponse du conteneur ${replicas[i % 3].hostname}\n`));
    expect(appAnswer(s, lb, 'nginx', '/health')!.body).toBe('ok\n');
    expect(appAnswer(s, lb, 'nginx', '/')!.body).toMatch(/^Bonjour ! Page vue 7 fois/);
  });

  test('scale to 5: nginx keeps its three addresses until restart lb', () => {
    const s = sim(files);
    s.run('docker compose up -d --build');
    s.run('docker compose up -d --scale app=5');
    const lb = () => findContainer(s.state, 'tp4-prod-lb-1')!;
    const seen = () => new Set(Array.from({ length: 10 }, () => appAnswer(s, lb(), 'nginx', '/')!.body.split(' ').pop())).size;
    expect(seen()).toBe(3);
    s.run('docker compose restart lb');
    expect(seen()).toBe(5);
  });

  test('Redis stopped: 500 from the app through nginx; started again: the counter goes on from the volume', () => {
    const s = sim(files);
    s.run('docker compose up -d --build');
    const lb = () => findContainer(s.state, 'tp4-prod-lb-1')!;
    appAnswer(s, lb(), 'nginx', '/');
    appAnswer(s, lb(), 'nginx', '/');
    s.run('docker compose stop redis');
    const down = appAnswer(s, lb(), 'nginx', '/')!;
    expect(down.status).toBe(500);
    expect(down.body).toContain('<h1>Internal Server Error</h1>');
    s.run('docker compose start redis');
    expect(appAnswer(s, lb(), 'nginx', '/')!.body).toMatch(/^Bonjour ! Page vue 3 fois/);
  });
});
