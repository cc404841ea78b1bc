// The project's Astro config with its own cache directory, for the build under /cours/ that
// tests/e2e/base-path.spec.ts serves (BASE_PATH is read by astro.config.mjs). `npm test` runs it
// beside the root build: two builds writing the same cache files could read each other's
// half-written files.
import config from '../../../astro.config.mjs';

export default { ...config, cacheDir: './node_modules/.astro-cours/' };
