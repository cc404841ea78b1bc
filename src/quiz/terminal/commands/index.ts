// Every command file registers its handlers when imported. `./build` and `./compose` (with
// js-yaml and the image builder) are the rarer, heavy part: ../extras.ts loads them on demand.
import './containers';
import './lifecycle';
import './exec';
import './inspect';
import './images';
import './resources';
import './system';
