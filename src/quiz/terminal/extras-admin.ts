// Second on-demand part of the simulator: `docker inspect` (and `container/image/volume/network
// inspect`), `docker volume …`, `docker network …`, `docker system df|prune`. Loaded by
// `Sim.prepare(line)` (lazy.ts); Node tests import it directly.
import './commands/inspect';
import './commands/resources';
import './commands/system';
