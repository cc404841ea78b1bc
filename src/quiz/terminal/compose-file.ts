// Reads a Compose file (`compose.yaml`, `docker-compose.yml`) into the normalised model that the
// simulated `docker compose` runs: interpolation from the shell and `.env`, short and long forms
// (ports, volumes, environment, depends_on, networks, healthcheck, build) reduced to one form,
// and the validation errors of the real Compose for the usual mistakes, in its own words.
// Read from github:compose-spec/compose-go e70e961c3a3acebf0800b882f1afb3dbf1fb74a2 (2026-07-21):
//   loader/loader.go (parse, « validating … », « version is obsolete »), loader/validate.go
//   (undefined volume/network/service), schema/schema.go and schema/compose-spec.json (property
//   lists, « must be a mapping »), template/template.go (variables), types/project.go (env_file);
// and github:docker/compose f72979427042620a94dd52ce78b39c68cb02c085 (2026-08-20) for the CLI side.
// Pure: the caller gives the files' text and a way to read `.env` and env files.
import yaml from 'js-yaml';

export type DependsCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

export interface ComposePort {
  hostIp: string;
  /** Host port, '' when Compose picks one. */
  published: string;
  target: number;
  protocol: string;
}

export interface ComposeMount {
  type: 'volume' | 'bind' | 'tmpfs';
  /** Volume key in the file (`db_data`), absolute host path for a bind, '' for an anonymous volume. */
  source: string;
  target: string;
  readOnly: boolean;
}

export interface ComposeHealthcheck {
  test: string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  startPeriod?: string;
  disable?: boolean;
}

export interface ComposeService {
  name: string;
  image?: string;
  build?: { context: string; dockerfile: string; args: Record<string, string>; target?: string };
  command?: string[];
  entrypoint?: string[];
  ports: ComposePort[];
  volumes: ComposeMount[];
  environment: Record<string, string>;
  /** Network keys of the file, in order (`default` when the service names none). */
  networks: string[];
  dependsOn: { service: string; condition: DependsCondition; required: boolean }[];
  restart?: string;
  healthcheck?: ComposeHealthcheck;
  replicas: number;
  containerName?: string;
  hostname?: string;
  workingDir?: string;
  user?: string;
  labels: Record<string, string>;
  expose: string[];
}

export interface ComposeResource {
  /** The real name: `<project>_<key>` unless `name:` or `external` says otherwise. */
  name: string;
  external: boolean;
  driver?: string;
  internal?: boolean;
}

export interface ComposeProject {
  name: string;
  workingDir: string;
  /** Absolute paths of the files read. */
  files: string[];
  /** In file order. */
  services: ComposeService[];
  volumes: Record<string, ComposeResource>;
  networks: Record<string, ComposeResource>;
  /** Lines the CLI prints before doing anything (`WARN[0000] …`). */
  warnings: string[];
}

/** A Compose file refused: the message is Compose's own, printed as is. */
export class ComposeError extends Error {}

export interface LoadOptions {
  /** Absolute paths and contents of the files (`-f` in order, or the default file). */
  files: { path: string; content: string }[];
  workingDir: string;
  /** `-p`, or undefined: then `name:` in the file, then the folder name. */
  projectName?: string;
  /** Shell environment (wins over `.env`). */
  env?: Record<string, string>;
  /** Reads a file of the simulated file system (absolute path), undefined if absent. */
  readFile: (path: string) => string | undefined;
}

/** The file names Compose looks for, in its order (compose-go cli/options.go). */
export const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];

