// Every command file registers its handlers when imported. term-build adds `./build` and
// `./compose` here (its only edit of the engine).
import './containers';
import './lifecycle';
import './exec';
import './inspect';
import './images';
import './resources';
import './system';
import './build';
import './compose';
