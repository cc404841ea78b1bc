// The heavy, rarer part of the simulator, in its own chunk: `docker build` (Dockerfile parser,
// BuildKit steps, pip/apt/npm) and `docker compose` (with js-yaml). `Sim.prepare(line)` imports
// this module before a line that needs it; Node tests import it directly.
// The whole first chunk, imported by every on-demand part: the build then keeps it in one piece
// (split by which parts reach it, it would make a dozen small chunks, each compressing less well).
import './index';
import './commands/build';
import './commands/compose';
// A service may call curl, or be a database, which the compose line does not name.
import './http';
import './services';

export const EXTRAS_LOADED = true;