const ROOT_KEYS = ['version', 'name', 'include', 'services', 'models', 'networks', 'volumes', 'secrets', 'configs'];
const SERVICE_KEYS = (
  'develop deploy annotations attach build blkio_config cap_add cap_drop cgroup cgroup_parent command configs container_name cpu_count cpu_percent ' +
  'cpu_shares cpu_quota cpu_period cpu_rt_period cpu_rt_runtime cpus cpuset credential_spec depends_on device_cgroup_rules devices dns dns_opt ' +
  'dns_search domainname entrypoint env_file label_file environment expose extends provider external_links extra_hosts gpus group_add healthcheck ' +
  'hostname image init ipc isolation labels links logging mac_address mem_limit mem_reservation mem_swappiness memswap_limit network_mode models ' +
  'networks oom_kill_disable oom_score_adj pid pids_limit platform ports pre_start post_start pre_stop privileged profiles pull_policy ' +
  'pull_refresh_after read_only restart runtime scale security_opt shm_size secrets sysctls stdin_open stop_grace_period stop_signal storage_opt ' +
  'tmpfs tty ulimits use_api_socket user uts userns_mode volumes volumes_from working_dir'
).split(' ');
const NETWORK_KEYS = ['name', 'driver', 'driver_opts', 'ipam', 'external', 'internal', 'enable_ipv4', 'enable_ipv6', 'attachable', 'labels'];
const VOLUME_KEYS = ['name', 'driver', 'driver_opts', 'external', 'labels'];
const HEALTHCHECK_KEYS = ['disable', 'interval', 'retries', 'test', 'timeout', 'start_period', 'start_interval'];
const DEPLOY_KEYS = ['mode', 'endpoint_mode', 'replicas', 'labels', 'rollback_config', 'update_config', 'resources', 'restart_policy', 'placement'];
const BUILD_KEYS = (
  'context dockerfile dockerfile_inline entitlements args ssh labels cache_from cache_to no_cache additional_contexts network provenance sbom pull ' +
  'target shm_size extra_hosts isolation privileged secrets tags ulimits platforms'
).split(' ');
const RESTART = ['no', 'always', 'on-failure', 'unless-stopped'];

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Compose's own line for a warning (logrus text formatter, first second of the run). */
export const warn = (text: string) => `WARN[0000] ${text}`;

/** Reads a `.env` or env_file: KEY=VALUE lines, comments, optional quotes (compose-go dotenv). */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2];
    if (/^"(.*)"$/.test(value)) value = value.slice(1, -1).replace(/\\n/g, '\n').replace(/\\"/g, '"');
    else if (/^'(.*)'$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '').trim();
    out[m[1]] = value;
  }
  return out;
}

/** Compose's project name rule: lower case, only [a-z0-9_-], starting with a letter or digit. */
export function normalizeProjectName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[^a-z0-9]+/, '');
}

/** `${VAR}`, `${VAR:-x}`, `${VAR-x}`, `${VAR:?msg}`, `${VAR:+x}`, `$VAR`, `$$` (template/template.go). */
function interpolate(text: string, env: Record<string, string>, missing: Set<string>): string {
  return text.replace(/\$(\$|\{([^}]*)\}|[A-Za-z_][A-Za-z0-9_]*)/g, (all, inner: string, braced: string | undefined) => {
    if (inner === '$') return '$';
    const body = braced ?? inner;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?+])([\s\S]*))?$/.exec(body);
    if (!m) throw new ComposeError(`Invalid template: "${all}"`);
    const [, name, colon, op, arg] = m;
    const value = env[name];
    const set = colon ? value !== undefined && value !== '' : value !== undefined;
    if (op === '-') return set ? value : interpolate(arg, env, missing);
    if (op === '+') return set ? interpolate(arg, env, missing) : '';
    if (op === '?') {
      if (set) return value;
      throw new ComposeError(`required variable ${name} is missing a value: ${arg}`);
    }
    if (value === undefined) {
      missing.add(name);
      return '';
    }
    return value;
  });
}

function interpolateAll(value: unknown, env: Record<string, string>, missing: Set<string>): unknown {
  if (typeof value === 'string') return interpolate(value, env, missing);
  if (Array.isArray(value)) return value.map((v) => interpolateAll(v, env, missing));
  if (isDict(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateAll(v, env, missing)]));
  return value;
}

