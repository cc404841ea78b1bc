// The heavy, rarer part of the simulator, in its own chunk: `docker build` (Dockerfile parser,
// BuildKit steps, pip/apt/npm) and `docker compose` (with js-yaml). `Sim.prepare(line)` imports
// this module before a line that needs it; Node tests import it directly.
import './commands/build';
import './commands/compose';
// A service's command may call curl, which the compose line does not name.
import './http';

export const EXTRAS_LOADED = true;
