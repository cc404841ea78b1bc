// docker buildx, in the notation of ./notation.ts. Read from
//   github:docker/buildx 461836ba0fcb3e847dab6045a726889faa150bdb (2026-08-20): commands/build.go
//   (buildCmd, commonBuildFlags), commands/root.go (--builder), commands/imagetools/{inspect,create}.go.
// Since Docker 23, `docker build`, `docker image build` and `docker builder build` are this
// command; the legacy builder's options are hidden here but still accepted (`--rm`, `-m`…).
import { parseSpec, table } from './notation';

/** `buildx build`: PATH | URL | -, exactly one. */
export const BUILD = [
  'add-host+ allow* annotation* build-arg* cache-from* cache-to* cgroup-parent= build-context* f:file=P iidfile=P',
  'label* load network=~default no-cache-filter* o:output* platform+ policy* push q:quiet secret* shm-size=m ssh*',
  't:tag*I target= ulimit* resource* attest* sbom= provenance= call=~build check print=',
  // Hidden: the legacy builder's options, accepted and ignored.
  'm:memory=m memory-swap=m c:cpu-shares=i cpu-period=i cpu-quota=i cpuset-cpus= cpuset-mems= compress isolation=',
  'security-opt+ squash rm~true force-rm disable-content-trust~true',
  // commonBuildFlags, and the persistent options of `docker buildx`.
  'no-cache progress=~auto pull metadata-file=P builder= D:debug #1',
].join(' ');

export const BUILDX_COMMANDS = table([
  ['buildx', `^ builder= D:debug`],
  ['buildx build', BUILD],
  ['buildx create', 'name= driver= driver-opt* use bootstrap platform+ append leave node= buildkitd-flags= config=P #0-1'],
  ['buildx use', 'default global #1'],
  ['buildx ls', 'format= no-trunc #0'],
  ['buildx rm', 'f:force all-inactive keep-state keep-daemon #0+'],
  ['buildx inspect', 'bootstrap #0-1'],
  ['buildx prune', 'a:all f:force filter* keep-storage=m #0'],
  ['buildx du', 'filter* verbose #0'],
  ['buildx bake', 'f:file*P no-cache pull push load set* print progress=~auto #0+'],
  ['buildx version', '#0'],
  ['buildx imagetools', '^'],
  ['buildx imagetools inspect', 'format= raw #1'],
  ['buildx imagetools create', 'f:file*P t:tag*I dry-run append progress=~auto annotation* prefer-index~true p:platform* metadata-file=P #0+'],
]);

/** For tests and the terminal: the options of `buildx build`. */
export const BUILD_OPTIONS = parseSpec(BUILD).options;
