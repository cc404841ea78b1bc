import { defineConfig, devices } from '@playwright/test';
import { execSync } from 'node:child_process';

/** Debian's Chromium when it is installed (Playwright cannot download its own browser here). */
function systemChromium(): string | undefined {
  try {
    return execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The specs that need the real service worker (see `projects` below). */
const SERVICE_WORKER_SPECS = /[\\/](offline|base-path|nginx|data-files|optimiseur|terminal)\.spec\.ts$/;

// E2E_PORT lets several checkouts of the project run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT) || 4399;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Three on two cores: the offline specs wait, idle, for the service worker (registered 6 s after
  // a page's load, src/components/offline/register.ts); a third worker uses that time. Measured on
  // the whole suite: 6 min 57 s with three, 7 min 29 s with two.
  workers: 3,
  retries: process.env.CI ? 1 : 0,
  // Generous on purpose: the suite must pass on a busy 2-core machine (axe-core alone can take
  // 20 s on a long page there; with stress-ng --cpu 2 beside it, a hydration takes 15 s). Slow
  // steps give their own, longer, timeouts. A wait returns as soon as its state is reached: only
  // a failing test pays these limits.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  // The JSON report keeps every test's duration, to find the slow ones (issue 14).
  reporter: [['list'], ['json', { outputFile: 'playwright-report/resultats.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'fr-FR',
    launchOptions: {
      executablePath: systemChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The service worker precaches the whole site (~140 files) in the background of every page
  // that registers it: in each test of each spec, for nothing, on a machine where CPU is the
  // scarce thing. Only the specs about the offline site, the deployment and the sub-path keep it
  // (SERVICE_WORKER_SPECS); elsewhere registration is blocked, which the site handles as a browser
  // without service workers. A test that waits for the worker in another spec fails at once
  // with a message saying to add its file here (tests/e2e/helpers/service-worker.ts).
  // The service-worker specs come first: they hold the longest tests (precache, optimizer), and
  // long tests started last leave one worker alone at the end of the run.
  projects: [
    { name: 'chromium-sw', testMatch: SERVICE_WORKER_SPECS, use: { ...devices['Desktop Chrome'], serviceWorkers: 'allow' } },
    { name: 'chromium', testIgnore: SERVICE_WORKER_SPECS, use: { ...devices['Desktop Chrome'], serviceWorkers: 'block' } },
  ],
  // The tests run against the built site (npm test builds it just before).
  webServer: {
    // --ignore-lock: runs in the foreground even when another preview of the project is running.
    command: `astro preview --port ${PORT} --ignore-lock`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    // Starting Node and Astro takes seconds when idle, far more on a saturated machine.
    timeout: 120_000,
  },
});
