// The simulated BuildKit: builds an image from a Dockerfile and a context folder of the simulated
// file system, prints BuildKit's plain progress (`#5 [2/3] COPY …`, `#5 CACHED`, `#8 naming to …`)
// and its errors (excerpt of the Dockerfile, then `ERROR: failed to build: failed to solve: …`),
// and adds the image to the daemon with its configuration (CMD, ENTRYPOINT, ENV, EXPOSE,
// WORKDIR, USER, HEALTHCHECK), its parent (so that it behaves like its base: nginx serves the
// COPY'd pages) and its layers (for `docker history`). Each layer keeps a cache key: the same
// instruction on the same parent with the same files is `CACHED` at the next build.
// Formats from github:moby/buildkit 73ed6825c4b7569379ef89df0aedcdbe64473d31 (2026-08-21):
//   util/progress/progressui/printer.go (plain lines), display.go (error logs), solver/errdefs/
//   source.go, solver/edge.go and solver/llbsolver/ops/opsutils/contenthash.go (« failed to compute
//   cache key: failed to calculate checksum of ref … not found »), frontend/dockerfile/dockerfile2llb/
//   convert.go (stages, target, « did not complete successfully »), frontend/dockerfile/linter;
// and github:docker/buildx 461836ba0fcb3e847dab6045a726889faa150bdb (2026-08-20): commands/build.go
//   (« ERROR: failed to build: », warnings), build/opt.go (context, tags).
import { catalogueEntry, entryDigest, knownRepo, splitRef } from './catalogue';
import { DockerfileError, expandWord, parseDockerfile, sourceExcerpt, suggestion, type Dockerfile, type Instruction, type Stage } from './dockerfile';
import { entryOf, imageFiles, now, pullImage } from './engine';
import { FileSystem, resolvePath } from './fs';
import { digestOf } from './ids';
import { simulateRun, type Distro } from './run-step';
import { findImage, type Image, type ImageConfig, type ImageLayer, type SimState } from './state';

export interface BuildRequest {
  /** Absolute path of the context folder. */
  contextDir: string;
  /** Absolute path of the Dockerfile. */
  dockerfilePath: string;
  /** References to give the image, normalised (`mon-site:1.0`). */
  tags: string[];
  target?: string;
  buildArgs: Record<string, string>;
  noCache: boolean;
  /** `-q`: only the image id. */
  quiet: boolean;
  labels?: Record<string, string>;
}

export interface BuildResult {
  lines: string[];
  exitCode: number;
  image?: Image;
}

/** An image configuration with the HEALTHCHECK a Dockerfile may declare. */
export type BuiltConfig = ImageConfig & { healthcheck?: { test: string[]; interval?: string; timeout?: string; retries?: number } };

/** A layer with the key the build cache finds it by. */
type CachedLayer = ImageLayer & { cacheKey?: string };

const MB = 1e6;

