// The README's first command, `npm install && npm start`: the development server (`astro dev`)
// serves the course. Its pages are rendered on request, through the same Vite plugins as the build
// but with a server render of its own (a check made for the build once answered every page with a
// 500 there, and no other test saw it: they all run against the built site).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const PORT = (Number(process.env.E2E_PORT) || 4399) + 50;
const BASE = `http://localhost:${PORT}`;

let server: ChildProcess | undefined;
let log = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // The project's Node (the `node` package), as `npm start` runs it.
  server = spawn(process.execPath, [join('node_modules', '.bin', 'astro'), 'dev', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  for (const stream of [server.stdout!, server.stderr!]) stream.on('data', (chunk: Buffer) => (log += chunk.toString()));
  // Ready when it answers (starting takes seconds when idle, far more on a busy machine).
  for (const started = Date.now(); Date.now() - started < 150_000; await new Promise((r) => setTimeout(r, 500))) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`astro dev n’a pas répondu en 150 s :\n${log}`);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('npm start : le serveur de développement sert le cours, sans erreur', async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of ['/', '/docker/volumes/', '/revision/examen/', '/revision/cartes/', '/revision/progression/', '/pratique/terminal/']) {
    const response = await fetch(`${BASE}${path}`);
    expect(response.status, `${path}\n${log}`).toBe(200);
  }
  // In the browser: the page's scripts run without an error, and the search opens.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${BASE}/docker/volumes/`, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByRole('dialog')).toBeVisible({ timeout: 30_000 });
  expect(errors).toEqual([]);
  expect(log).not.toMatch(/\[ERROR\]/);
});
