import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Property tests (fast-check) run hundreds of cases: well under a second on an idle machine,
    // but several seconds on a busy 2-core CI machine. The suite must pass there too.
    testTimeout: 30_000,
  },
});
