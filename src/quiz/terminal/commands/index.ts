// Every command file registers its handlers when imported. The rarer ones load on demand
// (../lazy.ts): build and compose (with js-yaml), then inspect, volume, network and system.
import './containers';
import './lifecycle';
import './exec';
import './images';
