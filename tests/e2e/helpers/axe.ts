// The one way the end-to-end tests run axe-core. axe over a long page (the sidebar's 50 links,
// the cards' heatmap) takes 20 s or more on a busy 2-core machine: each run gives its test an
// explicit extra budget, so that a test with several runs does not need a guessed timeout. Only
// the violations are collected (axe's `resultTypes`): the passes of every node, which no test
// reads, are not serialised back to the test. axe runs in the page itself (AxeBuilder's « legacy
// mode »): the default mode opens a second, blank page, injects axe-core there again and sends it
// the partial results of every frame, for sites with cross-origin frames; this one has none,
// and each run takes about half the time.
import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';

/** Extra time given to the test for each axe run. */
const AXE_BUDGET = 60_000;

/** The violations found in `page` (or only in `include`), one line each: `rule: selectors`. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  test.info().setTimeout(test.info().timeout + AXE_BUDGET);
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
