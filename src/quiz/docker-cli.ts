// What the grader knows of the Docker CLI: each command's options and the subcommands that are
// spelled differently but do the same thing. Pure data, written compactly because it ships with
// every quiz; src/quiz/command.ts reads the parsed tables below.
//
// An option is written `s:long` (short form s), `long|alias` (other long names), with `=` when it
// takes a value and `*` when it may be repeated (its values then form an unordered set).
// `>1`: options stop at the first argument (`docker run IMAGE CMD…`: the rest is the container's
// command). `@1` / `@*`: the first / every argument is an image reference (`nginx` ≡ `nginx:latest`).

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
  /** Options stop after this many positional arguments. */
  stopAtFirstArg?: number;
  /** Which arguments are image references. */
  imageArgs?: 'first' | 'all';
}

const RUN = 'd:detach i:interactive t:tty rm init read-only privileged P:publish-all name= p:publish* v:volume* e:env* env-file* mount* l:label* cap-add* cap-drop* security-opt* tmpfs* add-host* network|net= restart= m:memory= memory-swap= cpus= pids-limit= entrypoint= w:workdir= u:user= h:hostname= platform= pull= stop-timeout= health-cmd= a:attach*';
const COMPOSE = 'f:file* p:project-name= profile* env-file=';

const SPECS: Record<string, string> = {
  'container run': `${RUN} >1 @1`,
  'container create': `${RUN} >1 @1`,
  'container ls': 'a:all q:quiet l:latest n:last= s:size f:filter* format= no-trunc',
  'container start': 'a:attach i:interactive',
  'container stop': 't:time|timeout= s:signal=',
  'container restart': 't:time|timeout= s:signal=',
  'container kill': 's:signal=',
  'container rm': 'f:force v:volumes l:link',
  'container logs': 'f:follow t:timestamps n:tail= since= until= details',
  'container exec': 'd:detach i:interactive t:tty privileged e:env* u:user= w:workdir= >1',
  'container inspect': 'f:format= s:size',
  'container top': '>1',
  'container stats': 'a:all no-stream no-trunc format=',
  'container prune': 'f:force filter*',
  'container update': 'restart= m:memory= cpus= pids-limit=',
  'container port': '',
  'container diff': '',
  'container attach': '',
  'container pause': '',
  'container unpause': '',
  'container rename': '',
  'container cp': 'a:archive L:follow-link',
  'image ls': 'a:all q:quiet f:filter* format= digests no-trunc',
  'image rm': 'f:force no-prune @*',
  'image pull': 'a:all-tags q:quiet platform= @1',
  'image push': 'a:all-tags q:quiet @1',
  'image tag': '@*',
  'image history': 'H:human no-trunc q:quiet format= @1',
  'image inspect': 'f:format= @*',
  'image prune': 'a:all f:force filter*',
  'image build': 't:tag* f:file= no-cache pull load push q:quiet target= build-arg* secret* platform= progress= cache-from* cache-to*',
  'image save': 'o:output= @*',
  'image load': 'i:input= q:quiet',
  search: 'limit= f:filter* no-trunc',
  'volume create': 'd:driver= o:opt* label*',
  'volume ls': 'q:quiet f:filter* format=',
  'volume inspect': 'f:format=',
  'volume rm': 'f:force',
  'volume prune': 'a:all f:force',
  'network create': 'd:driver= subnet* internal attachable',
  'network ls': 'q:quiet f:filter* format=',
  'network inspect': 'f:format=',
  'network rm': 'f:force',
  'network connect': 'alias* ip=',
  'network disconnect': 'f:force',
  'network prune': 'f:force',
  'system prune': 'a:all f:force volumes filter*',
  'system df': 'v:verbose',
  'system info': 'f:format=',
  'system events': 'f:filter* since= until=',
  'system version': 'f:format=',
  login: 'u:username= p:password= password-stdin',
  logout: '',
  'context ls': 'q:quiet format=',
  'context use': '',
  'context create': 'docker= description=',
  'context rm': 'f:force',
  'context inspect': '',
  'context show': '',
  'scout cves': 'only-severity= format= @1',
  'scout quickview': '@1',
  'compose up': `${COMPOSE} d:detach build no-build force-recreate remove-orphans abort-on-container-exit exit-code-from= wait scale*`,
  'compose down': `${COMPOSE} v:volumes rmi= remove-orphans t:timeout=`,
  'compose logs': `${COMPOSE} f:follow t:timestamps n:tail= since=`,
  'compose ps': `${COMPOSE} a:all q:quiet format= filter*`,
  'compose build': `${COMPOSE} no-cache pull build-arg*`,
  'compose pull': `${COMPOSE} q:quiet`,
  'compose push': `${COMPOSE}`,
  'compose restart': `${COMPOSE} t:timeout=`,
  'compose stop': `${COMPOSE} t:timeout=`,
  'compose start': `${COMPOSE}`,
  'compose rm': `${COMPOSE} f:force s:stop v:volumes`,
  'compose config': `${COMPOSE} q:quiet services`,
  'compose top': `${COMPOSE}`,
  'compose ls': 'a:all q:quiet',
  'compose exec': `${COMPOSE} d:detach i:interactive t:tty T:no-tty e:env* u:user= w:workdir= index= >1`,
  'compose run': `${COMPOSE} d:detach rm no-deps T:no-tty e:env* p:publish* name= u:user= entrypoint= v:volume* >1`,
  'compose watch': `${COMPOSE}`,
  'compose scale': `${COMPOSE} no-deps`,
  'swarm init': 'advertise-addr=',
  'service create': 'name= replicas= p:publish* >1 @1',
  'service scale': '',
  'service ls': 'q:quiet',
  inspect: 'f:format= s:size type=',
  init: '',
};

/** One option from its compact form: `p:publish*`, `t:time|timeout=`, `rm`. */
export function parseOption(word: string): OptionSpec {
  const [, short, names, kind] = /^(?:(\w):)?([\w|-]+)([=*]?)$/.exec(word)!;
  const [long, ...aliases] = names.split('|');
  return {
    long,
    ...(short ? { short } : {}),
    ...(aliases.length ? { aliases } : {}),
    ...(kind ? { value: true } : {}),
    ...(kind === '*' ? { multi: true } : {}),
  };
}

/** A command's spec from its compact form. */
export function parseSpec(text: string): CommandSpec {
  const spec: CommandSpec = { options: [] };
  for (const word of text.split(' ').filter(Boolean)) {
    if (word.startsWith('>')) spec.stopAtFirstArg = Number(word.slice(1));
    else if (word === '@1') spec.imageArgs = 'first';
    else if (word === '@*') spec.imageArgs = 'all';
    else spec.options.push(parseOption(word));
  }
  return spec;
}

/** Every known Docker command: canonical name → its spec. */
export const COMMANDS: Record<string, CommandSpec> = Object.fromEntries(
  Object.entries(SPECS).map(([name, text]) => [name, parseSpec(text)]),
);

/**
 * Spellings that name the same command. `docker ps` and `docker container ls` are one command;
 * `docker buildx build` is `docker build` with BuildKit, which is the default.
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
