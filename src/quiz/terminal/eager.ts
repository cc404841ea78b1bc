// Every on-demand part at once, for Node (tests, bench/): the browser loads them through
// `Sim.prepare(line)` instead (lazy.ts).
import './extras';
import './extras-admin';
import './complete';
import './http';
import './inner';
import './not-simulated';
import './services';
import './template';
