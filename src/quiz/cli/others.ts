// Programs the course uses besides docker and kubectl, in the notation of ./notation.ts:
//   lsns — github:util-linux/util-linux 39465c780eed56034ed1440068a2722fc3331343 (2026-08-20),
//     sys-utils/lsns.c (long_opts; -t may be repeated, one type each).
//   minikube — github:kubernetes/minikube eb25dbc703701fa38c3f65c89a1896baa375e5ed (2026-08-23),
//     cmd/minikube/cmd/{root,start_flags,service,image,ip,dashboard,stop,delete,status}.go,
//     cmd/minikube/cmd/config/{addons,enable,disable,addons_list}.go.
//   podman — reads docker's tables (its CLI is compatible), plus the pod, kube, generate, play
//     and machine commands (docs.podman.io reference; github:containers/podman not read).
import { CONTAINER_OPTIONS, DOCKER } from '../docker-cli';
import { parseSpec, table, type Cli } from './notation';

export const LSNS: Cli = {
  program: 'lsns',
  root: [],
  commands: new Map(),
  aliases: new Map(),
  single: parseSpec('J:json p:task=i h:help o:output+ output-all P:persistent Q:filter= u:notruncate V:version n:noheadings W:nowrap l:list r:raw t:type* T:tree=?process H:list-columns #0-1'),
};

export const MINIKUBE: Cli = {
  program: 'minikube',
  root: parseSpec('p:profile=~minikube b:bootstrapper=~kubeadm user= skip-audit rootless').options,
  persistentRoot: true,
  commands: table([
    [
      'start',
      'force interactive~true dry-run cpus=~2 m:memory= disk-size= download-only cache-images~true embed-certs c:container-runtime= addons+ cni= d:driver|vm-driver!= n:nodes=i~1 kubernetes-version= ports+ mount mount-string= wait+ wait-timeout=d~6m #0',
    ],
    ['stop', 'all keep-context-active schedule=d cancel-scheduled o:output=~text #0'],
    ['delete', 'all purge o:output=~text #0'],
    ['status', 'f:format= o:output=~text l:layout=~nodes n:node= w:watch=d?1s #0'],
    ['service', 'n:namespace=~default url all https wait=i~2 interval=i~1 format= #0-1'],
    ['service list', 'n:namespace= o:output= #0'],
    ['ip', 'n:node= #0'],
    ['dashboard', 'url port=i #0'],
    ['addons', '^'],
    ['addons enable', 'images= registries= force refresh #1'],
    ['addons disable', '#1'],
    ['addons list', 'o:output= #0'],
    ['image', '^'],
    ['image build', 't:tag= push f:file=P build-env* build-opt* n:node= all #1'],
    ['image load', 'pull daemon remote overwrite~true #1+'],
    ['image ls', 'format=~short #0'],
    ['image rm', '#1+'],
    ['kubectl', '>0 #0+'],
    ['tunnel', 'c:cleanup~true bind-address= #0'],
    ['logs', 'f:follow n:length=i~60 file=P #0'],
    ['ssh', 'n:node= >0 #0+'],
    ['node', '^'],
    ['node add', 'control-plane worker~true #0'],
    ['node list', '#0'],
    ['version', 'short o:output= components #0'],
  ]),
  aliases: new Map([
    ['image list', 'image ls'],
    ['image remove', 'image rm'],
    ['image unload', 'image rm'],
  ]),
};

const PODMAN_EXTRA = table([
  ['pod', '^'],
  ['pod create', 'name= p:publish*p infra~true label* network* share= #0-1'],
  ['pod ps', 'q:quiet format= f:filter* ctr-names ctr-status ns #0'],
  ['pod rm', 'a:all f:force t:time=i #0+'],
  ['pod start', 'a:all #0+'],
  ['pod stop', 'a:all t:time=i #0+'],
  ['pod inspect', 'f:format= #1+'],
  ['kube', '^'],
  ['kube play', 'down replace network* publish*p start~true #1+'],
  ['kube generate', 's:service f:filename=P r:replicas=i~1 t:type= #1+'],
  ['kube down', 'force #1+'],
  ['unshare', '>0 #0+'],
  ['generate', '^'],
  ['generate systemd', 'n:name new files restart-policy= #1'],
  ['generate kube', 's:service f:filename=P r:replicas=i~1 t:type= #1+'],
  ['play', '^'],
  ['play kube', 'down replace network* publish*p start~true #1+'],
  ['machine', '^'],
  ['machine init', 'cpus=i m:memory=i disk-size=i now rootful #0-1'],
  ['machine start', '#0-1'],
  ['machine stop', '#0-1'],
  ['machine ls', 'format= q:quiet #0'],
  ['machine rm', 'f:force #0-1'],
]);

/** podman run accepts `--pod` besides docker's options; podman ps, `--pod` and `--ns`. */
export const PODMAN: Cli = {
  program: 'podman',
  root: DOCKER.root,
  commands: new Map([
    ...DOCKER.commands,
    ...PODMAN_EXTRA,
    ['container run', parseSpec(`${CONTAINER_OPTIONS} d:detach pod= sig-proxy~true detach-keys= >1 @1 #1+`)],
    ['container ls', parseSpec('q:quiet s:size a:all no-trunc l:latest n:last=i~-1 format= f:filter* pod ns sync external #0')],
    ['system info', parseSpec('f:format= D:debug #0')],
  ]),
  aliases: DOCKER.aliases,
};