/** js-yaml's reasons, said the way go-yaml says them. */
function yamlMessage(error: yaml.YAMLException): string {
  const line = (error.mark?.line ?? 0) + 1;
  const reason = error.reason ?? error.message;
  const words: [RegExp, string][] = [
    [/bad indentation of a mapping entry/, 'mapping values are not allowed in this context'],
    [/bad indentation of a sequence entry/, 'did not find expected key'],
    [/end of the stream or a document separator is expected/, 'did not find expected key'],
    [/duplicated mapping key/, 'mapping key already defined'],
    [/unexpected end of the stream within a (single|double) quoted scalar/, 'found unexpected end of stream'],
    [/can not read a block mapping entry; a multiline key may not be an implicit key/, 'could not find expected \':\''],
    [/tab characters must not be used in indentation/, 'found character that cannot start any token'],
  ];
  const found = words.find(([re]) => re.test(reason));
  return `yaml: line ${line}: ${found ? found[1] : reason}`;
}

function checkKeys(where: string, value: Dict, allowed: readonly string[], file: string): void {
  const extra = Object.keys(value).filter((k) => !allowed.includes(k) && !k.startsWith('x-'));
  if (extra.length) {
    throw new ComposeError(`validating ${file}: ${where} additional properties ${extra.map((k) => `'${k}'`).join(', ')} not allowed`);
  }
}

function typeError(file: string, path: string, want: string): never {
  throw new ComposeError(`validating ${file}: ${path} must be a ${want}`);
}

/** Splits a command string like go-shellwords (quotes, backslashes; no shell). */
export function shellWords(text: string): string[] {
  const out: string[] = [];
  let word = '';
  let has = false;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      word += text[++i];
      has = true;
    } else if (/\s/.test(ch)) {
      if (has || word) out.push(word);
      word = '';
      has = false;
    } else word += ch;
  }
  if (has || word) out.push(word);
  return out;
}

function toCommand(value: unknown, file: string, path: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return shellWords(value);
  if (Array.isArray(value)) return value.map(String);
  return typeError(file, path, 'null, array or string');
}

function listOrDict(value: unknown, file: string, path: string): [string, string | null][] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) {
    return value.map((item) => {
      const s = String(item);
      const eq = s.indexOf('=');
      return eq < 0 ? [s, null] : [s.slice(0, eq), s.slice(eq + 1)];
    });
  }
  if (isDict(value)) return Object.entries(value).map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]);
  return typeError(file, path, 'array or mapping');
}

function parsePort(item: unknown, file: string, path: string): ComposePort[] {
  if (isDict(item)) {
    return [{
      hostIp: String(item.host_ip ?? ''),
      published: item.published === undefined ? '' : String(item.published),
      target: Number(item.target),
      protocol: String(item.protocol ?? 'tcp'),
    }];
  }
  if (typeof item !== 'string' && typeof item !== 'number') typeError(file, path, 'number, object or string');
  let text = String(item);
  let protocol = 'tcp';
  const slash = text.lastIndexOf('/');
  if (slash >= 0) {
    protocol = text.slice(slash + 1);
    text = text.slice(0, slash);
  }
  const parts = text.split(':');
  const target = parts.pop() as string;
  const published = parts.pop() ?? '';
  const hostIp = parts.join(':');
  const range = (s: string) => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(s);
    if (!m) throw new ComposeError(`Invalid containerPort: ${s}`);
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    return Array.from({ length: b - a + 1 }, (_, k) => a + k);
  };
  const targets = range(target);
  if (published && !/^\d+(-\d+)?$/.test(published)) throw new ComposeError(`Invalid hostPort: ${published}`);
  const hosts = published ? range(published) : [];
  return targets.map((t, k) => ({ hostIp, published: hosts.length ? String(hosts[Math.min(k, hosts.length - 1)]) : '', target: t, protocol }));
}

