// docker compose (V2), in the notation of ./notation.ts. Read from
//   github:docker/compose f72979427042620a94dd52ce78b39c68cb02c085 (2026-08-20): cmd/compose/
//   compose.go (project options, on `compose` itself, before the subcommand), up.go, create.go,
//   down.go, logs.go, ps.go, build.go, pull.go, push.go, restart.go, stop.go, start.go,
//   remove.go, config.go, exec.go, run.go, list.go, scale.go, watch.go, top.go, images.go,
//   port.go, kill.go, pause.go.
// Defaults that matter when grading: `exec` and `run` are interactive with a TTY (-i and -t are
// hidden and true); `--exit-code-from` implies `--abort-on-container-exit` (up.go).
import { table } from './notation';

const ROOT = [
  '^ f:file*P p:project-name= profile* env-file*P project-directory=P workdir=P compatibility progress=',
  'all-resources insecure-registry* ansi=~auto parallel=i~-1 v:version no-ansi verbose dry-run',
].join(' ');
const DRY = 'dry-run';

export const COMPOSE_COMMANDS = table([
  ['compose', ROOT],
  [
    'compose up',
    `d:detach build no-build pull=~policy remove-orphans scale* no-color no-log-prefix force-recreate no-recreate no-start abort-on-container-exit abort-on-container-failure exit-code-from= t:timeout=i timestamps no-deps always-recreate-deps V:renew-anon-volumes quiet-pull quiet-build attach* no-attach* attach-dependencies wait wait-timeout=i w:watch menu y:yes|y! ${DRY}`,
  ],
  ['compose create', `build no-build pull=~policy quiet-pull force-recreate no-recreate remove-orphans scale* y:yes ${DRY}`],
  ['compose down', `remove-orphans t:timeout=i v:volumes rmi= ${DRY} #0+`],
  ['compose logs', `f:follow index=i since= until= no-color no-log-prefix t:timestamps n:tail=~all ${DRY}`],
  ['compose ps', `format= filter= status* q:quiet services orphans~true a:all no-trunc ${DRY}`],
  [
    'compose build',
    `push q:quiet pull build-arg* ssh= builder= with-dependencies provenance= sbom= parallel~true compress~true force-rm~true no-cache no-rm m:memory=m progress= print check ${DRY}`,
  ],
  ['compose pull', `q:quiet include-deps parallel~true no-parallel~true ignore-pull-failures ignore-buildable policy= ${DRY}`],
  ['compose push', `ignore-push-failures include-deps q:quiet ${DRY}`],
  ['compose restart', `t:timeout=i no-deps ${DRY}`],
  ['compose stop', `t:timeout=i ${DRY}`],
  ['compose start', `wait wait-timeout=i ${DRY}`],
  ['compose rm', `f:force s:stop v:volumes a:all ${DRY}`],
  [
    'compose config',
    `format= resolve-image-digests lock-image-digests q:quiet no-interpolate no-normalize no-path-resolution no-consistency no-env-resolution services volumes networks models profiles images hash= variables environment o:output=P ${DRY}`,
  ],
  ['compose exec', `d:detach e:env* index=i privileged u:user= T:no-tty|no-TTY w:workdir= i:interactive~true t:tty~true ${DRY} >1 #2+`],
  [
    'compose run',
    `d:detach e:env* env-from-file*P l:label|labels* rm T:no-tty|no-TTY name= u:user= w:workdir= entrypoint= cap-add* cap-drop* no-deps v:volume|volumes*v p:publish*p use-aliases P:service-ports pull=~policy q:quiet quiet-build quiet-pull build remove-orphans i:interactive~true t:tty~true ${DRY} >1 #1+`,
  ],
  ['compose ls', 'format=~table q:quiet filter* a:all #0'],
  ['compose scale', `no-deps ${DRY} #1+`],
  ['compose watch', `quiet prune~true no-up ${DRY}`],
  ['compose top', DRY],
  ['compose images', `format=~table q:quiet ${DRY}`],
  ['compose port', `protocol=~tcp index=i ${DRY} #2`],
  ['compose kill', `remove-orphans s:signal=~SIGKILL ${DRY}`],
  ['compose pause', DRY],
  ['compose unpause', DRY],
  ['compose version', 'f:format= short #0'],
]);
