// The one way the end-to-end tests run axe-core. axe over a long page (the sidebar's 50 links,
// the cards' heatmap) takes 20 s or more on a busy 2-core machine: each run gives its test an
// explicit extra budget, so that a test with several runs does not need a guessed timeout. Only
// the violations are collected (axe's `resultTypes`): the passes of every node, which no test
// reads, are not serialised back to the test.
// axe-core is evaluated in the page once per document and run there (`axe.run`), not through
// @axe-core/playwright: its AxeBuilder evaluates axe-core's 550 KB twice on every run, then in its
// default mode opens a second, blank page, injects axe-core there again and sends it the partial
// results of every frame, which only sites with cross-origin frames need (this one has none).
import axe from 'axe-core';
import { test, type Page } from '@playwright/test';

/** Extra time given to the test for each axe run. */
const AXE_BUDGET = 60_000;

/** The violations found in `page` (or only in `include`, a CSS selector), one line each: `rule: selectors`. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  test.info().setTimeout(test.info().timeout + AXE_BUDGET);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axe.source};axe.configure({ allowedOrigins: ['<same_origin>'] });`);
  return page.evaluate(async (selector) => {
    const { run } = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, include ?? null);
}

export type Theme = 'light' | 'dark';
/** One of the ways the course is checked: a theme in a window of this size (a phone, a laptop). */
export interface View {
  theme: Theme;
  width: number;
  height: number;
}
export const THEMES: readonly Theme[] = ['light', 'dark'];
/** A phone and a laptop, by default. */
const SIZES = [
  { width: 375, height: 900 },
  { width: 1280, height: 900 },
];

/** What the reader does with Starlight's theme menu: the page changes theme without reloading. */
export async function chooseTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate((t) => {
    (window as unknown as { StarlightThemeProvider?: { updatePickers(t: string): void } }).StarlightThemeProvider?.updatePickers(t);
    document.documentElement.dataset.theme = t;
    localStorage.setItem('starlight-theme', t);
  }, theme);
  // A colour still in transition would give axe the colours of neither theme.
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'));
}

/**
 * The violations of the page as it stands, in both themes at each size (375 and 1280 px unless
 * `sizes` says otherwise), each line prefixed with its view (« sombre, 375 px — rule: selectors »).
 * The state under test is reached once and then seen each way: a view changes the theme and the
 * window's size, as a reader can, instead of building the same state four times (which cost more
 * than axe itself). `check` runs in each view before axe, for what else a view must hold (no
 * sideways scroll, say).
 */
export async function axeInEveryView(
  page: Page,
  { include, check, sizes = SIZES }: { include?: string; check?: (view: View) => Promise<void>; sizes?: { width: number; height: number }[] } = {},
): Promise<string[]> {
  const found: string[] = [];
  for (const { width, height } of sizes) {
    await page.setViewportSize({ width, height });
    for (const theme of THEMES) {
      await chooseTheme(page, theme);
      await check?.({ theme, width, height });
      const label = `${theme === 'light' ? 'clair' : 'sombre'}, ${width} px`;
      found.push(...(await axeViolations(page, include)).map((line) => `${label} — ${line}`));
    }
  }
  return found;
}
