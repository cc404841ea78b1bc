// The one way the end-to-end tests wait for the offline site: the service worker is active and
// has precached everything, which the page says with « Disponible hors ligne ». Shared by
// offline.spec.ts (root build) and base-path.spec.ts (build under /cours/).
import { expect, test, type Page } from '@playwright/test';

/** Precaching the whole site (~180 files, 9 MB): seconds when idle, minutes on a busy 2-core machine. */
const PRECACHE_BUDGET = 120_000;

/** The offline messages region of src/components/offline/register.ts. */
export const offlineMessages = (page: Page) => page.locator('#sw-ui[role="status"]');

/** Waits until the site is available offline; returns the worker's scope. */
export async function waitUntilAvailableOffline(page: Page): Promise<string> {
  // playwright.config.ts blocks service workers outside a few specs (Playwright then replaces
  // `register`): say so now rather than time out on a worker that never comes.
  const blocked = await page.evaluate(() => /Playwright/.test(ServiceWorkerContainer.prototype.register.toString()));
  if (blocked) throw new Error('Service worker bloqué : ajoutez ce fichier à SERVICE_WORKER_SPECS dans playwright.config.ts.');
  // This slow step brings its own budget: the calling test's timeout need not guess it.
  test.info().setTimeout(test.info().timeout + PRECACHE_BUDGET);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await expect(offlineMessages(page).getByText(/^Disponible hors ligne/)).toBeVisible({ timeout: PRECACHE_BUDGET });
  return scope;
}
