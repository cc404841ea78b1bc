// What the grader knows of the Docker CLI: each command's options (short and long forms,
// whether they take a value) and the subcommands that are spelled differently but do the
// same thing. Pure data; src/quiz/command.ts reads it.

export interface OptionSpec {
  /** Canonical long name, without dashes: 'detach'. */
  long: string;
  /** One-letter short form, if any: 'd'. */
  short?: string;
  /** Other long names accepted for the same option ('timeout' for 'time'). */
  aliases?: string[];
  /** Takes a value (`--name web`, `-p 8080:80`). */
  value?: boolean;
  /** May be repeated; values are compared as an unordered set. */
  multi?: boolean;
}

export interface CommandSpec {
  options: OptionSpec[];
  /**
   * Options stop at the first positional argument (`docker run IMAGE CMD…`, `docker exec
   * CONTAINER CMD…`): what follows belongs to the container's command, not to Docker.
   */
  stopAtFirstArg?: number;
  /** Positions (0-based) of arguments that are image references (`nginx` ≡ `nginx:latest`). */
  imageArgs?: 'first' | 'all';
}

const o = (long: string, short?: string, extra: Partial<OptionSpec> = {}): OptionSpec => ({
  long,
  ...(short ? { short } : {}),
  ...extra,
});
const v = (long: string, short?: string, extra: Partial<OptionSpec> = {}) => o(long, short, { value: true, ...extra });
const m = (long: string, short?: string) => v(long, short, { multi: true });

const RUN_OPTIONS: OptionSpec[] = [
  o('detach', 'd'),
  o('interactive', 'i'),
  o('tty', 't'),
  o('rm'),
  o('init'),
  o('read-only'),
  o('privileged'),
  o('publish-all', 'P'),
  v('name'),
  m('publish', 'p'),
  m('volume', 'v'),
  m('env', 'e'),
  m('env-file'),
  m('mount'),
  m('label', 'l'),
  m('cap-add'),
  m('cap-drop'),
  m('security-opt'),
  m('tmpfs'),
  m('add-host'),
  v('network', undefined, { aliases: ['net'] }),
  v('restart'),
  v('memory', 'm'),
  v('memory-swap'),
  v('cpus'),
  v('pids-limit'),
  v('entrypoint'),
  v('workdir', 'w'),
  v('user', 'u'),
  v('hostname', 'h'),
  v('platform'),
  v('pull'),
  v('stop-timeout'),
  v('health-cmd'),
  m('attach', 'a'),
];

const BUILD_OPTIONS: OptionSpec[] = [
  m('tag', 't'),
  v('file', 'f'),
  o('no-cache'),
  o('pull'),
  o('load'),
  o('push'),
  o('quiet', 'q'),
  v('target'),
  m('build-arg'),
  m('secret'),
  v('platform'),
  v('progress'),
  m('cache-from'),
  m('cache-to'),
];

const COMPOSE_GLOBAL: OptionSpec[] = [m('file', 'f'), v('project-name', 'p'), m('profile'), v('env-file')];

