// The shell's own commands and the few programs of the host that the TP uses (ls, cat, mkdir,
// curl…), over the simulated file system. Messages are those of bash and GNU coreutils.
import { baseName, parentOf, resolvePath } from './fs';
import { crash, restartDaemon } from './engine';
import { need } from './lazy';
import type { Sim } from './index';
import type { Chunk, ExecResult } from './shell';

const ok = (text?: string): ExecResult => ({ chunks: text === undefined ? [] : [{ fd: 1, text }], code: 0 });
const fail = (text: string, code = 1): ExecResult => ({ chunks: [{ fd: 2, text }], code });

/** Options `-la` / `-l -a` and operands; `--` ends options. */
function split(args: string[]): { flags: Set<string>; operands: string[] } {
  const flags = new Set<string>();
  const operands: string[] = [];
  let done = false;
  for (const a of args) {
    if (!done && a === '--') done = true;
    else if (!done && /^-[a-zA-Z]+$/.test(a)) for (const c of a.slice(1)) flags.add(c);
    else if (!done && a.startsWith('--')) flags.add(a);
    else operands.push(a);
  }
  return { flags, operands };
}

const pad2 = (n: number) => String(n).padStart(2, ' ');

type Builtin = (sim: Sim, args: string[], stdin: string | undefined) => ExecResult;