function resolveHostPath(path: string, workingDir: string): string {
  let p = path;
  if (p.startsWith('~')) p = `/home/etudiant${p.slice(1)}`;
  if (!p.startsWith('/')) p = `${workingDir}/${p}`;
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

function parseVolume(item: unknown, file: string, path: string, workingDir: string): ComposeMount {
  if (isDict(item)) {
    checkKeys(path, item, ['type', 'source', 'target', 'read_only', 'consistency', 'bind', 'volume', 'tmpfs', 'image'], file);
    const type = String(item.type) as ComposeMount['type'];
    const source = String(item.source ?? '');
    return {
      type,
      source: type === 'bind' ? resolveHostPath(source, workingDir) : source,
      target: String(item.target ?? ''),
      readOnly: item.read_only === true,
    };
  }
  if (typeof item !== 'string') return typeError(file, path, 'object or string');
  const parts = item.split(':');
  if (parts.length === 1) return { type: 'volume', source: '', target: parts[0], readOnly: false };
  const [source, target, mode = ''] = parts;
  const readOnly = mode.split(',').includes('ro');
  if (/^[./~]/.test(source)) return { type: 'bind', source: resolveHostPath(source, workingDir), target, readOnly };
  return { type: 'volume', source, target, readOnly };
}

function parseHealthcheck(value: unknown, file: string, path: string): ComposeHealthcheck | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isDict(value)) return typeError(file, path, 'mapping');
  checkKeys(path, value, HEALTHCHECK_KEYS, file);
  let test: string[] = [];
  if (typeof value.test === 'string') test = ['CMD-SHELL', value.test];
  else if (Array.isArray(value.test)) test = value.test.map(String);
  if (test.length && !['CMD', 'CMD-SHELL', 'NONE'].includes(test[0])) {
    throw new ComposeError('healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"');
  }
  const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
  return {
    test,
    interval: str(value.interval),
    timeout: str(value.timeout),
    retries: value.retries === undefined ? undefined : Number(value.retries),
    startPeriod: str(value.start_period),
    disable: value.disable === true,
  };
}

