// What the grader (and the simulated terminal) knows of the Docker CLI, in the notation of
// src/quiz/cli/notation.ts. Read from the source, not from memory:
//   github:docker/cli 28f756087eea5fa301f3fbf12b01ae62f91521c2 (2026-08-20): cli/flags/options.go,
//   cli/command/container/{opts,run,create,exec,stop,restart,list,logs,start,rm,update,stats,
//   kill,prune,inspect,cp,top}.go, image/{list,remove,pull,push,history,inspect,prune,save,load,
//   tag}.go, system/{cmd,prune,df,info,events,version,inspect}.go, network/*.go, volume/*.go,
//   registry/{login,search}.go, builder/prune.go, context/*.go. Swarm mode (service, stack, swarm,
//   secret, config, node) and manifest: service/{opts,create,update,scale,logs}.go, stack/deploy.go,
//   secret/create.go, swarm/init.go, manifest/inspect.go — only the options the course and its
//   exercises use there (service create has some sixty).
// `docker build`, `docker image build` and `docker builder build` run buildx (BuildKit is the
// default since Docker 23): their table is in src/quiz/cli/buildx.ts; compose in cli/compose.ts.
// docker scout is closed source: its options follow docs.docker.com/reference/cli/docker/scout/.
import { BUILDX_COMMANDS, BUILD } from './cli/buildx';
import { COMPOSE_COMMANDS } from './cli/compose';
import { parseSpec, table, type Cli } from './cli/notation';

// cli/command/container/opts.go addFlags: shared by run and create (and podman's run).
export const CONTAINER_OPTIONS = [
  'a:attach* device-cgroup-rule* device* gpus= e:env* env-file*P entrypoint= group-add* h:hostname= domainname=',
  'i:interactive l:label* label-file*P read-only restart=~no stop-signal= stop-timeout=i sysctl* t:tty ulimit*',
  'u:user= w:workdir= rm cap-add* cap-drop* privileged security-opt* userns= cgroupns= add-host* dns*',
  'dns-option|dns-opt* dns-search* expose* ip= ip6= link* link-local-ip* mac-address= p:publish*p P:publish-all',
  'network|net* network-alias|net-alias* log-driver= volume-driver= log-opt* storage-opt* tmpfs* volumes-from*',
  'v:volume*v mount*M health-cmd= health-interval=d health-retries=i health-timeout=d health-start-period=d',
  'health-start-interval=d no-healthcheck blkio-weight=i blkio-weight-device* cidfile=P cpuset-cpus= cpuset-mems=',
  'cpu-count=i cpu-percent=i cpu-period=i cpu-quota=i cpu-rt-period=i cpu-rt-runtime=i c:cpu-shares=i cpus=f',
  'device-read-bps* device-read-iops* device-write-bps* device-write-iops* io-maxbandwidth= io-maxiops=i',
  'm:memory=m memory-reservation=m memory-swap=m memory-swappiness=i~-1 oom-kill-disable oom-score-adj=i',
  'pids-limit=i cgroup-parent= ipc= isolation= pid= shm-size=m uts= runtime= init annotation* kernel-memory=m',
  'name= pull=~missing q:quiet use-api-socket platform= disable-content-trust~true',
].join(' ');

const FORMAT = 'format=';
const PRUNE = 'f:force filter*';

