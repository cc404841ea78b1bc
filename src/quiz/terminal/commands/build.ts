// `docker build`, `docker buildx build`, `docker image build`: reads the options (the grader's
// table, src/quiz/cli/buildx.ts), checks the context and tags as buildx does, then runs the
// simulated BuildKit (../image-build.ts). Progress goes to stderr, `-q` prints the id on stdout.
// Wording: github:docker/buildx 461836ba0fcb3e847dab6045a726889faa150bdb build/opt.go
// (« unable to prepare context: path %q not found », « invalid tag %q »), commands/build.go.
import { buildImage } from '../image-build';
import { resolvePath } from '../fs';
import { registerDocker, type CommandContext } from './registry';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);

/** Why a reference cannot name an image (distribution/reference), or null. */
export function tagProblem(tag: string): string | null {
  const name = tag.replace(/:[\w][\w.-]{0,127}$/, '');
  if (/[A-Z]/.test(name)) return 'repository name must be lowercase';
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?$/.test(tag)) {
    return 'invalid reference format';
  }
  return null;
}

function build(ctx: CommandContext): number {
  const { state, parsed, out } = ctx;
  const written = parsed.writtenArgs[0] ?? ctx.args[0] ?? '.';
  if (/^(https?:\/\/|git@)|\.git$/.test(written) || written === '-') {
    out.err(`Cette forme de contexte n’est pas simulée ici : ${written}. Le terminal construit depuis un dossier (docker build -t nom:tag .). Voir /dockerfile/instructions/`);
    return 127;
  }
  const contextDir = resolvePath(written, state.cwd, state.home);
  const tags = list(parsed.options.get('tag'));
  const writtenTags = parsed.writtenValues.get('tag') ?? tags;
  for (const [k, tag] of writtenTags.entries()) {
    const problem = tagProblem(tag.includes(':') || tag.includes('@') ? tag : tag);
    if (problem) {
      out.err(`ERROR: failed to build: invalid tag ${JSON.stringify(writtenTags[k])}: ${problem}`);
      return 1;
    }
  }
  if (!state.fs.isDir(contextDir)) {
    out.err(`ERROR: failed to build: unable to prepare context: path ${JSON.stringify(written)} not found`);
    return 1;
  }
  const file = parsed.options.get('file');
  // -f is read from the current folder (buildx), the default inside the context.
  const dockerfilePath = file === undefined ? `${contextDir === '/' ? '' : contextDir}/Dockerfile` : resolvePath(String(parsed.writtenValues.get('file')?.[0] ?? file), state.cwd, state.home);
  const buildArgs: Record<string, string> = {};
  for (const a of list(parsed.options.get('build-arg'))) {
    const eq = a.indexOf('=');
    if (eq < 0) {
      const fromEnv = state.env[a];
      if (fromEnv !== undefined) buildArgs[a] = fromEnv;
    } else buildArgs[a.slice(0, eq)] = a.slice(eq + 1);
  }
  const labels: Record<string, string> = {};
  for (const l of list(parsed.options.get('label'))) labels[l.split('=')[0]] = l.slice(l.indexOf('=') + 1);
  const result = buildImage(state, {
    contextDir,
    dockerfilePath,
    tags: tags.map((t) => (t.includes(':') ? t : `${t}:latest`)),
    target: parsed.options.get('target') === undefined ? undefined : String(parsed.options.get('target')),
    buildArgs,
    noCache: parsed.options.get('no-cache') === true,
    quiet: parsed.options.get('quiet') === true,
    labels: Object.keys(labels).length ? labels : undefined,
  });
  if (parsed.options.get('quiet') === true && result.exitCode === 0) out.out(result.lines.join('\n'));
  else out.err(result.lines.join('\n'));
  return result.exitCode;
}

registerDocker('buildx build', build);
