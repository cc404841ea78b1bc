// The parts of the simulator that are not in the island's first chunk, so that « Ouvrir le
// terminal » loads less: each group says which lines need it (before parsing, `$(…)` included)
// and which commands it registers (so that `run` before `prepare` answers in French).
// Modules that code of the first chunk calls into (Go templates, curl, programs inside a
// container, servers, Tab completion) register themselves in `late` when they load; `need`
// reaches them, or throws NotLoaded when a line reached one that `prepare` could not foresee:
// `Sim.run` then puts the state back as it was, answers the French message below and gives the
// download as `pending`, after which the terminal (Console.tsx) runs the same line again.
import type * as Complete from './complete';
import type * as Http from './http';
import type * as Inner from './inner';
import type * as NotSimulated from './not-simulated';
import type * as Services from './services';
import type * as Template from './template';

export interface LazyGroup {
  line: RegExp;
  command: RegExp;
  load: () => Promise<unknown>;
  loaded: boolean;
}

export const NOT_LOADED = 'Cette partie du terminal simulé n’est pas encore chargée (connexion lente ou hors ligne ?). Relancez la commande dans un instant.';

/** Commands and words that can reach curl inside a container, through a command it runs. */
const STARTS = /\b(?:run|start|restart|create|exec|unpause|up)\b/;
const never = /(?!)/;

const HTTP: LazyGroup = { line: /\b(?:curl|wget)\b/, command: never, load: () => import('./http'), loaded: false };
const TEMPLATE: LazyGroup = { line: /--format|\{\{/, command: never, load: () => import('./template'), loaded: false };
// Programs run inside a container: `docker exec`, and a main process that runs once (`docker run
// ubuntu ls`, which the line alone does not tell apart from `docker run nginx`).
const INNER: LazyGroup = { line: /\bexec\b/, command: never, load: () => import('./inner'), loaded: false };
// The servers of the later levels (MySQL, PostgreSQL, Redis, Apache, gunicorn, uvicorn): named on
// the line, or by what the host holds (an image built FROM python, a stopped database).
const SERVICES: LazyGroup = { line: /mysql|mariadb|postgres|redis|httpd|apache|wordpress|gunicorn|uvicorn/, command: never, load: () => import('./services'), loaded: false };
// The French sentences for what is not simulated (kubectl, nano, docker swarm…), with their
// course sections: the programs and docker commands that the first chunk does not know.
const NOT_SIMULATED: LazyGroup = { line: /\b(?:podman|buildah|kubectl|minikube|helm|lsns|unshare|nsenter|apt|apt-get|nano|vi|vim|ssh|git)\b/, command: never, load: () => import('./not-simulated'), loaded: false };
// Tab completion: loaded by the first Tab (Sim.prepareCompletion), never by a line.
const COMPLETE: LazyGroup = { line: never, command: never, load: () => import('./complete'), loaded: false };

export const LAZY: LazyGroup[] = [
  // docker build (Dockerfile, BuildKit steps) and docker compose (js-yaml): the heaviest.
  { line: /\b(?:compose|docker-compose|build|buildx)\b/, command: /^(?:buildx build|compose(?: .*)?)$/, load: () => import('./extras'), loaded: false },
  { line: /\b(?:inspect|volume|network|system)\b/, command: /^(?:(?:container |image |volume |network )?inspect|volume .*|network .*|system (?:df|prune))$/, load: () => import('./extras-admin'), loaded: false },
  // `--format` and `-f '{{…}}'`: the Go templates.
  TEMPLATE,
  // curl and wget, on the host or in a container: the HTTP answers of nginx and the TP's apps.
  HTTP,
  INNER,
  SERVICES,
  NOT_SIMULATED,
  COMPLETE,
];

/** Filled by each late module as it loads. */
export const late: {
  complete?: typeof Complete;
  http?: typeof Http;
  inner?: typeof Inner;
  notSimulated?: typeof NotSimulated;
  services?: typeof Services;
  template?: typeof Template;
} = {};
const GROUP_OF = { complete: COMPLETE, http: HTTP, inner: INNER, notSimulated: NOT_SIMULATED, services: SERVICES, template: TEMPLATE } as const;

/** Loads the late module `key` (Tab completion at the first Tab). */
export const loadLate = (key: keyof typeof late): Promise<void> => loadGroup(GROUP_OF[key]);

/** Every late module is here (Node with eager.ts, or a browser that loaded them all). */
export const lateReady = (): boolean => (Object.keys(GROUP_OF) as (keyof typeof late)[]).every((k) => late[k]);

export class NotLoaded extends Error {
  constructor(readonly group: LazyGroup) {
    super(NOT_LOADED);
  }
}

/** The late module `key`, or NotLoaded (after starting its download). */
export function need<K extends keyof typeof late>(key: K): NonNullable<(typeof late)[K]> {
  const mod = late[key];
  if (mod) return mod as NonNullable<(typeof late)[K]>;
  throw new NotLoaded(GROUP_OF[key]);
}

/**
 * Loads the groups `line` needs (all of them at once when it needs several). `context` is what
 * the host already holds that the line may run without naming it (the commands of containers
 * and images, shell variables): curl there needs HTTP when a line starts them.
 */
export async function prepareLine(line: string, context = ''): Promise<void> {
  const wanted = LAZY.filter((g) => !g.loaded && (g.line.test(line) || (((g === HTTP && STARTS.test(line)) || (g === SERVICES && /\bdocker\b/.test(line))) && g.line.test(context))));
  await Promise.all(wanted.map(loadGroup));
}

export async function loadGroup(group: LazyGroup): Promise<void> {
  if (group.loaded) return;
  await group.load();
  group.loaded = true;
}

/** The group a command belongs to when it is not loaded yet (no handler registered). */
export const pendingGroup = (command: string): LazyGroup | undefined => LAZY.find((g) => g.command.test(command));