export const COMMANDS: Record<string, CommandSpec> = {
  'container run': { options: RUN_OPTIONS, stopAtFirstArg: 1, imageArgs: 'first' },
  'container create': { options: RUN_OPTIONS, stopAtFirstArg: 1, imageArgs: 'first' },
  'container ls': {
    options: [o('all', 'a'), o('quiet', 'q'), o('latest', 'l'), v('last', 'n'), o('size', 's'), m('filter', 'f'), v('format'), o('no-trunc')],
  },
  'container start': { options: [o('attach', 'a'), o('interactive', 'i')] },
  'container stop': { options: [v('time', 't', { aliases: ['timeout'] }), v('signal', 's')] },
  'container restart': { options: [v('time', 't', { aliases: ['timeout'] }), v('signal', 's')] },
  'container kill': { options: [v('signal', 's')] },
  'container rm': { options: [o('force', 'f'), o('volumes', 'v'), o('link', 'l')] },
  'container logs': { options: [o('follow', 'f'), o('timestamps', 't'), v('tail', 'n'), v('since'), v('until'), o('details')] },
  'container exec': {
    options: [o('detach', 'd'), o('interactive', 'i'), o('tty', 't'), o('privileged'), m('env', 'e'), v('user', 'u'), v('workdir', 'w')],
    stopAtFirstArg: 1,
  },
  'container inspect': { options: [v('format', 'f'), o('size', 's')] },
  'container top': { options: [], stopAtFirstArg: 1 },
  'container stats': { options: [o('all', 'a'), o('no-stream'), o('no-trunc'), v('format')] },
  'container prune': { options: [o('force', 'f'), m('filter')] },
  'container update': { options: [v('restart'), v('memory', 'm'), v('cpus'), v('pids-limit')] },
  'container port': { options: [] },
  'container diff': { options: [] },
  'container attach': { options: [] },
  'container pause': { options: [] },
  'container unpause': { options: [] },
  'container rename': { options: [] },
  'container cp': { options: [o('archive', 'a'), o('follow-link', 'L')] },
  'image ls': { options: [o('all', 'a'), o('quiet', 'q'), m('filter', 'f'), v('format'), o('digests'), o('no-trunc')] },
  'image rm': { options: [o('force', 'f'), o('no-prune')], imageArgs: 'all' },
  'image pull': { options: [o('all-tags', 'a'), o('quiet', 'q'), v('platform')], imageArgs: 'first' },
  'image push': { options: [o('all-tags', 'a'), o('quiet', 'q')], imageArgs: 'first' },
  'image tag': { options: [], imageArgs: 'all' },
  'image history': { options: [o('human', 'H'), o('no-trunc'), o('quiet', 'q'), v('format')], imageArgs: 'first' },
  'image inspect': { options: [v('format', 'f')], imageArgs: 'all' },
  'image prune': { options: [o('all', 'a'), o('force', 'f'), m('filter')] },
  'image build': { options: BUILD_OPTIONS },
  'image save': { options: [v('output', 'o')], imageArgs: 'all' },
  'image load': { options: [v('input', 'i'), o('quiet', 'q')] },
  search: { options: [v('limit'), m('filter', 'f'), o('no-trunc')] },
  'volume create': { options: [v('driver', 'd'), m('opt', 'o'), m('label')] },
  'volume ls': { options: [o('quiet', 'q'), m('filter', 'f'), v('format')] },
  'volume inspect': { options: [v('format', 'f')] },
  'volume rm': { options: [o('force', 'f')] },
  'volume prune': { options: [o('all', 'a'), o('force', 'f')] },
  'network create': { options: [v('driver', 'd'), m('subnet'), o('internal'), o('attachable')] },
  'network ls': { options: [o('quiet', 'q'), m('filter', 'f'), v('format')] },
  'network inspect': { options: [v('format', 'f')] },
  'network rm': { options: [o('force', 'f')] },
  'network connect': { options: [m('alias'), v('ip')] },
  'network disconnect': { options: [o('force', 'f')] },
  'network prune': { options: [o('force', 'f')] },
  'system prune': { options: [o('all', 'a'), o('force', 'f'), o('volumes'), m('filter')] },
  'system df': { options: [o('verbose', 'v')] },
  'system info': { options: [v('format', 'f')] },
  'system events': { options: [m('filter', 'f'), v('since'), v('until')] },
  'system version': { options: [v('format', 'f')] },
  login: { options: [v('username', 'u'), v('password', 'p'), o('password-stdin')] },
  logout: { options: [] },
  'context ls': { options: [o('quiet', 'q'), v('format')] },
  'context use': { options: [] },
  'context create': { options: [v('docker'), v('description')] },
  'context rm': { options: [o('force', 'f')] },
  'context inspect': { options: [] },
  'context show': { options: [] },
  'scout cves': { options: [v('only-severity'), v('format')], imageArgs: 'first' },
  'scout quickview': { options: [], imageArgs: 'first' },
  'compose up': { options: [...COMPOSE_GLOBAL, o('detach', 'd'), o('build'), o('no-build'), o('force-recreate'), o('remove-orphans'), o('abort-on-container-exit'), v('exit-code-from'), o('wait'), m('scale')] },
  'compose down': { options: [...COMPOSE_GLOBAL, o('volumes', 'v'), v('rmi'), o('remove-orphans'), v('timeout', 't')] },
  'compose logs': { options: [...COMPOSE_GLOBAL, o('follow', 'f'), o('timestamps', 't'), v('tail', 'n'), v('since')] },
  'compose ps': { options: [...COMPOSE_GLOBAL, o('all', 'a'), o('quiet', 'q'), v('format'), m('filter')] },
  'compose build': { options: [...COMPOSE_GLOBAL, o('no-cache'), o('pull'), m('build-arg')] },
  'compose pull': { options: [...COMPOSE_GLOBAL, o('quiet', 'q')] },
  'compose push': { options: [...COMPOSE_GLOBAL] },
  'compose restart': { options: [...COMPOSE_GLOBAL, v('timeout', 't')] },
  'compose stop': { options: [...COMPOSE_GLOBAL, v('timeout', 't')] },
  'compose start': { options: [...COMPOSE_GLOBAL] },
  'compose rm': { options: [...COMPOSE_GLOBAL, o('force', 'f'), o('stop', 's'), o('volumes', 'v')] },
  'compose config': { options: [...COMPOSE_GLOBAL, o('quiet', 'q'), o('services')] },
  'compose top': { options: [...COMPOSE_GLOBAL] },
  'compose ls': { options: [o('all', 'a'), o('quiet', 'q')] },
  'compose exec': {
    options: [...COMPOSE_GLOBAL, o('detach', 'd'), o('interactive', 'i'), o('tty', 't'), o('no-tty', 'T'), m('env', 'e'), v('user', 'u'), v('workdir', 'w'), v('index')],
    stopAtFirstArg: 1,
  },
  'compose run': {
    options: [...COMPOSE_GLOBAL, o('detach', 'd'), o('rm'), o('no-deps'), o('no-tty', 'T'), m('env', 'e'), m('publish', 'p'), v('name'), v('user', 'u'), v('entrypoint'), m('volume', 'v')],
    stopAtFirstArg: 1,
  },
  'compose watch': { options: [...COMPOSE_GLOBAL] },
  'compose scale': { options: [...COMPOSE_GLOBAL, o('no-deps')] },
  'swarm init': { options: [v('advertise-addr')] },
  'service create': { options: [v('name'), v('replicas'), m('publish', 'p')], stopAtFirstArg: 1, imageArgs: 'first' },
  'service scale': { options: [] },
  'service ls': { options: [o('quiet', 'q')] },
  inspect: { options: [v('format', 'f'), o('size', 's'), v('type')] },
  init: { options: [] },
};