function parseService(name: string, raw: unknown, ctx: { file: string; workingDir: string; env: Record<string, string>; readFile: LoadOptions['readFile']; warnings: string[] }): ComposeService {
  const { file, workingDir } = ctx;
  const at = `services.${name}`;
  if (!isDict(raw)) {
    if (raw === null) return parseService(name, {}, ctx);
    return typeError(file, at, 'mapping');
  }
  checkKeys(at, raw, SERVICE_KEYS, file);
  if (raw.image !== undefined && typeof raw.image !== 'string') typeError(file, `${at}.image`, 'string');
  if (raw.ports !== undefined && !Array.isArray(raw.ports)) typeError(file, `${at}.ports`, 'array');
  if (raw.volumes !== undefined && !Array.isArray(raw.volumes)) typeError(file, `${at}.volumes`, 'array');
  if (raw.restart !== undefined && typeof raw.restart !== 'string') typeError(file, `${at}.restart`, 'string');

  let build: ComposeService['build'];
  if (typeof raw.build === 'string') build = { context: resolveHostPath(raw.build, workingDir), dockerfile: 'Dockerfile', args: {} };
  else if (isDict(raw.build)) {
    checkKeys(`${at}.build`, raw.build, BUILD_KEYS, file);
    const args: Record<string, string> = {};
    for (const [k, v] of listOrDict(raw.build.args, file, `${at}.build.args`)) if (v !== null) args[k] = v;
    build = {
      context: resolveHostPath(String(raw.build.context ?? '.'), workingDir),
      dockerfile: String(raw.build.dockerfile ?? 'Dockerfile'),
      args,
      target: raw.build.target === undefined ? undefined : String(raw.build.target),
    };
  } else if (raw.build !== undefined) typeError(file, `${at}.build`, 'object or string');

  // env_file first, `environment` over it; a name without value comes from the shell.
  const environment: Record<string, string> = {};
  const envFiles = raw.env_file === undefined ? [] : Array.isArray(raw.env_file) ? raw.env_file : [raw.env_file];
  for (const entry of envFiles) {
    const spec = isDict(entry) ? entry : { path: entry, required: true };
    const p = resolveHostPath(String(spec.path), workingDir);
    const content = ctx.readFile(p);
    if (content === undefined) {
      if (spec.required === false) continue;
      throw new ComposeError(`env file ${p} not found: stat ${p}: no such file or directory`);
    }
    Object.assign(environment, parseEnvFile(content));
  }
  for (const [k, v] of listOrDict(raw.environment, file, `${at}.environment`)) {
    if (v !== null) environment[k] = v;
    else if (ctx.env[k] !== undefined) environment[k] = ctx.env[k];
  }

  const ports = (raw.ports as unknown[] | undefined ?? []).flatMap((p, i) => parsePort(p, file, `${at}.ports.${i}`));
  const volumes = (raw.volumes as unknown[] | undefined ?? []).map((v, i) => parseVolume(v, file, `${at}.volumes.${i}`, workingDir));

  let networks: string[] = ['default'];
  if (Array.isArray(raw.networks)) networks = raw.networks.map(String);
  else if (isDict(raw.networks)) networks = Object.keys(raw.networks);
  else if (raw.networks !== undefined && raw.networks !== null) typeError(file, `${at}.networks`, 'array or object');

  const dependsOn: ComposeService['dependsOn'] = [];
  if (Array.isArray(raw.depends_on)) for (const s of raw.depends_on) dependsOn.push({ service: String(s), condition: 'service_started', required: true });
  else if (isDict(raw.depends_on)) {
    for (const [s, cfg] of Object.entries(raw.depends_on)) {
      const c = isDict(cfg) ? cfg : {};
      checkKeys(`${at}.depends_on.${s}`, c, ['condition', 'restart', 'required'], file);
      const condition = String(c.condition ?? 'service_started');
      if (!['service_started', 'service_healthy', 'service_completed_successfully'].includes(condition)) {
        throw new ComposeError(`validating ${file}: ${at}.depends_on.${s}.condition value must be one of 'service_started', 'service_healthy', 'service_completed_successfully'`);
      }
      dependsOn.push({ service: s, condition: condition as DependsCondition, required: c.required !== false });
    }
  } else if (raw.depends_on !== undefined && raw.depends_on !== null) typeError(file, `${at}.depends_on`, 'array or object');

  let replicas = 1;
  if (isDict(raw.deploy)) {
    checkKeys(`${at}.deploy`, raw.deploy, DEPLOY_KEYS, file);
    if (raw.deploy.replicas !== undefined) replicas = Number(raw.deploy.replicas);
  }
  if (raw.scale !== undefined) {
    if (isDict(raw.deploy) && raw.deploy.replicas !== undefined && Number(raw.scale) !== replicas) {
      throw new ComposeError(`services.${name}: can't set distinct values on 'scale' and 'deploy.replicas': invalid compose project`);
    }
    replicas = Number(raw.scale);
  }

  const restart = raw.restart as string | undefined;
  if (restart !== undefined && !RESTART.includes(restart.split(':')[0])) {
    throw new ComposeError(`invalid restart policy: unknown policy '${restart}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`);
  }
  const labels: Record<string, string> = {};
  for (const [k, v] of listOrDict(raw.labels, file, `${at}.labels`)) labels[k] = v ?? '';
  const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

  return {
    name,
    image: str(raw.image),
    build,
    command: toCommand(raw.command, file, `${at}.command`),
    entrypoint: toCommand(raw.entrypoint, file, `${at}.entrypoint`),
    ports,
    volumes,
    environment,
    networks,
    dependsOn,
    restart,
    healthcheck: parseHealthcheck(raw.healthcheck, file, `${at}.healthcheck`),
    replicas,
    containerName: str(raw.container_name),
    hostname: str(raw.hostname),
    workingDir: str(raw.working_dir),
    user: str(raw.user),
    labels,
    expose: Array.isArray(raw.expose) ? raw.expose.map(String) : [],
  };
}

function resources(kind: 'networks' | 'volumes', raw: unknown, project: string, file: string): Record<string, ComposeResource> {
  const out: Record<string, ComposeResource> = {};
  if (raw === undefined || raw === null) return out;
  if (!isDict(raw)) return typeError(file, kind, 'mapping');
  for (const [key, value] of Object.entries(raw)) {
    const v = value ?? {};
    if (!isDict(v)) typeError(file, `${kind}.${key}`, 'mapping');
    checkKeys(`${kind}.${key}`, v as Dict, kind === 'networks' ? NETWORK_KEYS : VOLUME_KEYS, file);
    const d = v as Dict;
    const external = d.external === true || isDict(d.external);
    out[key] = {
      name: d.name !== undefined ? String(d.name) : external ? key : `${project}_${key}`,
      external,
      driver: d.driver === undefined ? undefined : String(d.driver),
      internal: d.internal === true,
    };
  }
  return out;
}