const SPECS: [string, string][] = [
  ...['container', 'image', 'volume', 'network', 'system', 'context', 'builder', 'scout', 'swarm', 'service', 'manifest', 'plugin', 'trust', 'secret', 'config', 'node', 'stack', 'checkpoint'].map(
    (group) => [group, '^'] as [string, string],
  ),
  ['container run', `${CONTAINER_OPTIONS} d:detach sig-proxy~true detach-keys= >1 @1 #1+`],
  ['container create', `${CONTAINER_OPTIONS} >1 @1 #1+`],
  ['container ls', `q:quiet s:size a:all no-trunc l:latest n:last=i~-1 ${FORMAT} f:filter* #0`],
  ['container start', 'a:attach i:interactive detach-keys= checkpoint= checkpoint-dir= #1+'],
  ['container stop', 's:signal= t:timeout|time!=i #1+'],
  ['container restart', 's:signal= t:timeout|time!=i #1+'],
  ['container kill', 's:signal= #1+'],
  ['container rm', 'v:volumes l:link f:force #1+'],
  ['container logs', 'f:follow since= until= t:timestamps details n:tail=~all #1'],
  ['container exec', 'detach-keys= i:interactive t:tty d:detach u:user= privileged e:env* env-file*P w:workdir= >1 #2+'],
  ['container inspect', 'f:format= s:size #1+'],
  ['container top', '>1 #1+'],
  ['container stats', `a:all no-stream no-trunc ${FORMAT}`],
  ['container prune', `${PRUNE} #0`],
  [
    'container update',
    'blkio-weight=i cpu-period=i cpu-quota=i cpu-rt-period=i cpu-rt-runtime=i cpuset-cpus= cpuset-mems= c:cpu-shares=i m:memory=m memory-reservation=m memory-swap=m restart= pids-limit=i cpus=f kernel-memory=m #1+',
  ],
  ['container port', '#1-2'],
  ['container diff', '#1'],
  ['container attach', 'detach-keys= no-stdin sig-proxy~true #1'],
  ['container pause', '#1+'],
  ['container unpause', '#1+'],
  ['container rename', '#2'],
  ['container cp', 'L:follow-link a:archive q:quiet #2'],
  ['container wait', '#1+'],
  ['container commit', 'a:author= c:change* m:message= p:pause~true no-pause >1 #1-2'],
  ['container export', 'o:output=P #1'],
  ['image ls', `q:quiet a:all no-trunc digests ${FORMAT} f:filter* tree #0-1`],
  ['image rm', 'f:force no-prune platform+ @* #1+'],
  ['image pull', 'a:all-tags q:quiet platform= disable-content-trust~true @1 #1'],
  ['image push', 'a:all-tags q:quiet platform= disable-content-trust~true @1 #1'],
  ['image tag', '@* #2'],
  ['image history', `H:human~true q:quiet no-trunc ${FORMAT} platform= @1 #1`],
  ['image inspect', 'f:format= platform= @* #1+'],
  ['image prune', `a:all ${PRUNE} #0`],
  ['image save', 'o:output=P platform+ @* #1+'],
  ['image load', 'i:input=P q:quiet platform+ #0'],
  ['image import', 'c:change* m:message= platform= #1-2'],
  ['volume create', 'd:driver=~local name= o:opt* label* group= scope=~single sharing=~none availability=~active type=~block secret* limit-bytes=m required-bytes=m topology-required* topology-preferred* #0-1'],
  ['volume ls', `q:quiet ${FORMAT} f:filter* cluster #0`],
  ['volume inspect', 'f:format= #1+'],
  ['volume rm', 'f:force #1+'],
  ['volume prune', `a:all ${PRUNE} #0`],
  ['volume update', 'availability=~active #1'],
  [
    'network create',
    'd:driver=~bridge o:opt* label* internal ipv4~true ipv6 attachable ingress scope= config-only config-from= ipam-driver=~default subnet+ ip-range+ gateway+ aux-address* ipam-opt* #1',
  ],
  ['network connect', 'ip= ip6= link* alias+ link-local-ip+ driver-opt+ gw-priority=i #2'],
  ['network disconnect', 'f:force #2'],
  ['network ls', `q:quiet no-trunc ${FORMAT} f:filter* #0`],
  ['network inspect', 'f:format= v:verbose #1+'],
  ['network rm', 'f:force #1+'],
  ['network prune', `${PRUNE} #0`],
  ['system prune', `a:all volumes ${PRUNE} #0`],
  ['system df', `v:verbose ${FORMAT} #0`],
  ['system info', 'f:format= #0'],
  ['system events', `since= until= f:filter* ${FORMAT} #0`],
  ['version', 'f:format= #0'],
  ['inspect', 'f:format= type= s:size #1+'],
  ['login', 'u:username= p:password= password-stdin #0-1'],
  ['logout', '#0-1'],
  ['search', `no-trunc f:filter* limit=i ${FORMAT} #1`],
  ['builder prune', `a:all ${PRUNE} keep-storage=m #0`],
  ['context create', 'description= docker* from= #1'],
  ['context ls', `${FORMAT} q:quiet #0`],
  ['context rm', 'f:force #1+'],
  ['context use', '#1'],
  ['context inspect', 'f:format='],
  ['context show', '#0'],
  ['context update', 'description= docker* #1'],
  ['scout cves', 'only-severity+ only-fixed only-package-type+ ignore-base format= o:output=P e:exit-code platform= org= @1 #0-1'],
  ['scout quickview', 'ignore-base platform= org= @1 #0-1'],
  ['scout recommendations', 'only-refresh only-update tag= platform= org= @1 #0-1'],
  ['swarm init', 'advertise-addr= listen-addr= force-new-cluster autolock data-path-addr= #0'],
  ['swarm join', 'token= advertise-addr= listen-addr= #1'],
  ['swarm leave', 'f:force #0'],
  ['service create', 'name= replicas=i mode=~replicated p:publish* e:env* l:label* network* mount*M constraint* update-order= update-parallelism=i d:detach >1 @1 #1+'],
  ['service ls', `q:quiet ${FORMAT} f:filter* #0`],
  ['service ps', 'q:quiet no-trunc f:filter* #1+'],
  ['service scale', 'd:detach #1+'],
  ['service update', 'image=I replicas=i update-order= d:detach force #1'],
  ['service rm', '#1+'],
  ['service logs', 'f:follow n:tail=~all t:timestamps #1'],
  ['secret create', 'd:driver= l:label* template-driver= #1-2'],
  ['secret ls', `q:quiet ${FORMAT} f:filter* #0`],
  ['secret inspect', 'f:format= pretty #1+'],
  ['secret rm', '#1+'],
  ['config create', 'l:label* template-driver= #2'],
  ['config ls', `q:quiet ${FORMAT} f:filter* #0`],
  ['config rm', '#1+'],
  ['manifest inspect', 'insecure v:verbose #1-2'],
  ['node ls', `q:quiet ${FORMAT} f:filter* #0`],
  ['stack deploy', 'c:compose-file+P d:detach~true prune with-registry-auth resolve-image=~always q:quiet #1'],
  ['stack ls', '#0'],
  ['stack rm', '#1+'],
  ['init', '#0'],
];

