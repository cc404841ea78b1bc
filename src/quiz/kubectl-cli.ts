// What the grader (and the simulated terminal) knows of kubectl, in the same notation as docker
// (src/quiz/cli/notation.ts). Read from the source:
//   github:kubernetes/kubectl dee3483a3d6a64c07fdf746caf80af446dee99ac (2026-07-22): pkg/cmd/cmd.go,
//   pkg/cmd/util/helpers.go (filename, selector, dry-run, validate… helpers), pkg/cmd/{apply,get,
//   describe,delete,set/set_image,rollout/*,scale,autoscale,portforward,logs,exec,run,expose,
//   create/{create,create_deployment,create_secret,create_namespace,create_configmap},top/*,
//   version,explain,diff,label,annotate,patch,proxy,drain,config/*}.go;
//   github:kubernetes/cli-runtime 69e8693b2560484b0b950d56006157200ab67947 (2026-06-29):
//   pkg/genericclioptions/config_flags.go and print_flags.go (root and output options).
// kubectl's root options are persistent: they may appear anywhere on the line.
import { parseSpec, table, type Cli } from './cli/notation';

const FILE = 'f:filename+P k:kustomize=P R:recursive';
const SEL = 'l:selector=';
const PRINT = 'o:output= template= allow-missing-template-keys~true show-managed-fields';
// `--dry-run` alone is the deprecated `--dry-run=unchanged`, read as client (GetDryRunStrategy).
const DRY = 'dry-run=r?unchanged~none';
const VALIDATE = 'validate=?strict~strict';
const FM = 'field-manager=';
const SAVE = 'save-config';
const DELETE = `${FILE} ${SEL} field-selector= all A:all-namespaces force cascade=?background~background now grace-period=i~-1 timeout=d ignore-not-found wait~true raw= i:interactive`;

