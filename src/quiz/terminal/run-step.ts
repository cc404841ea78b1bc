// What a Dockerfile RUN does in the simulated build: the usual package managers (apt-get, apk,
// pip, npm) and the small file commands, with their real output lines, exit codes and errors
// (`E: Unable to locate package`, `/bin/sh: 1: apk: not found`, pip's missing requirements
// file…), and the files and bytes they add to the layer. Anything else that looks like a real
// program succeeds silently; an unknown word fails as the shell says it (exit 127).
import { shellWords } from './compose-file';
import { FileSystem, resolvePath } from './fs';

export type Distro = 'debian' | 'ubuntu' | 'alpine' | 'busybox' | 'other';

export interface RunContext {
  fs: FileSystem;
  env: Record<string, string>;
  workdir: string;
  distro: Distro;
  /** Tools of the base image: `python`, `node`… (from the catalogue repository). */
  repo: string;
}

export interface RunOutcome {
  /** Lines the process printed (without BuildKit's time prefix). */
  logs: string[];
  exitCode: number;
  /** Bytes the step adds to the image. */
  bytes: number;
  /** Simulated duration, seconds. */
  seconds: number;
  /** Files written or changed (absolute path → content). */
  written: Record<string, string>;
}

const MB = 1e6;

/** Packages the course's examples install, with a version and an installed size. */
const DEB: Record<string, [string, number]> = {
  curl: ['8.14.1-2', 0.5 * MB], wget: ['1.25.0-2', 3.6 * MB], git: ['1:2.47.3-0+deb13u1', 22 * MB], vim: ['2:9.1.1230-2', 41 * MB],
  nano: ['8.4-1', 2.9 * MB], 'ca-certificates': ['20250419', 0.4 * MB], 'build-essential': ['12.12', 210 * MB], gcc: ['4:14.2.0-1', 64 * MB],
  make: ['4.4.1-2', 1.8 * MB], 'iputils-ping': ['3:20240905-3', 0.3 * MB], procps: ['2:4.0.4-9', 2.5 * MB], jq: ['1.7.1-6', 0.9 * MB],
  'python3-pip': ['25.1.1+dfsg-1', 11 * MB], python3: ['3.13.5-1', 25 * MB], 'libpq-dev': ['17.6-0+deb13u1', 1.2 * MB], tini: ['0.19.0-3', 0.8 * MB],
  nginx: ['1.26.3-3', 4.1 * MB], 'postgresql-client': ['17+278', 12 * MB], 'default-mysql-client': ['1.1.1', 23 * MB], unzip: ['6.0-29', 0.4 * MB],
};
const APK: Record<string, [string, number]> = {
  curl: ['8.17.0-r0', 0.3 * MB], bash: ['5.3.3-r1', 1.4 * MB], git: ['2.52.0-r0', 14 * MB], 'ca-certificates': ['20251003-r0', 0.7 * MB],
  tzdata: ['2025b-r0', 1.3 * MB], wget: ['1.25.0-r2', 0.6 * MB], python3: ['3.12.12-r0', 42 * MB], nodejs: ['22.21.1-r0', 45 * MB], tini: ['0.19.0-r3', 0.1 * MB],
};
/** pip packages: version, size, dependencies. */
const PYPI: Record<string, [string, number, string[]]> = {
  flask: ['3.1.2', 0.3 * MB, ['blinker', 'click', 'itsdangerous', 'jinja2', 'markupsafe', 'werkzeug']],
  redis: ['7.1.0', 1.1 * MB, []], gunicorn: ['23.0.0', 0.4 * MB, ['packaging']], requests: ['2.32.5', 0.3 * MB, ['certifi', 'charset-normalizer', 'idna', 'urllib3']],
  django: ['5.2.8', 33 * MB, ['asgiref', 'sqlparse']], fastapi: ['0.121.2', 0.5 * MB, ['pydantic', 'starlette']], uvicorn: ['0.38.0', 0.3 * MB, ['click', 'h11']],
  'psycopg2-binary': ['2.9.11', 8.9 * MB, []], sqlalchemy: ['2.0.44', 12 * MB, ['greenlet']], numpy: ['2.3.5', 60 * MB, []],
  blinker: ['1.9.0', 0.04 * MB, []], click: ['8.3.1', 0.3 * MB, []], itsdangerous: ['2.2.0', 0.05 * MB, []], jinja2: ['3.1.6', 0.9 * MB, ['markupsafe']],
  markupsafe: ['3.0.3', 0.05 * MB, []], werkzeug: ['3.1.3', 1.2 * MB, ['markupsafe']], packaging: ['25.0', 0.2 * MB, []],
};

