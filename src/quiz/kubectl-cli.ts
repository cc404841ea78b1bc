// What the grader knows of kubectl: options that take a value, short forms, and the resource
// names that kubectl accepts in several spellings. Pure data; src/quiz/command.ts reads it.
import type { OptionSpec } from './docker-cli';

const o = (long: string, short?: string): OptionSpec => ({ long, ...(short ? { short } : {}) });
const v = (long: string, short?: string): OptionSpec => ({ ...o(long, short), value: true });
const m = (long: string, short?: string): OptionSpec => ({ ...v(long, short), multi: true });

/** Options every kubectl verb accepts. */
export const KUBECTL_GLOBAL: OptionSpec[] = [
  v('namespace', 'n'),
  o('all-namespaces', 'A'),
  v('context'),
  v('kubeconfig'),
  v('output', 'o'),
  v('selector', 'l'),
  o('watch', 'w'),
  v('container', 'c'),
  m('filename', 'f'),
  o('recursive', 'R'),
  v('replicas'),
  v('image'),
  v('port'),
  v('target-port'),
  v('type'),
  v('name'),
  v('min'),
  v('max'),
  v('cpu-percent'),
  v('cpu'),
  v('memory'),
  v('to-revision'),
  v('timeout'),
  v('tail'),
  v('since'),
  v('field-selector'),
  v('sort-by'),
  v('from-literal'),
  v('from-file'),
  o('interactive', 'i'),
  o('tty', 't'),
  o('dry-run'),
  o('show-labels'),
  v('driver'),
  v('nodes'),
];

/** Per-verb meanings that differ from the global table (`logs -f` follows, it is no file). */
export const KUBECTL_VERB_OPTIONS: Record<string, OptionSpec[]> = {
  logs: [o('follow', 'f'), o('previous', 'p')],
  'port-forward': [],
};

/** Resource spellings → one name: `po` ≡ `pod` ≡ `pods`. */
export const KUBECTL_RESOURCES: Record<string, string> = Object.fromEntries(
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
    ] as string[][]
  ).flatMap(([canonical, ...aliases]) => [canonical, ...aliases].map((a) => [a, canonical])),
);