/** Spellings of the same command (cobra `Aliases`, and the top-level legacy commands). */
const ALIASES: [string, string][] = [
  ['container list', 'container ls'],
  ['container ps', 'container ls'],
  ['container remove', 'container rm'],
  ['image list', 'image ls'],
  ['image remove', 'image rm'],
  ['image rmi', 'image rm'],
  ['volume list', 'volume ls'],
  ['volume remove', 'volume rm'],
  ['network list', 'network ls'],
  ['network remove', 'network rm'],
  ['context list', 'context ls'],
  ['context remove', 'context rm'],
  ['image build', 'buildx build'],
  ['builder build', 'buildx build'],
  ['build', 'buildx build'],
  ['buildx b', 'buildx build'],
  ['info', 'system info'],
  ['events', 'system events'],
  ['images', 'image ls'],
  ['rmi', 'image rm'],
  ['ps', 'container ls'],
  ...['run', 'create', 'start', 'stop', 'restart', 'kill', 'rm', 'logs', 'exec', 'top', 'stats', 'update', 'port', 'attach', 'pause', 'unpause', 'rename', 'cp', 'diff', 'wait', 'commit', 'export'].map(
    (c) => [c, `container ${c}`] as [string, string],
  ),
  ...['pull', 'push', 'tag', 'history', 'save', 'load', 'import'].map((c) => [c, `image ${c}`] as [string, string]),
];

/** Options of `docker` itself (cli/flags/options.go), before the command. */
const DOCKER_ROOT = parseSpec(
  'config=P D:debug l:log-level=~info tls tlsverify tlscacert=P tlscert=P tlskey=P H:host* c:context= v:version help',
).options;

export const DOCKER: Cli = {
  program: 'docker',
  root: DOCKER_ROOT,
  commands: new Map([...table(SPECS), ...COMPOSE_COMMANDS, ...BUILDX_COMMANDS]),
  aliases: new Map(ALIASES),
};

export { BUILD };
