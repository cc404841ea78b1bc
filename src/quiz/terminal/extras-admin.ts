// Second on-demand part of the simulator: `docker inspect` (and `container/image/volume/network
// inspect`), `docker volume …`, `docker network …`, `docker system df|prune`. Loaded by
// `Sim.prepare(line)` (lazy.ts); Node tests import it directly.
// The whole first chunk, imported by every on-demand part: the build then keeps it in one piece
// (split by which parts reach it, it would make a dozen small chunks, each compressing less well).
import './index';
import './commands/inspect';
import './commands/resources';
import './commands/system';
