// The grader's parser: command-core.ts with every program the course's questions use
// (docker, podman, kubectl, minikube, lsns). The simulated terminal registers docker alone.
import './cli/docker-program';
import { LSNS, MINIKUBE, PODMAN } from './cli/others';
import { registerProgram, type ParsedCommand } from './command-core';
import { KUBECTL, KUBECTL_RESOURCES } from './kubectl-cli';

export * from './command-core';

/** kubectl arguments: `deployment.apps/web` ≡ `deploy web` ≡ `deployments/web`; `svc,po` ≡ `pods,services`. */
function normalizeKubectlArgs(parsed: ParsedCommand): void {
  const resource = (word: string) => KUBECTL_RESOURCES.get(word.toLowerCase().split('.')[0]);
  const [first, ...others] = parsed.args;
  if (first === undefined) return;
  const verb = parsed.command.split(' ')[0];
  if (['logs', 'exec', 'port-forward', 'attach', 'cp'].includes(verb)) {
    // These take a pod by default: `pod/web` ≡ `web`.
    const slash = /^([^/]+)\/(.+)$/.exec(first);
    if (slash && resource(slash[1])) parsed.args[0] = resource(slash[1]) === 'pods' ? slash[2] : `${resource(slash[1])}/${slash[2]}`;
    return;
  }
  if (!['get', 'describe', 'delete', 'scale', 'autoscale', 'rollout', 'set', 'expose', 'label', 'annotate', 'patch', 'edit', 'wait'].includes(verb)) return;
  const type = /^[^/=]+/.exec(first)?.[0] ?? '';
  const unknown = type.split(',').find((t) => !resource(t));
  if (unknown !== undefined) {
    parsed.errors.push({ code: 'unknown-command', message: `type de ressource inconnu de kubectl : « ${unknown} » (pods, deployments, services…)` });
    return;
  }
  const out: string[] = [];
  const types = first.split(',');
  if (!first.includes('/') && types.every((t) => resource(t))) {
    const canonical = types.map((t) => resource(t)!).sort();
    const names = [];
    let k = 0;
    for (; k < others.length && !others[k].includes('=') && canonical.length === 1; k++) names.push(others[k]);
    if (names.length) out.push(...names.map((n) => `${canonical[0]}/${n}`));
    else out.push(canonical.join(','));
    out.push(...others.slice(k));
  } else {
    for (const arg of parsed.args) {
      const slash = /^([^/=]+)\/([^=]+)$/.exec(arg);
      out.push(slash && resource(slash[1]) ? `${resource(slash[1])}/${slash[2]}` : arg);
    }
  }
  parsed.args = out;
}

registerProgram({ cli: PODMAN });
registerProgram({
  cli: KUBECTL,
  after(parsed, rest) {
    if (parsed.command === 'exec' && parsed.args.length > 1 && parsed.dashAt !== 1) {
      parsed.errors.push({ code: 'arguments', message: `il faut « -- » entre le Pod et la commande : kubectl exec ${parsed.args[0]} -- ${parsed.args.slice(1).join(' ')}` });
    }
    normalizeKubectlArgs(parsed);
    if (parsed.options.has('cpu-percent')) parsed.notes.push('« --cpu-percent » est obsolète : écrivez plutôt « --cpu=80% ».');
    if (rest.some((t) => t === '--dry-run' || /^--dry-run=(?:1|t|T|true|TRUE|True)$/.test(t))) {
      parsed.notes.push('« --dry-run » sans valeur (ou avec un booléen) est obsolète : écrivez plutôt « --dry-run=client ».');
    }
  },
});
registerProgram({ cli: LSNS });
registerProgram({ cli: MINIKUBE });