const SPECS: [string, string][] = [
  ['apply', `${FILE} ${SEL} ${PRINT} ${DRY} ${VALIDATE} record server-side force-conflicts ${FM} prune prune-allowlist* all applyset= overwrite~true openapi-patch~true subresource= cascade=?background~background force grace-period=i~-1 timeout=d wait #0`],
  ['get', `${PRINT} raw= w:watch watch-only output-watch-events ignore-not-found field-selector= A:all-namespaces ${FILE} chunk-size=i~500 ${SEL} subresource= server-print~true no-headers show-labels sort-by= L:label-columns+ show-kind`],
  ['describe', `${FILE} ${SEL} A:all-namespaces show-events~true chunk-size=i~500`],
  ['delete', `${DELETE} o:output= ${DRY}`],
  ['edit', `${FILE} ${PRINT} windows-line-endings ${VALIDATE} ${FM} ${SAVE} subresource= output-patch`],
  ['diff', `prune-allowlist* prune show-managed-fields show-secrets concurrency=i~1 ${FILE} server-side force-conflicts ${FM} ${SEL}`],
  ['set', '^'],
  ['set image', `${PRINT} record ${FILE} all local ${DRY} ${FM} ${SEL} #1+`],
  ['set env', `${PRINT} ${FILE} c:containers=~* e:env* from= keys+ list resolve all overwrite~true local prefix= ${DRY} ${SEL} #0+`],
  ['rollout', '^'],
  ['rollout undo', `to-revision=i ${FILE} ${DRY} ${SEL} ${PRINT}`],
  ['rollout status', `${FILE} w:watch~true revision=i timeout=d ${SEL}`],
  ['rollout restart', `${FILE} ${FM} ${SEL} ${PRINT}`],
  ['rollout history', `revision=i ${SEL} ${FILE} ${PRINT}`],
  ['rollout pause', `${FILE} ${FM} ${SEL} ${PRINT}`],
  ['rollout resume', `${FILE} ${FM} ${SEL} ${PRINT}`],
  ['scale', `record ${PRINT} all resource-version= current-replicas=i~-1 replicas=i timeout=d ${FILE} ${DRY} ${SEL}`],
  ['autoscale', `record ${PRINT} min=i~-1 max=i~-1 cpu-percent=i~-1 cpu= memory= name= ${DRY} ${FILE} ${SAVE} ${FM}`],
  ['port-forward', 'pod-running-timeout=d address+ #2+'],
  ['logs', `all-pods all-containers f:follow timestamps limit-bytes=i tail=i~-1 ignore-errors since-time= since=d c:container= insecure-skip-tls-verify-backend pod-running-timeout=d ${SEL} max-log-requests=i~5 prefix p:previous #0-2`],
  ['exec', 'pod-running-timeout=d f:filename+P c:container= i:stdin t:tty q:quiet #0+'],
  ['run', `image= image-pull-policy= rm env* port= l:labels= i:stdin t:tty attach leave-stdin-open restart=~Always command expose q:quiet privileged detach-keys= annotations* overrides= override-type=~merge ${PRINT} ${DRY} ${SAVE} ${FM} pod-running-timeout=d record ${FILE} force cascade=?background~background grace-period=i~-1 timeout=d wait #1+`],
  ['expose', `${PRINT} record protocol= port= type= load-balancer-ip= selector= l:labels= target-port= external-ip= name= session-affinity= cluster-ip= overrides= override-type=~merge ${DRY} ${SAVE} ${FILE} ${FM}`],
  ['create', `record ${FILE} ${VALIDATE} edit windows-line-endings ${SAVE} ${DRY} ${SEL} raw= ${FM} ${PRINT}`],
  ['create deployment', `${PRINT} ${SAVE} ${VALIDATE} ${DRY} image+ port=i~-1 r:replicas=i~1 ${FM} #1+`],
  ['create namespace', `${PRINT} ${SAVE} ${VALIDATE} ${DRY} ${FM} #1`],
  ['create configmap', `${PRINT} ${SAVE} ${VALIDATE} ${DRY} from-file+ from-literal* from-env-file+ append-hash ${FM} #1`],
  ['create secret', '^'],
  ['create secret generic', `${PRINT} ${SAVE} ${VALIDATE} ${DRY} from-file+ from-literal* from-env-file+ type= append-hash ${FM} #1`],
  ['create secret docker-registry', `${PRINT} ${SAVE} ${VALIDATE} ${DRY} docker-username= docker-password= docker-email= docker-server= from-file+ append-hash ${FM} #1`],
  ['create secret tls', `${PRINT} ${SAVE} ${VALIDATE} ${DRY} cert=P key=P append-hash ${FM} #1`],
  ['label', `overwrite list local all A:all-namespaces resource-version= field-selector= ${SEL} ${FILE} ${DRY} ${PRINT} ${FM} #1+`],
  ['annotate', `${PRINT} ${FILE} ${SEL} all A:all-namespaces field-selector= local record ${DRY} ${FM} overwrite list resource-version= #1+`],
  ['patch', `record ${PRINT} p:patch= patch-file=P type=~strategic ${DRY} ${FILE} local ${FM} subresource= #0+`],
  ['proxy', 'w:www=P P:www-prefix= api-prefix= accept-paths= reject-paths= accept-hosts= reject-methods= p:port=i~8001 address= disable-filter u:unix-socket= keepalive=d append-server-path #0'],
  ['cordon', `${SEL} ${DRY} #0-1`],
  ['uncordon', `${SEL} ${DRY} #0-1`],
  ['drain', `force ignore-daemonsets delete-emptydir-data grace-period=i~-1 timeout=d pod-selector= disable-eviction skip-wait-for-delete-timeout=i chunk-size=i~500 ${DRY} ${SEL} #0-1`],
  ['top', '^'],
  ['top pod', `${SEL} field-selector= sort-by= containers A:all-namespaces no-headers use-protocol-buffers~true sum show-swap #0-1`],
  ['top node', `${SEL} sort-by= no-headers use-protocol-buffers~true show-capacity show-swap #0-1`],
  ['version', 'client o:output= #0'],
  ['explain', 'R:recursive api-version= o:output=~plaintext max-depth=i #1'],
  ['cluster-info', '#0'],
  ['api-resources', 'namespaced~true o:output= no-headers verbs+ api-group= sort-by= cached categories+ #0'],
  ['config', '^ kubeconfig=P'],
  ['config view', `${PRINT} merge~true flatten minify raw`],
  ['config current-context', '#0'],
  ['config get-contexts', 'o:output= no-headers #0-1'],
  ['config use-context', '#1'],
  ['config set-context', 'current namespace= cluster= user= #0-1'],
  ['wait', `${FILE} ${SEL} all A:all-namespaces field-selector= for= timeout=d~30s ${PRINT}`],
  ['cp', 'c:container= no-preserve retries=i #2'],
  ['attach', 'c:container= i:stdin t:tty q:quiet pod-running-timeout=d #1'],
];