/** Reads and checks the Compose files; throws ComposeError with Compose's message. */
export function loadCompose(opts: LoadOptions): ComposeProject {
  if (opts.files.length === 0) throw new ComposeError('no configuration file provided: not found');
  const dotEnv = opts.readFile(`${opts.workingDir === '/' ? '' : opts.workingDir}/.env`);
  const env: Record<string, string> = { ...(dotEnv ? parseEnvFile(dotEnv) : {}), ...(opts.env ?? {}) };
  const warnings: string[] = [];
  const missing = new Set<string>();
  let merged: Dict = {};
  for (const { path, content } of opts.files) {
    let raw: unknown;
    try {
      raw = yaml.load(content, { filename: path });
    } catch (e) {
      if (e instanceof yaml.YAMLException) throw new ComposeError(`failed to parse ${path}: ${yamlMessage(e)}`);
      throw e;
    }
    if (raw === undefined || raw === null) continue;
    if (!isDict(raw)) throw new ComposeError('top-level object must be a mapping');
    const doc = interpolateAll(raw, env, missing) as Dict;
    const extra = Object.keys(doc).filter((k) => !ROOT_KEYS.includes(k) && !k.startsWith('x-'));
    if (extra.length) throw new ComposeError(`validating ${path}:  additional properties ${extra.map((k) => `'${k}'`).join(', ')} not allowed`);
    if (doc.services !== undefined && doc.services !== null && !isDict(doc.services)) throw new ComposeError('services must be a mapping');
    if ('version' in doc) warnings.push(warn(`${path}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`));
    // Later files override earlier ones, service by service (a shallow merge is enough here).
    const services = { ...(isDict(merged.services) ? merged.services : {}) };
    for (const [k, v] of Object.entries(isDict(doc.services) ? doc.services : {})) {
      services[k] = isDict(services[k]) && isDict(v) ? { ...(services[k] as Dict), ...v } : v;
    }
    merged = { ...merged, ...doc, services };
  }
  for (const name of missing) warnings.unshift(warn(`The "${name}" variable is not set. Defaulting to a blank string.`));
  if (Object.keys(merged).length === 0) throw new ComposeError('empty compose file');

  const fromFile = typeof merged.name === 'string' ? merged.name : undefined;
  const folder = opts.workingDir.split('/').filter(Boolean).pop() ?? '';
  const name = normalizeProjectName(opts.projectName ?? fromFile ?? folder);
  if (!name) throw new ComposeError('project name must not be empty');
  if (opts.projectName && opts.projectName !== name) {
    throw new ComposeError(`invalid project name "${opts.projectName}": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`);
  }
  const file = opts.files[0].path;
  const ctx = { file, workingDir: opts.workingDir, env, readFile: opts.readFile, warnings };
  const services = Object.entries(isDict(merged.services) ? merged.services : {}).map(([n, s]) => parseService(n, s, ctx));
  const volumes = resources('volumes', merged.volumes, name, file);
  const networks = resources('networks', merged.networks, name, file);
  if (services.some((s) => s.networks.includes('default')) && !networks.default) {
    networks.default = { name: `${name}_default`, external: false };
  }

  // loader/validate.go, in its order.
  for (const s of services) {
    if (!s.build && !s.image) throw new ComposeError(`service "${s.name}" has neither an image nor a build context specified: invalid compose project`);
    for (const n of s.networks) if (!networks[n]) throw new ComposeError(`service "${s.name}" refers to undefined network ${n}: invalid compose project`);
    for (const d of s.dependsOn) {
      if (!services.some((o) => o.name === d.service)) throw new ComposeError(`service "${s.name}" depends on undefined service "${d.service}": invalid compose project`);
    }
    for (const v of s.volumes) {
      if (v.type === 'volume' && v.source && !volumes[v.source]) throw new ComposeError(`service "${s.name}" refers to undefined volume ${v.source}: invalid compose project`);
    }
  }
  return { name, workingDir: opts.workingDir, files: opts.files.map((f) => f.path), services, volumes, networks, warnings };
}

