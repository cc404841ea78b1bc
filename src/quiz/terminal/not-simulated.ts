// Programs the terminal does not simulate: a French sentence and the course section that
// explains them, never a fake output. Also used for docker commands without a handler.
// Loaded on demand (lazy.ts), at the first command that is neither docker nor a builtin.
import './index';
import { late } from './lazy';

const COURSE = '/docker/premiers-pas/';
const SECTIONS: Record<string, string> = {
  podman: '/ecosysteme/podman-et-buildah/',
  buildah: '/ecosysteme/podman-et-buildah/',
  kubectl: '/kubernetes/kubectl-et-manifestes/',
  minikube: '/kubernetes/clusters/',
  helm: '/kubernetes/kubectl-et-manifestes/',
  lsns: '/fondations/namespaces/',
  unshare: '/fondations/namespaces/',
  nsenter: '/fondations/namespaces/',
  systemctl: '/docker/installation/',
  apt: '/docker/installation/',
  'apt-get': '/docker/installation/',
  ps: '/fondations/namespaces/',
  top: '/fondations/cgroups/',
  nano: '/pratique/terminal/',
  vi: '/pratique/terminal/',
  vim: '/pratique/terminal/',
  ssh: '/production/exploitation/',
  git: '/ci-cd/pipelines/',
  'docker login': '/ecosysteme/registres-et-scanners/',
  'docker push': '/ecosysteme/registres-et-scanners/',
  'docker logout': '/ecosysteme/registres-et-scanners/',
  'docker search': '/ecosysteme/registres-et-scanners/',
  'docker swarm': '/ecosysteme/orchestration/',
  'docker service': '/ecosysteme/orchestration/',
  'docker stack': '/ecosysteme/orchestration/',
  'docker scout': '/ecosysteme/registres-et-scanners/',
  'docker context': '/ecosysteme/architecture-docker/',
  'docker save': '/docker/images/',
  'docker load': '/docker/images/',
  'docker commit': '/docker/images/',
  'docker attach': '/docker/cycle-de-vie/',
  'docker events': '/production/logs-et-supervision/',
  'docker system info': '/ecosysteme/architecture-docker/',
  'docker version': '/docker/installation/',
  'docker update': '/fondations/cgroups/',
  'docker wait': '/docker/cycle-de-vie/',
  'docker export': '/docker/images/',
  'docker diff': '/fondations/couches-et-overlayfs/',
  'docker compose': '/compose/commandes/',
  'docker buildx': '/dockerfile/buildkit-et-cache/',
  'docker builder': '/dockerfile/buildkit-et-cache/',
};

/** The message for a command not modelled here, or null if the program is unknown to the map. */
export function notSimulated(words: string[]): string | null {
  const key = SECTIONS[`${words[0]} ${words[1] ?? ''}`] !== undefined ? `${words[0]} ${words[1]}` : words[0];
  const section = SECTIONS[key];
  if (section === undefined) return null;
  if (['nano', 'vi', 'vim'].includes(key)) return `Cette commande n’est pas simulée ici : ${key}. Pour écrire un fichier, utilisez l’éditeur du terminal ou un here-document (cat > fichier <<'EOF'). Voir ${section}`;
  return `Cette commande n’est pas simulée ici : ${key}. Voir ${section || COURSE}`;
}

/** The same for a docker command path (`system info`, `login`). */
export function dockerNotSimulated(command: string, written = command): string {
  const words = command.split(' ');
  const short = SECTIONS[`docker ${command}`] ?? SECTIONS[`docker ${words.at(-1)}`] ?? SECTIONS[`docker ${words[0]}`] ?? '/docker/premiers-pas/';
  return `Cette commande n’est pas simulée ici : docker ${written}. Voir ${short}`;
}

late.notSimulated = { notSimulated, dockerNotSimulated };