const BUILTINS: Record<string, Builtin> = {
  cd(sim, args) {
    const target = args[0] === undefined || args[0] === '~' ? sim.state.home : args[0] === '-' ? (sim.state.env.OLDPWD ?? sim.state.cwd) : args[0];
    const path = resolvePath(target, sim.state.cwd, sim.state.home);
    if (!sim.state.fs.get(path)) return fail(`bash: cd: ${args[0]}: No such file or directory`);
    if (!sim.state.fs.isDir(path)) return fail(`bash: cd: ${args[0]}: Not a directory`);
    sim.state.env.OLDPWD = sim.state.cwd;
    sim.state.cwd = path;
    return ok();
  },
  pwd: (sim) => ok(sim.state.cwd),
  ls(sim, args) {
    const { flags, operands } = split(args);
    const fs = sim.state.fs;
    const targets = operands.length ? operands : ['.'];
    const out: string[] = [];
    const errors: Chunk[] = [];
    for (const t of targets) {
      const path = resolvePath(t, sim.state.cwd, sim.state.home);
      const e = fs.get(path);
      if (!e) {
        errors.push({ fd: 2, text: `ls: cannot access '${t}': No such file or directory` });
        continue;
      }
      let names = e.type === 'dir' ? fs.list(path) : [t];
      if (e.type === 'dir' && !flags.has('a') && !flags.has('A')) names = names.filter((n) => !n.startsWith('.'));
      if (e.type === 'dir' && flags.has('a')) names = ['.', '..', ...names];
      if (targets.length > 1 && e.type === 'dir') out.push(`${t}:`);
      if (flags.has('l')) {
        if (e.type === 'dir') out.push(`total ${names.length * 4}`);
        for (const n of names) {
          const p = e.type === 'dir' ? resolvePath(n, path) : path;
          const entry = fs.get(p);
          const dir = entry?.type !== 'file';
          const size = entry?.type === 'file' ? new TextEncoder().encode(entry.content).length : 4096;
          out.push(`${dir ? 'drwxr-xr-x' : '-rw-r--r--'} ${dir ? 2 : 1} etudiant etudiant ${String(size).padStart(5)} Dec  6 16:00 ${n}`);
        }
      } else if (names.length) out.push(names.join('  '));
      if (targets.length > 1 && e.type === 'dir') out.push('');
    }
    return { chunks: [...(out.length ? [{ fd: 1 as const, text: out.join('\n').replace(/\n$/, '') }] : []), ...errors], code: errors.length ? 2 : 0 };
  },
  cat(sim, args, stdin) {
    if (!args.length || args[0] === '-') return stdin === undefined ? ok() : ok(stdin.replace(/\n$/, ''));
    const chunks: Chunk[] = [];
    let code = 0;
    let text = '';
    for (const a of args) {
      const path = resolvePath(a, sim.state.cwd, sim.state.home);
      const e = sim.state.fs.get(path);
      if (!e) [code] = [1, chunks.push({ fd: 2, text: `cat: ${a}: No such file or directory` })];
      else if (e.type === 'dir') [code] = [1, chunks.push({ fd: 2, text: `cat: ${a}: Is a directory` })];
      else text += e.content;
    }
    return { chunks: [...(text ? [{ fd: 1 as const, text: text.replace(/\n$/, '') }] : []), ...chunks], code };
  },
  echo(_sim, args) {
    let words = args;
    let newline = true;
    let escapes = false;
    while (words[0] && /^-[neE]+$/.test(words[0])) {
      if (words[0].includes('n')) newline = false;
      if (words[0].includes('e')) escapes = true;
      words = words.slice(1);
    }
    let text = words.join(' ');
    if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    // The terminal shows lines: `echo -n` prints without the final newline, same screen.
    return ok(newline ? text : text);
  },
  mkdir(sim, args) {
    const { flags, operands } = split(args);
    if (!operands.length) return fail("mkdir: missing operand\nTry 'mkdir --help' for more information.");
    const errors: Chunk[] = [];
    for (const o of operands) {
      const path = resolvePath(o, sim.state.cwd, sim.state.home);
      if (flags.has('p')) {
        if (sim.state.fs.isFile(path)) errors.push({ fd: 2, text: `mkdir: cannot create directory '${o}': File exists` });
        else sim.state.fs.mkdirp(path);
        continue;
      }
      const error = sim.state.fs.mkdir(path);
      if (error === 'EEXIST') errors.push({ fd: 2, text: `mkdir: cannot create directory '${o}': File exists` });
      else if (error) errors.push({ fd: 2, text: `mkdir: cannot create directory '${o}': No such file or directory` });
    }
    return { chunks: errors, code: errors.length ? 1 : 0 };
  },
  rm(sim, args) {
    const { flags, operands } = split(args);
    const recursive = flags.has('r') || flags.has('R');
    const force = flags.has('f');
    if (!operands.length) return force ? ok() : fail("rm: missing operand\nTry 'rm --help' for more information.");
    const errors: Chunk[] = [];
    for (const o of operands) {
      const path = resolvePath(o, sim.state.cwd, sim.state.home);
      const e = sim.state.fs.get(path);
      if (!e) {
        if (!force) errors.push({ fd: 2, text: `rm: cannot remove '${o}': No such file or directory` });
      } else if (e.type === 'dir' && !recursive) errors.push({ fd: 2, text: `rm: cannot remove '${o}': Is a directory` });
      else if (path === '/' || path === sim.state.home) errors.push({ fd: 2, text: `rm: refusing to remove '${o}' directory` });
      else sim.state.fs.remove(path, true);
    }
    return { chunks: errors, code: errors.length ? 1 : 0 };
  },
  touch(sim, args) {
    const errors: Chunk[] = [];
    for (const o of split(args).operands) {
      const path = resolvePath(o, sim.state.cwd, sim.state.home);
      if (!sim.state.fs.isDir(parentOf(path))) errors.push({ fd: 2, text: `touch: cannot touch '${o}': No such file or directory` });
      else if (!sim.state.fs.get(path)) sim.state.fs.write(path, '');
    }
    return { chunks: errors, code: errors.length ? 1 : 0 };
  },
  cp(sim, args) {
    const { flags, operands } = split(args);
    if (operands.length < 2) return fail(`cp: missing destination file operand after '${operands[0] ?? ''}'`);
    const fs = sim.state.fs;
    const dest = resolvePath(operands.at(-1)!, sim.state.cwd, sim.state.home);
    for (const o of operands.slice(0, -1)) {
      const src = resolvePath(o, sim.state.cwd, sim.state.home);
      const e = fs.get(src);
      if (!e) return fail(`cp: cannot stat '${o}': No such file or directory`);
      if (e.type === 'dir' && !flags.has('r') && !flags.has('R') && !flags.has('a')) return fail(`cp: -r not specified; omitting directory '${o}'`);
      const target = fs.isDir(dest) ? `${dest === '/' ? '' : dest}/${baseName(src)}` : dest;
      fs.copyFrom(fs.clone(), src, target);
    }
    return ok();
  },
  mv(sim, args) {
    const { operands } = split(args);
    if (operands.length < 2) return fail(`mv: missing destination file operand after '${operands[0] ?? ''}'`);
    const fs = sim.state.fs;
    const dest = resolvePath(operands.at(-1)!, sim.state.cwd, sim.state.home);
    for (const o of operands.slice(0, -1)) {
      const src = resolvePath(o, sim.state.cwd, sim.state.home);
      if (!fs.get(src)) return fail(`mv: cannot stat '${o}': No such file or directory`);
      const target = fs.isDir(dest) ? `${dest === '/' ? '' : dest}/${baseName(src)}` : dest;
      fs.copyFrom(fs.clone(), src, target);
      fs.remove(src, true);
    }
    return ok();
  },
  clear: () => ({ chunks: [], code: 0, clear: true }),
  export(sim, args) {
    for (const a of args) {
      const eq = a.indexOf('=');
      if (eq > 0) sim.state.env[a.slice(0, eq)] = a.slice(eq + 1);
      else if (!/^[A-Za-z_]\w*$/.test(a)) return fail(`bash: export: \`${a}': not a valid identifier`);
    }
    if (!args.length) return ok(Object.entries(sim.variables()).map(([k, v]) => `declare -x ${k}="${v}"`).join('\n'));
    return ok();
  },
  unset(sim, args) {
    for (const a of args) delete sim.state.env[a];
    return ok();
  },
  env: (sim) => ok(Object.entries(sim.variables()).map(([k, v]) => `${k}=${v}`).join('\n')),
  printenv: (sim, args) => (args.length ? (args[0] in sim.variables() ? ok(sim.variables()[args[0]]) : { chunks: [], code: 1 }) : ok(Object.entries(sim.variables()).map(([k, v]) => `${k}=${v}`).join('\n'))),
  curl(sim, args) {
    const { httpGet, urlArg } = need('http');
    const url = urlArg(args);
    if (!url) return fail("curl: try 'curl --help' or 'curl --manual' for more information", 2);
    const r = httpGet(sim, url);
    const head = args.includes('-I') || args.includes('--head');
    const include = args.includes('-i') || args.includes('--include');
    const silent = args.includes('-s') || args.includes('-sS') || args.includes('--silent');
    const failFlag = args.some((a) => /^-[a-zA-Z]*f/.test(a) && !a.startsWith('--') || a === '--fail');
    if (r.error) return silent && !args.some((a) => /S/.test(a)) ? { chunks: [], code: r.code } : fail(r.error, r.code);
    if (failFlag && r.status >= 400) return silent ? { chunks: [], code: 22 } : fail(`curl: (22) The requested URL returned error: ${r.status}`, 22);
    const headers = `HTTP/1.1 ${r.status} ${r.reason}\n${Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`).join('\n')}\n`;
    if (head) return ok(headers);
    return ok((include ? `${headers}\n` : '') + r.body.replace(/\n$/, ''));
  },
  wget(sim, args) {
    return BUILTINS.curl(sim, args.filter((a) => a !== '-qO-' && a !== '-O-' && a !== '-q'), undefined);
  },
  sleep(sim, args) {
    const seconds = Number.parseFloat(args[0] ?? '');
    if (Number.isNaN(seconds)) return fail(args[0] === undefined ? "sleep: missing operand\nTry 'sleep --help' for more information." : `sleep: invalid time interval '${args[0]}'\nTry 'sleep --help' for more information.`);
    sim.state.clockOffset += seconds * 1000 * (args[0]?.endsWith('m') ? 60 : 1);
    return ok();
  },
  history(sim) {
    return ok(sim.state.history.map((h, i) => `${String(i + 1).padStart(5)}  ${h}`).join('\n'));
  },
  grep(_sim, args, stdin) {
    const { flags, operands } = split(args);
    const pattern = operands[0];
    if (pattern === undefined) return fail("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.", 2);
    let re: RegExp;
    try {
      re = new RegExp(pattern, flags.has('i') ? 'i' : '');
    } catch {
      re = new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    }
    const lines = (stdin ?? '').split('\n').filter((l, i, all) => i < all.length - 1 || l);
    const hits = lines.filter((l) => re.test(l) !== flags.has('v'));
    if (flags.has('c')) return { chunks: [{ fd: 1, text: String(hits.length) }], code: hits.length ? 0 : 1 };
    return { chunks: hits.length ? [{ fd: 1, text: hits.join('\n') }] : [], code: hits.length ? 0 : 1 };
  },
  head: (_sim, args, stdin) => lines(args, stdin, (l, n) => l.slice(0, n)),
  tail: (_sim, args, stdin) => lines(args, stdin, (l, n) => l.slice(Math.max(0, l.length - n))),
  wc(_sim, args, stdin) {
    const text = stdin ?? '';
    const n = text.split('\n').length - 1;
    if (args.includes('-l')) return ok(String(n));
    return ok(`${pad2(n)} ${pad2(text.split(/\s+/).filter(Boolean).length)} ${pad2(new TextEncoder().encode(text).length)}`);
  },
  systemctl(sim, args) {
    if (args[0] === 'restart' && args[1]?.replace(/\.service$/, '') === 'docker') {
      restartDaemon(sim.state);
      return ok();
    }
    if (args[0] === 'status' && args[1]?.replace(/\.service$/, '') === 'docker') return ok('● docker.service - Docker Application Container Engine\n     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: enabled)\n     Active: active (running)');
    return fail(`Cette commande n’est pas simulée ici : systemctl ${args.join(' ')}. Seuls « systemctl restart docker » et « systemctl status docker » le sont. Voir /docker/installation/`, 127);
  },
  kill(sim, args) {
    const signal = args.find((a) => /^-\w+$/.test(a))?.slice(1) ?? '15';
    const number = /^\d+$/.test(signal) ? Number(signal) : ({ KILL: 9, TERM: 15, INT: 2, SIGKILL: 9, SIGTERM: 15 } as Record<string, number>)[signal.toUpperCase()] ?? 15;
    for (const a of args.filter((x) => /^\d+$/.test(x))) {
      if (!crash(sim.state, Number(a), number)) return fail(`bash: kill: (${a}) - No such process`);
    }
    return ok();
  },
  seq(_sim, args) {
    // seq LAST | seq FIRST LAST | seq FIRST INCREMENT LAST (GNU coreutils), integers only.
    const n = args.map(Number);
    if (!n.length || n.length > 3 || n.some((x) => !Number.isInteger(x))) return fail(args.length ? `seq: invalid floating point argument: '${args.find((a) => !Number.isInteger(Number(a))) ?? args[3]}'` : 'seq: missing operand');
    const [first, step, last] = n.length === 1 ? [1, 1, n[0]] : n.length === 2 ? [n[0], 1, n[1]] : n;
    if (step === 0) return fail(`seq: invalid Zero increment value: '0'`);
    const out: number[] = [];
    for (let i = first; step > 0 ? i <= last : i >= last; i += step) if (out.push(i) > 10000) break;
    return out.length ? ok(out.join('\n')) : ok();
  },
  true: () => ok(),
  false: () => ({ chunks: [], code: 1 }),
  exit: () => fail('exit : ce terminal simulé ne se ferme pas ; vous êtes déjà sur l’hôte (pas dans un conteneur).', 0),
  whoami: () => ok('etudiant'),
  hostname: (sim) => ok((sim.state.fs.read('/etc/hostname') ?? 'poste-etudiant\n').trim()),
  date: (sim) => ok(new Date(sim.now()).toUTCString().replace(/GMT$/, 'UTC')),
  which(_sim, args) {
    const known: Record<string, string> = { docker: '/usr/bin/docker', curl: '/usr/bin/curl', ls: '/usr/bin/ls', cat: '/usr/bin/cat' };
    const found = args.filter((a) => known[a]).map((a) => known[a]);
    return { chunks: found.length ? [{ fd: 1, text: found.join('\n') }] : [], code: found.length === args.length ? 0 : 1 };
  },
};
BUILTINS.printenv = BUILTINS.printenv;

function lines(args: string[], stdin: string | undefined, pick: (l: string[], n: number) => string[]): ExecResult {
  const nArg = args.find((a) => /^-\d+$/.test(a)) ?? args[args.indexOf('-n') + 1];
  const n = nArg ? Math.abs(Number.parseInt(nArg.replace(/^-/, ''), 10)) || 10 : 10;
  const all = (stdin ?? '').replace(/\n$/, '').split('\n');
  const picked = pick(all, n);
  return ok(picked.join('\n'));
}

/** Runs a builtin, or returns null if the program is not one. */
export function builtin(sim: Sim, words: string[], stdin: string | undefined): ExecResult | null {
  const b = Object.hasOwn(BUILTINS, words[0]) ? BUILTINS[words[0]] : undefined;
  return b ? b(sim, words.slice(1), stdin) : null;
}

export const builtinNames = () => Object.keys(BUILTINS);