/** Services in start order: each after those it depends on (compose-go graph). */
export function startOrder(project: ComposeProject): ComposeService[] {
  const done = new Set<string>();
  const out: ComposeService[] = [];
  const visiting = new Set<string>();
  const visit = (s: ComposeService) => {
    if (done.has(s.name)) return;
    if (visiting.has(s.name)) throw new ComposeError(`dependency cycle detected: ${[...visiting, s.name].join(' -> ')}`);
    visiting.add(s.name);
    for (const d of s.dependsOn) {
      const dep = project.services.find((o) => o.name === d.service);
      if (dep) visit(dep);
    }
    visiting.delete(s.name);
    done.add(s.name);
    out.push(s);
  };
  for (const s of [...project.services].sort((a, b) => a.name.localeCompare(b.name))) visit(s);
  return out;
}

/** `docker compose config`: the model in Compose's canonical YAML (keys sorted, long forms). */
export function configYaml(project: ComposeProject): string {
  const services: Dict = {};
  for (const s of [...project.services].sort((a, b) => a.name.localeCompare(b.name))) {
    const out: Dict = {};
    if (s.build) {
      const b: Dict = { context: s.build.context, dockerfile: s.build.dockerfile };
      if (Object.keys(s.build.args).length) b.args = s.build.args;
      if (s.build.target) b.target = s.build.target;
      out.build = b;
    }
    if (s.command) out.command = s.command;
    if (s.containerName) out.container_name = s.containerName;
    if (s.dependsOn.length) {
      out.depends_on = Object.fromEntries(s.dependsOn.map((d) => [d.service, { condition: d.condition, required: d.required }]));
    }
    if (s.replicas !== 1) out.deploy = { replicas: s.replicas };
    if (s.entrypoint) out.entrypoint = s.entrypoint;
    // Go marshals maps with sorted keys.
    const sorted = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1)));
    if (Object.keys(s.environment).length) out.environment = sorted(s.environment);
    if (s.healthcheck) {
      const h: Dict = { test: s.healthcheck.test };
      if (s.healthcheck.timeout) h.timeout = s.healthcheck.timeout;
      if (s.healthcheck.interval) h.interval = s.healthcheck.interval;
      if (s.healthcheck.retries !== undefined) h.retries = s.healthcheck.retries;
      if (s.healthcheck.startPeriod) h.start_period = s.healthcheck.startPeriod;
      out.healthcheck = h;
    }
    if (s.hostname) out.hostname = s.hostname;
    if (s.image) out.image = s.image;
    if (Object.keys(s.labels).length) out.labels = sorted(s.labels);
    out.networks = Object.fromEntries(s.networks.map((n) => [n, null]));
    if (s.ports.length) {
      out.ports = s.ports.map((p) => {
        const o: Dict = { mode: 'ingress' };
        if (p.hostIp) o.host_ip = p.hostIp;
        o.target = p.target;
        if (p.published) o.published = p.published;
        o.protocol = p.protocol;
        return o;
      });
    }
    if (s.restart) out.restart = s.restart;
    if (s.user) out.user = s.user;
    if (s.volumes.length) {
      out.volumes = s.volumes.map((v) => {
        const o: Dict = { type: v.type };
        if (v.source) o.source = v.source;
        o.target = v.target;
        if (v.readOnly) o.read_only = true;
        if (v.type === 'bind') o.bind = {};
        if (v.type === 'volume') o.volume = {};
        return o;
      });
    }
    if (s.workingDir) out.working_dir = s.workingDir;
    services[s.name] = out;
  }
  const resource = (r: Record<string, ComposeResource>) =>
    Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { name: v.name, ...(v.external ? { external: true } : {}) }]));
  const doc: Dict = { name: project.name, services };
  if (Object.keys(project.networks).length) doc.networks = resource(project.networks);
  if (Object.keys(project.volumes).length) doc.volumes = resource(project.volumes);
  return yaml.dump(doc, { lineWidth: -1, noRefs: true, quotingType: '"' }).replace(/: null$/gm, ': null').trimEnd();
}