const ALIASES: [string, string][] = [
  ['create deploy', 'create deployment'],
  ['create ns', 'create namespace'],
  ['create cm', 'create configmap'],
  ['top pods', 'top pod'],
  ['top po', 'top pod'],
  ['top nodes', 'top node'],
  ['top no', 'top node'],
  ['config use', 'config use-context'],
];

/** cli-runtime ConfigFlags and kubectl's own persistent options. */
const ROOT = parseSpec(
  'kubeconfig=P cache-dir=P client-certificate=P client-key=P token= as= as-uid= as-group* as-user-extra* username= password= cluster= user= n:namespace=~default context= s:server= tls-server-name= insecure-skip-tls-verify certificate-authority=P request-timeout=~0 disable-compression match-server-version warnings-as-errors profile=~none profile-output=P kuberc=P v:v=i',
).options;

export const KUBECTL: Cli = { program: 'kubectl', root: ROOT, persistentRoot: true, commands: table(SPECS), aliases: new Map(ALIASES) };

/** Resource spellings → one name: `po` ≡ `pod` ≡ `pods`; `deployment.apps` ≡ `deployments`. */
export const KUBECTL_RESOURCES: Map<string, string> = new Map(
  (
    [
      ['pods', 'po', 'pod'],
      ['deployments', 'deploy', 'deployment'],
      ['services', 'svc', 'service'],
      ['replicasets', 'rs', 'replicaset'],
      ['nodes', 'no', 'node'],
      ['namespaces', 'ns', 'namespace'],
      ['configmaps', 'cm', 'configmap'],
      ['secrets', 'secret'],
      ['ingresses', 'ing', 'ingress'],
      ['persistentvolumeclaims', 'pvc', 'persistentvolumeclaim'],
      ['persistentvolumes', 'pv', 'persistentvolume'],
      ['statefulsets', 'sts', 'statefulset'],
      ['daemonsets', 'ds', 'daemonset'],
      ['horizontalpodautoscalers', 'hpa', 'horizontalpodautoscaler'],
      ['jobs', 'job'],
      ['cronjobs', 'cj', 'cronjob'],
      ['events', 'ev', 'event'],
      ['endpoints', 'ep'],
      ['serviceaccounts', 'sa', 'serviceaccount'],
      ['networkpolicies', 'netpol', 'networkpolicy'],
      ['storageclasses', 'sc', 'storageclass'],
      ['verticalpodautoscalers', 'vpa', 'verticalpodautoscaler'],
      ['roles', 'role'],
      ['rolebindings', 'rolebinding'],
      ['clusterroles', 'clusterrole'],
      ['clusterrolebindings', 'clusterrolebinding'],
      ['resourcequotas', 'quota', 'resourcequota'],
      ['limitranges', 'limits', 'limitrange'],
      ['poddisruptionbudgets', 'pdb', 'poddisruptionbudget'],
      ['customresourcedefinitions', 'crd', 'crds', 'customresourcedefinition'],
      ['ingressclasses', 'ingressclass'],
      ['endpointslices', 'endpointslice'],
      ['replicationcontrollers', 'rc', 'replicationcontroller'],
      ['componentstatuses', 'cs', 'componentstatus'],
      ['leases', 'lease'],
      ['priorityclasses', 'pc', 'priorityclass'],
      ['all'],
    ] as string[][]
  ).flatMap(([canonical, ...aliases]) => [canonical, ...aliases].map((a) => [a, canonical] as [string, string])),
);
