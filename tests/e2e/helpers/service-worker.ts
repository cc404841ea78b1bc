// The one way the end-to-end tests wait for the offline site: the service worker is active and
// has precached everything, which the page says with « Disponible hors ligne ». Shared by
// offline.spec.ts (root build) and base-path.spec.ts (build under /cours/).
import { expect, type Page } from '@playwright/test';

/** The offline messages region of src/components/offline/register.ts. */
export const offlineMessages = (page: Page) => page.locator('#sw-ui[role="status"]');

/** Waits until the site is available offline; returns the worker's scope. */
export async function waitUntilAvailableOffline(page: Page): Promise<string> {
  // playwright.config.ts blocks service workers outside a few specs (Playwright then replaces
  // `register`): say so now rather than time out on a worker that never comes.
  const blocked = await page.evaluate(() => /Playwright/.test(ServiceWorkerContainer.prototype.register.toString()));
  if (blocked) throw new Error('Service worker bloqué : ajoutez ce fichier à SERVICE_WORKER_SPECS dans playwright.config.ts.');
  // Precaching ~140 files takes a few seconds, much longer on a busy machine.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await expect(offlineMessages(page).getByText(/^Disponible hors ligne/)).toBeVisible({ timeout: 60_000 });
  return scope;
}