/**
 * Spellings that name the same command, longest first. `docker ps` and `docker container ls`
 * are one command; `docker buildx build` is `docker build` with BuildKit, which is the default.
 */
export const COMMAND_ALIASES: [string, string][] = [
  ['container list', 'container ls'],
  ['container ps', 'container ls'],
  ['container remove', 'container rm'],
  ['image list', 'image ls'],
  ['image remove', 'image rm'],
  ['buildx build', 'image build'],
  ['builder build', 'image build'],
  ['volume list', 'volume ls'],
  ['volume remove', 'volume rm'],
  ['network list', 'network ls'],
  ['network remove', 'network rm'],
  ['context list', 'context ls'],
  ['context remove', 'context rm'],
  ['ps', 'container ls'],
  ['run', 'container run'],
  ['create', 'container create'],
  ['start', 'container start'],
  ['stop', 'container stop'],
  ['restart', 'container restart'],
  ['kill', 'container kill'],
  ['rm', 'container rm'],
  ['logs', 'container logs'],
  ['exec', 'container exec'],
  ['top', 'container top'],
  ['stats', 'container stats'],
  ['update', 'container update'],
  ['port', 'container port'],
  ['attach', 'container attach'],
  ['pause', 'container pause'],
  ['unpause', 'container unpause'],
  ['rename', 'container rename'],
  ['cp', 'container cp'],
  ['diff', 'container diff'],
  ['images', 'image ls'],
  ['rmi', 'image rm'],
  ['pull', 'image pull'],
  ['push', 'image push'],
  ['tag', 'image tag'],
  ['history', 'image history'],
  ['build', 'image build'],
  ['save', 'image save'],
  ['load', 'image load'],
  ['info', 'system info'],
  ['events', 'system events'],
  ['version', 'system version'],
];