/** docker.io/library/nginx:1.30 as BuildKit names a reference. */
export function fullRef(ref: string): string {
  const [repo, tag] = splitRef(ref);
  const path = repo.includes('/') ? (/^[^/]+[.:][^/]*\//.test(repo) ? repo : `docker.io/${repo}`) : `docker.io/library/${repo}`;
  return `${path}:${tag}`;
}

/** BuildKit's plain progress: numbered vertices separated by blank lines. */
class Progress {
  readonly lines: string[] = ['#0 building with "default" instance using docker driver'];
  private n = 0;
  private clock = 0;
  /** Failed vertices: name and logs, printed again between rules. */
  readonly failed: { name: string; logs: string[] }[] = [];

  vertex(name: string): number {
    this.lines.push('', `#${++this.n} ${name}`);
    return this.n;
  }
  line(n: number, text: string): void {
    this.lines.push(`#${n} ${text}`);
  }
  /** A log line of the process, with BuildKit's seconds since the vertex started. */
  log(n: number, text: string, at: number): void {
    this.lines.push(`#${n} ${at.toFixed(3)} ${text}`);
  }
  done(n: number, seconds: number): void {
    this.clock += seconds;
    this.lines.push(`#${n} DONE ${seconds.toFixed(1)}s`);
  }
  cached(n: number): void {
    this.lines.push(`#${n} CACHED`);
  }
  error(n: number, name: string, message: string, logs: string[] = []): void {
    this.lines.push(`#${n} ERROR: ${message}`);
    this.failed.push({ name, logs });
  }
}

const bytesShown = (text: string) => `${new TextEncoder().encode(text).length}B`;

/** The files of the context, `.dockerignore` applied (relative paths → content). */
export function contextFiles(fs: FileSystem, dir: string): Map<string, string> {
  const ignore = (fs.read(`${dir}/.dockerignore`) ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const rules = ignore.map((raw) => {
    const negate = raw.startsWith('!');
    const pattern = (negate ? raw.slice(1) : raw).replace(/^\/+/, '').replace(/\/+$/, '');
    const re = new RegExp(
      `^${pattern
        .split('/')
        .map((part) => (part === '**' ? '.*' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')))
        .join('/')
        .replace(/\.\*\//g, '(?:.*/)?')}(?:/.*)?$`,
    );
    return { negate, re };
  });
  const out = new Map<string, string>();
  for (const path of fs.walk(dir)) {
    const entry = fs.get(path);
    if (!entry || entry.type !== 'file') continue;
    const rel = path.slice(dir === '/' ? 1 : dir.length + 1);
    let excluded = false;
    for (const r of rules) if (r.re.test(rel)) excluded = !r.negate;
    if (!excluded) out.set(rel, entry.content);
  }
  return out;
}

/** BuildKit's ids of a context snapshot: 25 characters of [a-z0-9]. */
function refId(text: string): string {
  const hex = digestOf(text);
  let out = '';
  for (let i = 0; i < 25; i++) out += parseInt(hex.slice(i * 2, i * 2 + 2), 16).toString(36).slice(-1);
  return out;
}

function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
}

/** Config as `docker history` shows a metadata instruction. */
function historyOf(ins: Instruction, expanded: string): string {
  switch (ins.keyword) {
    case 'EXPOSE':
      return `EXPOSE map[${expanded.split(/\s+/).map((p) => `${p.includes('/') ? p : `${p}/tcp`}:{}`).join(' ')}]`;
    case 'CMD':
    case 'ENTRYPOINT':
      return ins.json ? `${ins.keyword} [${ins.args.map((a) => JSON.stringify(a)).join(' ')}]` : `${ins.keyword} ["/bin/sh" "-c" ${JSON.stringify(ins.rest)}]`;
    case 'VOLUME':
      return `VOLUME [${(ins.json ? ins.args : ins.args).join(' ')}]`;
    default:
      return `${ins.keyword} ${expanded}`;
  }
}

interface StageState {
  stage: Stage;
  fs: FileSystem;
  /** The image it starts from (a catalogue or local image), for parent and behaviour. */
  root?: Image;
  config: BuiltConfig;
  env: Record<string, string>;
  args: Record<string, string | undefined>;
  /** Files added by this build (and the stages it builds on). */
  added: Record<string, string>;
  layers: CachedLayer[];
  key: string;
  distro: Distro;
  repo: string;
  bytes: number;
}

function distroOf(os: string | undefined, repo: string): Distro {
  if (!os) return repo === 'busybox' ? 'busybox' : 'other';
  if (os.startsWith('Alpine')) return 'alpine';
  if (os.startsWith('Ubuntu')) return 'ubuntu';
  return 'debian';
}

function envList(env: Record<string, string>): string[] {
  return Object.entries(env).map(([k, v]) => `${k}=${v}`);
}

function envMap(list: string[]): Record<string, string> {
  return Object.fromEntries(list.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
}

/** Which stages the target needs (BuildKit builds only those). */
function neededStages(df: Dockerfile, target: Stage, resolveName: (s: string) => Stage | undefined): Set<number> {
  const need = new Set<number>();
  const visit = (s: Stage) => {
    if (need.has(s.index)) return;
    need.add(s.index);
    const base = resolveName(s.base);
    if (base && base.index < s.index) visit(base);
    for (const ins of s.instructions) {
      const from = ins.flags.from;
      if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && from !== undefined) {
        const st = resolveName(from) ?? (/^\d+$/.test(from) ? df.stages[Number(from)] : undefined);
        if (st && st.index < s.index) visit(st);
      }
    }
  };
  visit(target);
  return need;
}

/** Runs a build. Never throws for the learner's mistakes: they become BuildKit's error lines. */
export function buildImage(state: SimState, req: BuildRequest): BuildResult {
  const p = new Progress();
  const dfName = req.dockerfilePath.slice(req.dockerfilePath.lastIndexOf('/') + 1);
  const fail = (message: string, excerpt?: { line: number; endLine: number }, df?: Dockerfile): BuildResult => {
    const lines = [...p.lines];
    for (const f of p.failed) lines.push('------', ` > ${f.name}:`, ...f.logs, '------');
    if (excerpt && df) lines.push(...sourceExcerpt(dfName, df.lines, excerpt.line, excerpt.endLine));
    lines.push(`ERROR: failed to build: failed to solve: ${message}`);
    return { lines: req.quiet ? lines.filter((l) => l.startsWith('ERROR') || !l.startsWith('#')).filter((l) => l) : lines, exitCode: 1 };
  };

  // 1. The Dockerfile.
  const text = state.fs.read(req.dockerfilePath);
  let n = p.vertex(`[internal] load build definition from ${dfName}`);
  p.line(n, `transferring dockerfile: ${text === undefined ? '2B' : bytesShown(text)} done`);
  p.done(n, 0);
  if (text === undefined) {
    const shown = req.dockerfilePath.startsWith(`${req.contextDir}/`) ? req.dockerfilePath.slice(req.contextDir.length + 1) : req.dockerfilePath;
    return fail(`failed to read dockerfile: open ${shown}: no such file or directory`);
  }
  let df: Dockerfile;
  try {
    df = parseDockerfile(text);
  } catch (e) {
    if (!(e instanceof DockerfileError)) throw e;
    return fail(e.message, e.endLine > 0 ? e : undefined, { lines: text.split('\n').slice(0, text.endsWith('\n') ? -1 : undefined), metaArgs: [], stages: [], escape: '\\', warnings: [] });
  }

  // 2. Target and needed stages.
  const byName = (name: string) => df.stages.find((s) => s.name === name.toLowerCase());
  let target = df.stages[df.stages.length - 1];
  if (req.target) {
    const t = byName(req.target);
    if (!t) return fail(`target stage "${req.target}" could not be found${suggestion(req.target, df.stages.map((s) => s.name ?? '').filter(Boolean), true)}`);
    target = t;
  }
  const needed = neededStages(df, target, byName);
  const stages = df.stages.filter((s) => needed.has(s.index));
  const multi = df.stages.length > 1;
  const stageLabel = (s: Stage) => (multi ? `${s.name ?? `stage-${s.index}`} ` : '');

  // Meta ARGs (before FROM), overridden by --build-arg.
  const metaEnv: Record<string, string> = {};
  for (const a of df.metaArgs) {
    for (const { key, value } of a.pairs) {
      const v = req.buildArgs[key] ?? (value === undefined ? undefined : expandWord(value, metaEnv));
      if (v !== undefined) metaEnv[key] = v;
    }
  }

  // 3. Metadata of the base images (one vertex each, in order of first use).
  const bases = new Map<string, string>(); // written base → full ref
  for (const s of stages) {
    const base = expandWord(s.base, metaEnv);
    if (byName(base) && byName(base)!.index < s.index) continue;
    if (base === 'scratch') continue;
    if (!bases.has(base)) bases.set(base, fullRef(base));
  }
  for (const [base, full] of bases) {
    n = p.vertex(`[internal] load metadata for ${full}`);
    const local = findImage(state, base);
    if (!local && !catalogueEntry(base)) {
      const [repo] = splitRef(base);
      if (knownRepo(repo)) {
        p.error(n, `[internal] load metadata for ${full}`, `${full}: not found`);
        return fail(`${base}: failed to resolve source metadata for ${full}: ${full}: not found`);
      }
      const msg = 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
      p.error(n, `[internal] load metadata for ${full}`, msg);
      return fail(`${base}: failed to resolve source metadata for ${full}: ${msg}`);
    }
    p.done(n, local ? 0 : 0.9);
  }

  // 4. The .dockerignore and the warnings of the linter.
  const ignoreText = state.fs.read(`${req.contextDir}/.dockerignore`);
  n = p.vertex('[internal] load .dockerignore');
  p.line(n, `transferring context: ${ignoreText === undefined ? '2B' : bytesShown(ignoreText)} done`);
  p.done(n, 0);
  const warnings: string[] = [];
  for (const ins of target.instructions) {
    if ((ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && !ins.json && ins.rest) {
      warnings.push(`JSONArgsRecommended: JSON arguments recommended for ${ins.keyword} to prevent unintended behavior related to OS signals (line ${ins.line})`);
    }
  }
  for (const w of df.warnings) warnings.push(`NoEmptyContinuation: ${w}`);

  const context = contextFiles(state.fs, req.contextDir);
  let contextLoaded = false;
  const contextRef = `${refId(`${req.contextDir}:${state.seq}`)}::${refId(`${req.contextDir}:${state.seq}:snapshot`)}`;
  const built = new Map<number, StageState>();
  let anyBuilt = false;

  for (const stage of stages) {
    const label = stageLabel(stage);
    const steps = stage.instructions.filter((i) => ['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(i.keyword));
    const total = steps.length + 1;
    let stepNo = 1;
    const base = expandWord(stage.base, metaEnv);
    const parentStage = byName(base);
    let st: StageState;
    if (parentStage && built.has(parentStage.index)) {
      const from = built.get(parentStage.index)!;
      st = { ...from, stage, fs: from.fs.clone(), config: { ...from.config }, env: { ...from.env }, args: {}, added: { ...from.added }, layers: [...from.layers] };
    } else if (base === 'scratch') {
      st = { stage, fs: new FileSystem(), config: { cmd: [], entrypoint: [], env: [], exposedPorts: [], workingDir: '', user: '' }, env: {}, args: {}, added: {}, layers: [], key: 'scratch', distro: 'other', repo: '', bytes: 0 };
    } else {
      let image = findImage(state, base);
      const full = bases.get(base)!;
      n = p.vertex(`[${label}1/${total}] FROM ${full}@${image?.repoDigests[0]?.split('@')[1] ?? entryDigest(catalogueEntry(base)!)}`);
      const digest = image?.repoDigests[0]?.split('@')[1] ?? entryDigest(catalogueEntry(base)!);
      p.line(n, `resolve ${full}@${digest} done`);
      if (!image) {
        const pulled = pullImage(state, base);
        if ('error' in pulled) return fail(pulled.error);
        image = pulled.image;
        for (const layer of image.layers) p.line(n, `sha256:${layer.digest.slice(7)} ${(layer.size / MB).toFixed(2)}MB / ${(layer.size / MB).toFixed(2)}MB 0.4s done`);
        for (const layer of image.layers) p.line(n, `extracting sha256:${layer.digest.slice(7)} 0.2s done`);
        p.done(n, 1.2);
      } else p.done(n, 0);
      const entry = entryOf(state, image);
      st = {
        stage, fs: imageFiles(state, image), root: image, config: { ...image.config, env: [...image.config.env] } as BuiltConfig, env: envMap(image.config.env), args: {},
        added: {}, layers: [...image.layers], key: image.id, distro: distroOf(entry?.os, entry?.repo ?? ''), repo: entry?.repo ?? '', bytes: 0,
      };
    }
    stepNo++;
    const vars = () => ({ ...metaEnv, ...st.args, ...st.env }) as Record<string, string>;
    let cmdSet = false;

    for (const ins of stage.instructions) {
      const expandedRest = ins.keyword === 'RUN' || ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT' || ins.keyword === 'HEALTHCHECK' ? ins.rest : ins.args.map((a) => expandWord(a, vars())).join(' ');
      const stepName = `[${label}${stepNo}/${total}] ${ins.original}`;
      const metaLayer = (createdBy: string) => {
        st.key = digestOf(`${st.key}|${createdBy}`);
        st.layers.push({ digest: `sha256:${digestOf(`empty:${st.key}`)}`, size: 0, createdBy, createdAt: now(state), cacheKey: st.key });
      };
      switch (ins.keyword) {
        case 'ENV':
          for (const { key, value } of ins.pairs) st.env[key] = expandWord(value ?? '', vars());
          st.config.env = envList(st.env);
          metaLayer(`ENV ${ins.pairs.map(({ key }) => `${key}=${st.env[key]}`).join(' ')}`);
          continue;
        case 'ARG':
          for (const { key, value } of ins.pairs) st.args[key] = req.buildArgs[key] ?? metaEnv[key] ?? (value === undefined ? undefined : expandWord(value, vars()));
          metaLayer(`ARG ${ins.pairs.map(({ key, value }) => (value === undefined ? key : `${key}=${value}`)).join(' ')}`);
          continue;
        case 'LABEL':
          st.config.labels = { ...(st.config.labels ?? {}) };
          for (const { key, value } of ins.pairs) st.config.labels[expandWord(key, vars())] = expandWord(value ?? '', vars());
          metaLayer(`LABEL ${expandedRest}`);
          continue;
        case 'EXPOSE':
          for (const port of ins.args.map((a) => expandWord(a, vars()))) {
            const withProto = port.includes('/') ? port : `${port}/tcp`;
            if (!st.config.exposedPorts.includes(withProto)) st.config.exposedPorts = [...st.config.exposedPorts, withProto];
          }
          metaLayer(historyOf(ins, expandedRest));
          continue;
        case 'USER':
          st.config.user = expandedRest;
          metaLayer(`USER ${expandedRest}`);
          continue;
        case 'CMD':
          cmdSet = true;
          st.config.cmd = ins.json ? [...ins.args] : ['/bin/sh', '-c', ins.rest];
          metaLayer(historyOf(ins, expandedRest));
          continue;
        case 'ENTRYPOINT':
          st.config.entrypoint = ins.json ? [...ins.args] : ['/bin/sh', '-c', ins.rest];
          // A new ENTRYPOINT resets the CMD inherited from the base image, not one set in this stage.
          if (!cmdSet) st.config.cmd = [];
          metaLayer(historyOf(ins, expandedRest));
          continue;
        case 'VOLUME':
          st.config.volumes = [...(st.config.volumes ?? []), ...ins.args.map((a) => expandWord(a, vars()))];
          metaLayer(historyOf(ins, expandedRest));
          continue;
        case 'STOPSIGNAL':
          st.config.stopSignal = expandedRest;
          metaLayer(`STOPSIGNAL ${expandedRest}`);
          continue;
        case 'HEALTHCHECK':
          if (ins.rest === 'NONE') delete st.config.healthcheck;
          else {
            st.config.healthcheck = {
              test: ins.json ? ['CMD', ...ins.args] : ['CMD-SHELL', ins.args[0]],
              interval: ins.flags.interval, timeout: ins.flags.timeout, retries: ins.flags.retries ? Number(ins.flags.retries) : undefined,
            };
          }
          metaLayer(`HEALTHCHECK ${ins.original.replace(/^HEALTHCHECK\s+/i, '')}`);
          continue;
        case 'SHELL':
        case 'MAINTAINER':
        case 'ONBUILD':
          metaLayer(`${ins.keyword} ${expandedRest}`);
          continue;
        default:
      }

      // A step with a vertex: WORKDIR, COPY, ADD, RUN.
      stepNo++;
      let createdBy = '';
      let checksum = '';
      const sources: { rel: string; content: string; dir: boolean }[] = [];
      let copyFromFs: FileSystem | undefined;
      if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
        const from = ins.flags.from;
        const words = ins.json ? ins.args : ins.args.map((a) => expandWord(a, vars()));
        const srcs = ins.heredocs.length ? [] : words.slice(0, -1);
        if (from !== undefined) {
          const fromStage = byName(from) ?? (/^\d+$/.test(from) ? df.stages[Number(from)] : undefined);
          if (fromStage && built.has(fromStage.index)) copyFromFs = built.get(fromStage.index)!.fs;
          else {
            let image = findImage(state, from);
            if (!image) {
              if (!catalogueEntry(from)) {
                return fail(`${from}: failed to resolve source metadata for ${fullRef(from)}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`);
              }
              const pulled = pullImage(state, from);
              if ('error' in pulled) return fail(pulled.error);
              image = pulled.image;
            }
            copyFromFs = imageFiles(state, image);
          }
        } else if (!contextLoaded && srcs.some((s) => !/^https?:\/\//.test(s))) {
          contextLoaded = true;
          const cn = p.vertex('[internal] load build context');
          p.line(cn, `transferring context: ${[...context.values()].reduce((s, c) => s + new TextEncoder().encode(c).length, 0) + 32 * context.size}B done`);
          p.done(cn, 0);
        }
        for (const src of srcs) {
          if (/^https?:\/\//.test(src)) {
            sources.push({ rel: src.slice(src.lastIndexOf('/') + 1) || 'index.html', content: `# ${src}\n`, dir: false });
            continue;
          }
          const clean = resolvePath(src, '/').slice(1);
          let found: { rel: string; content: string; dir: boolean }[] = [];
          if (copyFromFs) {
            const abs = `/${clean}`;
            if (copyFromFs.isFile(abs)) found = [{ rel: clean, content: copyFromFs.read(abs)!, dir: false }];
            else if (copyFromFs.isDir(abs)) {
              found = copyFromFs.walk(abs).filter((k) => copyFromFs!.isFile(k)).map((k) => ({ rel: k.slice(abs.length + 1), content: copyFromFs!.read(k)!, dir: true }));
              if (found.length === 0) found = [{ rel: '', content: '', dir: true }];
            }
          } else if (/[*?]/.test(clean)) {
            const re = glob(clean);
            found = [...context].filter(([k]) => re.test(k)).map(([k, c]) => ({ rel: k, content: c, dir: false }));
          } else if (clean === '' || [...context.keys()].some((k) => k.startsWith(`${clean}/`))) {
            const prefix = clean ? `${clean}/` : '';
            found = [...context].filter(([k]) => k.startsWith(prefix)).map(([k, c]) => ({ rel: k.slice(prefix.length), content: c, dir: true }));
          } else if (context.has(clean)) found = [{ rel: clean, content: context.get(clean)!, dir: false }];
          if (found.length === 0) {
            const vertexNo = p.vertex(stepName);
            const ref = copyFromFs ? `${refId(`${from}:${state.seq}`)}::${refId(`${from}:${state.seq}:s`)}` : contextRef;
            const msg = `failed to calculate checksum of ref ${ref}: "/${clean}": not found`;
            p.error(vertexNo, stepName, msg);
            return fail(`failed to compute cache key: ${msg}`, ins, df);
          }
          sources.push(...found.map((f) => ({ ...f, rel: f.dir ? `\u0000${f.rel}` : f.rel })));
        }
        for (const h of ins.heredocs) sources.push({ rel: h.name, content: h.content, dir: false });
        checksum = digestOf(sources.map((s) => `${s.rel}\u0001${s.content}`).join('\u0002'));
        createdBy = `${ins.keyword} ${ins.original.replace(/^\S+\s+/, '')} # buildkit`;
      } else if (ins.keyword === 'WORKDIR') createdBy = `WORKDIR ${resolvePath(expandedRest, st.config.workingDir || '/')}`;
      else createdBy = `RUN ${ins.json ? ins.args.join(' ') : `/bin/sh -c ${ins.rest}`} # buildkit`;

      const key = digestOf(`${st.key}|${createdBy}|${checksum}|${ins.keyword === 'RUN' ? envList({ ...st.args as Record<string, string>, ...st.env }).join(',') : ''}`);
      const vertexNo = p.vertex(stepName);
      const cached = req.noCache ? undefined : findCached(state, key);

      // Apply the step to the stage's files (also when cached: later steps need them).
      const added: Record<string, string> = {};
      let bytes = 0;
      let runSeconds = 0;
      if (ins.keyword === 'WORKDIR') {
        st.config.workingDir = resolvePath(expandedRest, st.config.workingDir || '/');
        st.fs.mkdirp(st.config.workingDir);
        added[`${st.config.workingDir}/`] = '';
      } else if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
        const words = ins.json ? ins.args : ins.args.map((a) => expandWord(a, vars()));
        const destWord = words[words.length - 1];
        const dest = resolvePath(destWord, st.config.workingDir || '/');
        const toDir = destWord.endsWith('/') || destWord === '.' || sources.length > 1 || sources.some((s) => s.rel.startsWith('\u0000')) || st.fs.isDir(dest);
        if (sources.filter((s) => !s.rel.startsWith('\u0000')).length > 1 && !destWord.endsWith('/')) {
          p.error(vertexNo, stepName, 'When using COPY with more than one source file, the destination must be a directory and end with a /');
          return fail('When using COPY with more than one source file, the destination must be a directory and end with a /', ins, df);
        }
        for (const s of sources) {
          const isDirEntry = s.rel.startsWith('\u0000');
          const rel = isDirEntry ? s.rel.slice(1) : s.rel.slice(s.rel.lastIndexOf('/') + 1);
          if (isDirEntry && !rel) continue;
          const target = toDir ? `${dest === '/' ? '' : dest}/${rel}` : dest;
          st.fs.mkdirp(target.slice(0, target.lastIndexOf('/')) || '/');
          st.fs.write(target, s.content);
          added[target] = s.content;
          bytes += new TextEncoder().encode(s.content).length;
        }
        if (toDir) st.fs.mkdirp(dest);
      } else {
        const outcome = simulateRun(ins.json ? ins.args : ins.heredocs.length ? ins.heredocs.map((h) => h.content).join('\n') : ins.rest, {
          fs: st.fs, env: { ...(st.args as Record<string, string>), ...st.env }, workdir: st.config.workingDir || '/', distro: st.distro, repo: st.repo,
        });
        if (!cached) {
          let t = 0.2;
          for (const l of outcome.logs) {
            p.log(vertexNo, l, t);
            t += outcome.seconds / Math.max(1, outcome.logs.length);
          }
        }
        if (outcome.exitCode !== 0) {
          const process = ins.json ? ins.args.join(' ') : `/bin/sh -c ${ins.rest}`;
          const msg = `process "${process}" did not complete successfully: exit code: ${outcome.exitCode}`;
          let t = 0.2;
          p.error(vertexNo, stepName, msg, outcome.logs.map((l) => {
            const line = `${t.toFixed(3)} ${l}`;
            t += outcome.seconds / Math.max(1, outcome.logs.length);
            return line;
          }));
          return fail(msg, ins, df);
        }
        Object.assign(added, outcome.written);
        bytes = outcome.bytes;
        runSeconds = outcome.seconds;
      }
      Object.assign(st.added, added);
      st.bytes += bytes;
      st.key = key;
      if (cached) {
        p.cached(vertexNo);
        st.layers.push(cached);
      } else {
        anyBuilt = true;
        p.done(vertexNo, ins.keyword === 'RUN' ? runSeconds + 0.2 : 0.1);
        st.layers.push({ digest: `sha256:${digestOf(`layer:${key}`)}`, size: Math.max(bytes, ins.keyword === 'WORKDIR' ? 0 : 4096), createdBy, createdAt: now(state), files: added, cacheKey: key });
      }
    }
    built.set(stage.index, st);
  }

  // 5. The image.
  const st = built.get(target.index)!;
  const config: BuiltConfig = { ...st.config, env: envList(st.env) };
  const id = `sha256:${digestOf(`image:${st.key}:${JSON.stringify(config)}:${JSON.stringify(req.labels ?? {})}`)}`;
  if (req.labels) config.labels = { ...(config.labels ?? {}), ...req.labels };
  const newBytes = st.layers.filter((l) => !st.root?.layers.includes(l)).reduce((s, l) => s + l.size, 0);
  let image = state.images.find((i) => i.id === id);
  if (!image) {
    image = {
      id,
      repoTags: [],
      repoDigests: [],
      size: (st.root?.size ?? 0) + newBytes,
      contentSize: (st.root?.contentSize ?? 0) + Math.round(newBytes * 0.4),
      layers: st.layers,
      config,
      createdAt: now(state),
      files: st.added,
      parent: st.root?.id,
    };
    state.images.push(image);
  }
  const result: Image = image;
  for (const tag of req.tags) {
    for (const other of state.images) if (other !== result) other.repoTags = other.repoTags.filter((t) => t !== tag);
    if (!result.repoTags.includes(tag)) result.repoTags.push(tag);
  }
  const allCached = !anyBuilt;
  n = p.vertex('exporting to image');
  p.line(n, allCached ? 'exporting layers done' : 'exporting layers 0.1s done');
  p.line(n, `exporting manifest sha256:${digestOf(`manifest:${id}`)} done`);
  p.line(n, `exporting config ${id} done`);
  p.line(n, `exporting attestation manifest sha256:${digestOf(`attest:${id}`)} done`);
  p.line(n, `exporting manifest list sha256:${digestOf(`list:${id}`)} done`);
  for (const tag of req.tags) p.line(n, `naming to ${fullRef(tag)} done`);
  for (const tag of req.tags) p.line(n, `unpacking to ${fullRef(tag)} 0.1s done`);
  p.done(n, 0.2);
  if (req.quiet) return { lines: [id], exitCode: 0, image: result };
  const lines = [...p.lines];
  if (warnings.length) {
    lines.push('', ` ${warnings.length === 1 ? '1 warning found' : `${warnings.length} warnings found`} (use docker --debug to expand):`);
    for (const w of warnings) lines.push(` - ${w}`);
  }
  return { lines, exitCode: 0, image: result };
}

/** A layer built before with the same key (the build cache survives as long as an image keeps it). */
function findCached(state: SimState, key: string): CachedLayer | undefined {
  for (const image of state.images) {
    for (const layer of image.layers as CachedLayer[]) if (layer.cacheKey === key) return layer;
  }
  return undefined;
}