const PY_SITE = '/usr/local/lib/python3.14/site-packages';

function notFound(ctx: RunContext, program: string): string {
  // dash (Debian, Ubuntu) numbers the line; busybox ash (Alpine) does not.
  return ctx.distro === 'alpine' || ctx.distro === 'busybox' ? `/bin/sh: ${program}: not found` : `/bin/sh: 1: ${program}: not found`;
}

function has(ctx: RunContext, program: string): boolean {
  const path = (ctx.env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(':');
  if (path.some((dir) => ctx.fs.isFile(`${dir}/${program}`))) return true;
  const deb = ctx.distro === 'debian' || ctx.distro === 'ubuntu';
  switch (program) {
    case 'apt-get':
    case 'apt':
    case 'dpkg':
    case 'useradd':
    case 'groupadd':
      return deb;
    case 'apk':
    case 'adduser':
    case 'addgroup':
      return ctx.distro === 'alpine' || (deb && program !== 'apk');
    case 'pip':
    case 'pip3':
    case 'python':
    case 'python3':
      return ctx.repo === 'python';
    case 'npm':
    case 'node':
    case 'npx':
    case 'yarn':
      return ctx.repo === 'node';
    case 'go':
      return ctx.repo === 'golang';
    case 'curl':
      return ctx.repo === 'golang' || ctx.repo === 'node' || ctx.repo === 'nginx' && ctx.distro !== 'alpine';
    case 'wget':
      return ctx.distro === 'alpine' || ctx.distro === 'busybox';
    default:
      return ctx.distro !== 'other' && SHELL_TOOLS.has(program);
  }
}

const SHELL_TOOLS = new Set([
  'echo', 'printf', 'true', 'false', 'mkdir', 'touch', 'rm', 'cp', 'mv', 'ln', 'chmod', 'chown', 'cat', 'ls', 'sed', 'grep', 'tar', 'gzip', 'find',
  'test', 'sleep', 'id', 'whoami', 'env', 'sh', 'set', 'export', 'cd', 'exit', ':', 'rmdir', 'head', 'tail', 'sort', 'tee', 'xargs', 'which', 'date',
]);

interface Step {
  logs: string[];
  code: number;
  bytes: number;
  seconds: number;
}

const ok = (logs: string[] = [], bytes = 0, seconds = 0.1): Step => ({ logs, code: 0, bytes, seconds });
const fail = (logs: string[], code: number, seconds = 0.1): Step => ({ logs, code, bytes: 0, seconds });

function write(ctx: RunContext, out: RunOutcome, path: string, content: string, append = false): void {
  const p = resolvePath(path, ctx.workdir);
  const before = append ? (ctx.fs.read(p) ?? '') : '';
  ctx.fs.mkdirp(p.slice(0, p.lastIndexOf('/')) || '/');
  ctx.fs.write(p, before + content);
  out.written[p] = before + content;
}

function aptGet(ctx: RunContext, out: RunOutcome, args: string[]): Step {
  const sub = args.find((a) => !a.startsWith('-'));
  const ubuntu = ctx.distro === 'ubuntu';
  const mirror = ubuntu ? 'http://archive.ubuntu.com/ubuntu' : 'http://deb.debian.org/debian';
  const suite = ubuntu ? 'noble' : 'trixie';
  if (sub === 'update') {
    write(ctx, out, `/var/lib/apt/lists/${ubuntu ? 'archive.ubuntu.com' : 'deb.debian.org'}_${suite}_InRelease`, 'Release\n');
    const logs = ubuntu
      ? [`Get:1 ${mirror} ${suite} InRelease [256 kB]`, `Get:2 ${mirror} ${suite}-updates InRelease [126 kB]`, `Get:3 http://security.ubuntu.com/ubuntu ${suite}-security InRelease [126 kB]`, `Get:4 ${mirror} ${suite}/main amd64 Packages [1808 kB]`, 'Fetched 2316 kB in 2s (1158 kB/s)', 'Reading package lists...']
      : [`Get:1 ${mirror} ${suite} InRelease [140 kB]`, `Get:2 ${mirror} ${suite}-updates InRelease [47.3 kB]`, `Get:3 http://deb.debian.org/debian-security ${suite}-security InRelease [43.4 kB]`, `Get:4 ${mirror} ${suite}/main amd64 Packages [9670 kB]`, 'Fetched 9901 kB in 1s (8120 kB/s)', 'Reading package lists...'];
    return ok(logs, 48 * MB, 1.8);
  }
  if (sub === 'install') {
    const pkgs = args.slice(args.indexOf('install') + 1).filter((a) => !a.startsWith('-'));
    const yes = args.some((a) => a === '-y' || a === '--yes' || a === '-qy' || a === '-yq' || a === '--assume-yes');
    const head = ['Reading package lists...', 'Building dependency tree...', 'Reading state information...'];
    const lists = ctx.fs.walk('/var/lib/apt/lists').length > 1;
    if (!lists) return fail([...head, `E: Unable to locate package ${pkgs[0] ?? ''}`], 100, 0.4);
    const infos = pkgs.map((p) => [p.split('=')[0], ...(DEB[p.split('=')[0]] ?? ['1.0-1', 2 * MB])] as [string, string, number]);
    const total = infos.reduce((s, [, , b]) => s + b, 0);
    const logs = [...head, 'The following NEW packages will be installed:', `  ${infos.map(([p]) => p).join(' ')}`,
      `0 upgraded, ${infos.length} newly installed, 0 to remove and 0 not upgraded.`, `Need to get ${Math.round(total / 3e3)} kB of archives.`,
      `After this operation, ${(total / MB).toFixed(1)} MB of additional disk space will be used.`];
    if (!yes) return fail([...logs, 'Do you want to continue? [Y/n] Abort.'], 1, 0.4);
    infos.forEach(([p, v], i) => logs.push(`Get:${i + 1} ${mirror} ${suite}/main amd64 ${p} amd64 ${v} [${Math.round(total / 3e3 / infos.length)} kB]`));
    logs.push('debconf: unable to initialize frontend: Dialog');
    for (const [p, v] of infos) {
      logs.push(`Setting up ${p} (${v}) ...`);
      write(ctx, out, `/usr/bin/${p}`, `# ${p} ${v}\n`);
      write(ctx, out, `/var/lib/dpkg/info/${p}.list`, `/usr/bin/${p}\n`);
    }
    return ok(logs, total, 2 + infos.length * 0.6);
  }
  if (sub === 'clean' || sub === 'upgrade' || sub === 'autoremove') return ok(sub === 'upgrade' ? ['Reading package lists...', 'Calculating upgrade...', '0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.'] : [], 0, 0.3);
  return fail([`E: Invalid operation ${sub ?? ''}`], 100);
}

function apk(ctx: RunContext, out: RunOutcome, args: string[]): Step {
  const sub = args.find((a) => !a.startsWith('-'));
  const fetch = ['fetch https://dl-cdn.alpinelinux.org/alpine/v3.24/main/x86_64/APKINDEX.tar.gz', 'fetch https://dl-cdn.alpinelinux.org/alpine/v3.24/community/x86_64/APKINDEX.tar.gz'];
  if (sub === 'update') return ok([...fetch, 'v3.24.0-12-g5f1e2a8c4b [https://dl-cdn.alpinelinux.org/alpine/v3.24/main]', 'v3.24.0-14-g0c9d1e7a2f [https://dl-cdn.alpinelinux.org/alpine/v3.24/community]', 'OK: 26540 distinct packages available'], 2.4 * MB, 0.9);
  if (sub === 'add') {
    const pkgs = args.slice(args.indexOf('add') + 1).filter((a) => !a.startsWith('-'));
    const noCache = args.includes('--no-cache');
    const infos = pkgs.map((p) => [p, ...(APK[p] ?? ['1.0.0-r0', 1 * MB])] as [string, string, number]);
    const logs = noCache ? [...fetch] : [];
    infos.forEach(([p, v], i) => {
      logs.push(`(${i + 1}/${infos.length}) Installing ${p} (${v})`);
      write(ctx, out, `/usr/bin/${p}`, `# ${p} ${v}\n`);
    });
    logs.push('Executing busybox-1.37.0-r30.trigger');
    const total = infos.reduce((s, [, , b]) => s + b, 0);
    logs.push(`OK: ${Math.round(8 + total / MB)} MiB in ${16 + infos.length} packages`);
    return ok(logs, total + (noCache ? 0 : 2.4 * MB), 0.8 + infos.length * 0.2);
  }
  if (sub === 'del') return ok([`OK: 8 MiB in 16 packages`]);
  return fail([`apk-tools 3.0.2, compiled for x86_64.`, '', `ERROR: unknown command '${sub ?? ''}'`], 1);
}

function requirementName(line: string): string {
  return line.split(/[<>=!~;\[ ]/)[0].trim().toLowerCase();
}

function pip(ctx: RunContext, out: RunOutcome, args: string[]): Step {
  const i = args.indexOf('install');
  if (i < 0) return ok();
  const logs: string[] = [];
  const wanted: { name: string; spec: string; from?: string }[] = [];
  for (let k = i + 1; k < args.length; k++) {
    const a = args[k];
    if (a === '-r' || a === '--requirement') {
      const file = args[++k] ?? '';
      const content = ctx.fs.read(resolvePath(file, ctx.workdir));
      if (content === undefined) return fail([`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'`], 1, 0.6);
      content.split('\n').forEach((line, n) => {
        const spec = line.replace(/#.*/, '').trim();
        if (spec && !spec.startsWith('-')) wanted.push({ name: requirementName(spec), spec, from: `-r ${file} (line ${n + 1})` });
      });
    } else if (!a.startsWith('-')) wanted.push({ name: requirementName(a), spec: a });
  }
  const installed: string[] = [];
  let bytes = 0;
  const seen = new Set<string>();
  const collect = (name: string, spec: string, from?: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const info = PYPI[name] ?? ['1.0.0', 0.5 * MB, []];
    const shown = spec.replace(/\s/g, '').replace(/(>=[^,]+),(<.+)/, '$2,$1');
    logs.push(`Collecting ${shown}${from ? ` (from ${from})` : ''}`);
    logs.push(`  Downloading ${name.replace(/-/g, '_')}-${info[0]}-py3-none-any.whl.metadata (${(2 + name.length / 3).toFixed(1)} kB)`);
    for (const dep of info[2]) collect(dep, `${dep}>=1.0`, name);
    installed.push(`${name}-${info[0]}`);
    bytes += info[1];
    write(ctx, out, `${PY_SITE}/${name.replace(/-/g, '_')}/__init__.py`, `__version__ = "${info[0]}"\n`);
    if (['gunicorn', 'uvicorn', 'flask'].includes(name)) write(ctx, out, `/usr/local/bin/${name}`, `#!/usr/local/bin/python3\n# ${name} ${info[0]}\n`);
  };
  for (const w of wanted) collect(w.name, w.spec, w.from);
  if (installed.length === 0) return fail(['ERROR: You must give at least one requirement to install (see "pip help install")'], 1);
  logs.push(`Installing collected packages: ${installed.map((p) => p.replace(/-[^-]+$/, '')).join(', ')}`);
  logs.push(`Successfully installed ${[...installed].sort().join(' ')}`);
  logs.push("WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.");
  return ok(logs, bytes, 1.5 + installed.length * 0.3);
}

function npm(ctx: RunContext, out: RunOutcome, args: string[]): Step {
  const sub = args[0];
  const pkgPath = resolvePath('package.json', ctx.workdir);
  const pkgText = ctx.fs.read(pkgPath);
  let pkg: { name?: string; version?: string; scripts?: Record<string, string>; dependencies?: Record<string, string>; devDependencies?: Record<string, string> } = {};
  if (pkgText !== undefined) {
    try {
      pkg = JSON.parse(pkgText);
    } catch {
      return fail([`npm error code EJSONPARSE`, `npm error JSON.parse Invalid package.json: JSONParseError: Unexpected token in JSON`], 1);
    }
  }
  if (sub === 'ci' || sub === 'install' || sub === 'i') {
    if (pkgText === undefined) {
      return fail(['npm error code ENOENT', 'npm error syscall open', `npm error path ${pkgPath}`, `npm error errno -2`, `npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${pkgPath}'`], 254, 0.5);
    }
    if (sub === 'ci' && !ctx.fs.isFile(resolvePath('package-lock.json', ctx.workdir))) {
      return fail(['npm error code EUSAGE', 'npm error', 'npm error The `npm ci` command can only install with an existing package-lock.json or', 'npm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or', 'npm error later to generate a package-lock.json file, then try again.'], 1, 0.5);
    }
    const omitDev = args.includes('--omit=dev') || args.includes('--production');
    const deps = { ...(pkg.dependencies ?? {}), ...(omitDev ? {} : pkg.devDependencies ?? {}) };
    for (const [name, version] of Object.entries(deps)) write(ctx, out, `${ctx.workdir}/node_modules/${name}/package.json`, `{"name":"${name}","version":"${version.replace(/^[\^~]/, '')}"}\n`);
    const n = Object.keys(deps).length * 12 + 1;
    return ok([`added ${n} packages, and audited ${n + 1} packages in ${1 + Math.round(n / 40)}s`, '', `${Math.max(1, Math.round(n / 8))} packages are looking for funding`, '  run `npm fund` for details', '', 'found 0 vulnerabilities'], n * 0.25 * MB, 2 + n / 30);
  }
  if (sub === 'run' || sub === 'run-script') {
    const script = args[1];
    if (!pkg.scripts?.[script]) return fail([`npm error Missing script: "${script}"`, 'npm error', 'npm error To see a list of scripts, run:', 'npm error   npm run'], 1, 0.4);
    // A front-end build: the page goes to dist/ (the usual output of Vite and friends).
    const page = ctx.fs.read(resolvePath('index.html', ctx.workdir)) ?? `<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><title>${pkg.name ?? 'app'}</title></head><body><div id="app"></div></body></html>\n`;
    write(ctx, out, `${ctx.workdir}/dist/index.html`, page);
    write(ctx, out, `${ctx.workdir}/dist/assets/index.js`, '// build\n');
    return ok(['', `> ${pkg.name ?? 'app'}@${pkg.version ?? '1.0.0'} ${script}`, `> ${pkg.scripts[script]}`, '', 'vite v7.2.4 building for production...', '✓ 12 modules transformed.', 'dist/index.html  0.46 kB │ gzip: 0.30 kB', '✓ built in 412ms'], 0.2 * MB, 1.6);
  }
  return ok();
}

function userAdd(ctx: RunContext, out: RunOutcome, program: string, args: string[]): Step {
  const name = args.filter((a, k) => !a.startsWith('-') && !['-u', '--uid', '-g', '--gid', '-G', '-s', '--shell', '-h', '--home', '-d', '--home-dir'].includes(args[k - 1] ?? '')).pop();
  if (!name) return fail([`Usage: ${program} [options] LOGIN`], 2);
  const uidAt = Math.max(args.indexOf('-u'), args.indexOf('--uid'));
  const uid = uidAt >= 0 ? args[uidAt + 1] : '1000';
  const passwd = ctx.fs.read('/etc/passwd') ?? 'root:x:0:0:root:/root:/bin/sh\n';
  if (passwd.split('\n').some((l) => l.startsWith(`${name}:`))) return fail([`${program}: user '${name}' already exists`], 9);
  if (program === 'groupadd' || program === 'addgroup') {
    write(ctx, out, '/etc/group', `${name}:x:${uid}:\n`, true);
    return ok();
  }
  write(ctx, out, '/etc/passwd', `${passwd.endsWith('\n') || !passwd ? '' : '\n'}${name}:x:${uid}:${uid}::/home/${name}:/bin/sh\n`, true);
  if (program === 'adduser' || args.includes('-m') || args.includes('--create-home')) {
    ctx.fs.mkdirp(`/home/${name}`);
    out.written[`/home/${name}/`] = '';
  }
  return ok();
}

/** One simple command (program + words), after the shell's splitting. */
function simple(ctx: RunContext, out: RunOutcome, words: string[]): Step {
  // Redirection: `echo x > file`, `>> file`.
  let redirect: { path: string; append: boolean } | undefined;
  const cleaned: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === '>' || w === '>>') {
      redirect = { path: words[++k] ?? '', append: w === '>>' };
    } else if (/^>>?\S/.test(w)) redirect = { path: w.replace(/^>>?/, ''), append: w.startsWith('>>') };
    else cleaned.push(w);
  }
  const [program0, ...args] = cleaned;
  if (!program0) return ok();
  const program = program0.slice(program0.lastIndexOf('/') + 1);
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(program0)) {
    const eq = program0.indexOf('=');
    ctx.env[program0.slice(0, eq)] = program0.slice(eq + 1);
    return args.length ? simple(ctx, out, args) : ok();
  }
  if (!has(ctx, program) && !['cd', 'export', 'set', 'exit', ':', 'true', 'false', 'echo', 'printf', 'test'].includes(program)) return fail([notFound(ctx, program0)], 127);
  switch (program) {
    case 'apt-get':
    case 'apt':
      return aptGet(ctx, out, args);
    case 'apk':
      return apk(ctx, out, args);
    case 'pip':
    case 'pip3':
      return pip(ctx, out, args);
    case 'python':
    case 'python3':
      if (args[0] === '-m' && (args[1] === 'pip' || args[1] === 'pip3')) return pip(ctx, out, args.slice(2));
      return ok();
    case 'npm':
      return npm(ctx, out, args);
    case 'useradd':
    case 'adduser':
    case 'groupadd':
    case 'addgroup':
      return userAdd(ctx, out, program, args);
    case 'cd': {
      const dir = resolvePath(args[0] ?? '/root', ctx.workdir);
      if (!ctx.fs.isDir(dir)) return fail([`/bin/sh: 1: cd: can't cd to ${args[0]}`], 2);
      ctx.workdir = dir;
      return ok();
    }
    case 'export':
      for (const a of args) if (a.includes('=')) ctx.env[a.slice(0, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
      return ok();
    case 'exit':
      return { logs: [], code: Number(args[0] ?? 0), bytes: 0, seconds: 0 };
    case 'false':
      return fail([], 1);
    case 'mkdir':
      for (const a of args.filter((x) => !x.startsWith('-'))) {
        const p = resolvePath(a, ctx.workdir);
        ctx.fs.mkdirp(p);
        out.written[`${p}/`] = '';
      }
      return ok();
    case 'touch':
      for (const a of args.filter((x) => !x.startsWith('-'))) if (!ctx.fs.isFile(resolvePath(a, ctx.workdir))) write(ctx, out, a, '');
      return ok();
    case 'rm':
      for (const a of args.filter((x) => !x.startsWith('-'))) {
        const p = resolvePath(a.replace(/\/\*$/, ''), ctx.workdir);
        ctx.fs.remove(p, true);
        for (const k of Object.keys(out.written)) if (k === p || k.startsWith(`${p}/`)) delete out.written[k];
      }
      return ok([], -0.1 * MB);
    case 'echo':
    case 'printf': {
      const text = program === 'echo' ? `${args.filter((a) => a !== '-n' && a !== '-e').join(' ')}${args[0] === '-n' ? '' : '\n'}` : (args[0] ?? '').replace(/\\n/g, '\n').replace(/%s/, args[1] ?? '');
      if (redirect) {
        write(ctx, out, redirect.path, text, redirect.append);
        return ok();
      }
      return ok(text.replace(/\n$/, '').split('\n'));
    }
    case 'go':
      if (args[0] === 'build') {
        const o = args.indexOf('-o');
        write(ctx, out, o >= 0 ? args[o + 1] : `${ctx.workdir}/app`, '\u007fELF (binaire Go)\n');
        return ok([], 9 * MB, 6.5);
      }
      return ok(args[0] === 'mod' ? [] : [], 0, 1.2);
    case 'curl':
    case 'wget': {
      const o = args.indexOf(program === 'curl' ? '-o' : '-O');
      if (o >= 0) write(ctx, out, args[o + 1], `# téléchargé de ${args.find((a) => /^https?:/.test(a)) ?? ''}\n`);
      return ok([], 1 * MB, 0.7);
    }
    default:
      if (redirect) write(ctx, out, redirect.path, '', redirect.append);
      return ok();
  }
}

/** Splits a shell line into `&&` / `||` / `;` chains of simple commands (no subshells). */
function chain(line: string): { op: string; words: string[] }[] {
  const out: { op: string; words: string[] }[] = [];
  let current = '';
  let op = ';';
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = '';
      current += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
      continue;
    }
    const two = line.slice(i, i + 2);
    if (two === '&&' || two === '||' || ch === ';' || ch === '\n') {
      out.push({ op, words: shellWords(current) });
      op = two === '&&' || two === '||' ? two : ';';
      if (two === '&&' || two === '||') i++;
      current = '';
      continue;
    }
    current += ch;
  }
  out.push({ op, words: shellWords(current) });
  return out.filter((c) => c.words.length);
}

/** Runs `/bin/sh -c <command>` (or the exec form) in the build's file system. */
export function simulateRun(command: string | string[], ctx: RunContext): RunOutcome {
  const out: RunOutcome = { logs: [], exitCode: 0, bytes: 0, seconds: 0, written: {} };
  const expandVars = (w: string) => w.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, n: string) => ctx.env[n] ?? '');
  const steps = Array.isArray(command) ? [{ op: ';', words: command }] : chain(command);
  let last = 0;
  let errexit = false;
  for (const { op, words } of steps) {
    if (op === '&&' && last !== 0) continue;
    if (op === '||' && last === 0) continue;
    if (op === ';' && last !== 0 && errexit) break;
    const expanded = Array.isArray(command) ? words : words.map(expandVars);
    if (expanded[0] === 'set') {
      if (expanded.slice(1).some((a) => /^-\w*e/.test(a))) errexit = true;
      last = 0;
      continue;
    }
    const step = simple(ctx, out, expanded);
    out.logs.push(...step.logs);
    out.bytes += step.bytes;
    out.seconds += step.seconds;
    last = step.code;
  }
  out.exitCode = last;
  out.bytes = Math.max(0, out.bytes);
  out.seconds = Math.max(0.1, out.seconds);
  return out;
}
