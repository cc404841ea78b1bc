// Commands run inside a container (`docker exec`, and `sh -c` there): a few programs over
// the container's view of files (its layer, its volumes, its bind mounts). Interactive shells
// are not simulated: the learner is told so, in French, and the container keeps running.
// The whole first chunk, imported by every on-demand part: the build then keeps it in one piece
// (split by which parts reach it, it would make a dozen small chunks, each compressing less well).
import './index';
import { tokenize } from './cli';
import { entryOf, exited, listIn, locate, readIn } from './engine';
import { resolvePath } from './fs';
import type { Host } from './http';
import { late, need } from './lazy';
import { M } from './messages';
import { hasProgram, onPath, onSignal, processes } from './process';
import type { Container } from './state';
import { splitOps, type Chunk, type ExecResult } from './shell';

export interface ExecOptions {
  env?: string[];
  workdir?: string;
  user?: string;
  interactive?: boolean;
  tty?: boolean;
}

const out = (text: string, code = 0): ExecResult => ({ chunks: text === '' ? [] : [{ fd: 1, text }], code });
const err = (text: string, code = 1): ExecResult => ({ chunks: [{ fd: 2, text }], code });

const SHELLS = ['sh', 'bash', 'ash', '/bin/sh', '/bin/bash'];

/** Runs argv in the container. */
export function execIn(sim: Host, c: Container, argv: string[], opts: ExecOptions = {}): ExecResult {
  const state = sim.state;
  const image = state.images.find((i) => i.id === c.imageId);
  const entry = image ? entryOf(state, image) : undefined;
  const [prog, ...args] = argv;
  const name = prog.slice(prog.lastIndexOf('/') + 1);
  if (!hasProgram(entry, image, name) && !onPath(c, prog)) return err(M.execNotFound(prog) + ': unknown', 127);
  const env = [...c.env, ...(opts.env ?? [])];
  const cwd = opts.workdir ?? (c.workingDir || '/');
  if (SHELLS.includes(prog) && args[0] === '-c' && args[1] !== undefined) return script(sim, c, args[1], env, cwd);
  if (SHELLS.includes(prog) || ((name === 'mysql' || name === 'psql' || name === 'redis-cli' || name === 'node' || name === 'python3' || name === 'python') && !args.some((a) => a === '-e' || a.startsWith('-e') || a === '-c'))) {
    if (!opts.interactive) return out('');
    return err(`(Simulation : le shell interactif « ${argv.join(' ')} » n’est pas simulé. Lancez plutôt une commande à la fois : « docker exec ${c.name} ls /usr/share/nginx/html », « docker exec ${c.name} cat /etc/hostname »…)`, 0);
  }
  return program(sim, c, name, args, env, cwd);
}

/** `sh -c '…'`: `;`, `&&`, `||` and `>`/`>>` between simple commands. */
function script(sim: Host, c: Container, text: string, env: string[], cwd: string): ExecResult {
  const vars = new Map(env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  const chunks: Chunk[] = [];
  let code = 0;
  let skip = false;
  // The host shell's splitter: `;`, `&&`, `||` outside quotes (`-e "SHOW TABLES;"` stays whole).
  for (const { text: raw, op } of splitOps(text)) {
    const piece = raw.trim();
    if (piece && !skip) {
      const m = /^(.*?)\s*(>>?)\s*(\S+)$/.exec(piece);
      const expanded = expandVars(m ? m[1] : piece, vars);
      let words: string[];
      try {
        words = tokenize(expanded);
      } catch {
        words = expanded.split(/\s+/);
      }
      const r = words.length ? program(sim, c, words[0].slice(words[0].lastIndexOf('/') + 1), words.slice(1), env, cwd) : out('');
      code = r.code;
      if (m) {
        const l = locate(sim.state, c, resolvePath(m[3], cwd));
        if (l.readOnly) {
          chunks.push({ fd: 2, text: `sh: can't create ${m[3]}: Read-only file system` });
          code = 1;
        } else l.fs.write(l.path, r.chunks.filter((x) => x.fd === 1).map((x) => `${x.text}\n`).join(''), m[2] === '>>');
        chunks.push(...r.chunks.filter((x) => x.fd === 2));
      } else chunks.push(...r.chunks);
    }
    skip = op === '&&' ? code !== 0 : op === '||' ? code === 0 : false;
  }
  return { chunks, code };
}

/** `$VAR` and `${VAR}` from the container's environment, except inside single quotes. */
function expandVars(text: string, vars: Map<string, string>): string {
  return text.replace(/'[^']*'|\$\{(\w+)\}|\$(\w+)/g, (all, braced?: string, bare?: string) => {
    const name = braced ?? bare;
    if (name === undefined) return all;
    // A value with quotes or spaces stays one word inside the double quotes it usually sits in.
    return (vars.get(name) ?? '').replace(/["\\$`]/g, '\\$&');
  });
}

/** `kill [-SIG] PID` inside the container: PID 1 reacts as its program does to the signal. */
function killIn(sim: Host, c: Container, args: string[]): ExecResult {
  const sig = args.find((a) => /^-\w+$/.test(a))?.slice(1).toUpperCase().replace(/^SIG/, '') ?? 'TERM';
  const names: Record<string, string> = { '9': 'KILL', '15': 'TERM', '2': 'INT', '3': 'QUIT', '1': 'HUP' };
  const signal = `SIG${names[sig] ?? sig}`;
  const pids = args.filter((a) => /^\d+$/.test(a));
  if (!pids.length) return err('kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]', 2);
  for (const pid of pids) {
    if (pid !== '1') return err(`sh: 1: kill: No such process`, 1);
    // PID 1 without a handler for the signal ignores it, even SIGKILL from inside the container.
    const code = signal === 'SIGKILL' ? null : onSignal(sim.state, c, signal);
    if (code !== null && (c.state === 'running' || c.state === 'paused')) exited(sim.state, c, code);
  }
  return out('');
}

function program(sim: Host, c: Container, name: string, args: string[], env: string[], cwd: string): ExecResult {
  const state = sim.state;
  const path = (p: string) => resolvePath(p, cwd);
  switch (name) {
    case 'ls': {
      const flags = args.filter((a) => a.startsWith('-')).join('');
      const targets = args.filter((a) => !a.startsWith('-'));
      const lines: string[] = [];
      for (const t of targets.length ? targets : ['.']) {
        const names = listIn(state, c, path(t));
        if (names === undefined) {
          if (readIn(state, c, path(t)) !== undefined) lines.push(t);
          else return err(`ls: cannot access '${t}': No such file or directory`, 2);
          continue;
        }
        const shown = flags.includes('a') ? ['.', '..', ...names] : names.filter((n) => !n.startsWith('.'));
        if (flags.includes('l')) {
          lines.push(`total ${shown.length * 4}`);
          for (const n of shown) {
            const file = readIn(state, c, path(`${t}/${n}`));
            lines.push(`${file === undefined ? 'drwxr-xr-x' : '-rw-r--r--'}    ${file === undefined ? 2 : 1} root     root     ${String(file === undefined ? 4096 : new TextEncoder().encode(file).length).padStart(8)} Dec  6 16:00 ${n}`);
          }
        } else lines.push(shown.join(flags.includes('1') ? '\n' : '  '));
      }
      return out(lines.join('\n'));
    }
    case 'cat': {
      let text = '';
      for (const a of args) {
        const content = readIn(state, c, path(a));
        if (content === undefined) return { chunks: [...(text ? [{ fd: 1 as const, text: text.replace(/\n$/, '') }] : []), { fd: 2, text: `cat: ${a}: No such file or directory` }], code: 1 };
        text += content;
      }
      return out(text.replace(/\n$/, ''));
    }
    case 'echo':
      return out(args.filter((a) => a !== '-n').join(' '));
    case 'env':
    case 'printenv':
      if (name === 'printenv' && args[0]) {
        const v = env.find((e) => e.startsWith(`${args[0]}=`));
        return v ? out(v.slice(args[0].length + 1)) : { chunks: [], code: 1 };
      }
      return out([env.find((e) => e.startsWith('PATH=')), `HOSTNAME=${c.hostname}`, ...env.filter((e) => !e.startsWith('PATH=')), 'HOME=/root'].filter(Boolean).join('\n'));
    case 'hostname':
      return out(c.hostname);
    case 'pwd':
      return out(cwd);
    case 'whoami':
      // A numeric user that /etc/passwd of the image does not know.
      return /^\d+$/.test(c.user) && c.user !== '0' ? err(`whoami: unknown uid ${c.user}`) : out(c.user || 'root');
    case 'id':
      return out(c.user && c.user !== 'root' ? `uid=1000(${c.user}) gid=1000(${c.user}) groups=1000(${c.user})` : 'uid=0(root) gid=0(root) groups=0(root)');
    case 'date':
      return out(new Date(sim.now()).toUTCString().replace(/GMT$/, 'UTC'));
    case 'true':
      return out('');
    case 'false':
      return { chunks: [], code: 1 };
    case 'sleep':
      return out('');
    case 'touch':
    case 'mkdir': {
      for (const a of args.filter((x) => !x.startsWith('-'))) {
        const l = locate(state, c, path(a));
        if (l.readOnly) return err(`${name}: cannot ${name === 'touch' ? 'touch' : 'create directory'} '${a}': Read-only file system`);
        if (name === 'mkdir') l.fs.mkdirp(l.path);
        else if (!l.fs.get(l.path)) l.fs.write(l.path, '');
      }
      return out('');
    }
    case 'rm': {
      for (const a of args.filter((x) => !x.startsWith('-'))) {
        const l = locate(state, c, path(a));
        if (!l.fs.get(l.path)) {
          if (!args.some((x) => /^-\w*f/.test(x))) return err(`rm: cannot remove '${a}': No such file or directory`);
          continue;
        }
        if (l.readOnly) return err(`rm: cannot remove '${a}': Read-only file system`);
        l.fs.remove(l.path, true);
      }
      return out('');
    }
    case 'ps': {
      const rows = processes(c);
      if (args.some((a) => a.includes('aux') || a === '-ef')) {
        return out(['PID   USER     TIME  COMMAND', ...rows.map((p, i) => `${String(i === 0 ? 1 : p.pid - c.pid + 1).padStart(5)} ${p.uid.padEnd(8)} 0:00 ${p.cmd}`)].join('\n'));
      }
      return out(['    PID TTY          TIME CMD', ...rows.map((p, i) => `${String(i === 0 ? 1 : p.pid - c.pid + 1).padStart(7)} ?        00:00:00 ${p.cmd.split(' ')[0].replace(/:$/, '')}`)].join('\n'));
    }
    case 'curl':
    case 'wget': {
      const { httpGet, urlArg } = need('http');
      const url = urlArg(args);
      if (!url) return err("curl: try 'curl --help' or 'curl --manual' for more information", 2);
      const r = httpGet(sim, url, c);
      if (r.error) return args.some((a) => /^-\w*s/.test(a)) && !args.some((a) => /S/.test(a)) ? { chunks: [], code: r.code } : err(r.error, r.code);
      return out(r.body.replace(/\n$/, ''));
    }
    case 'nginx':
      if (args.includes('-t')) return err('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful', 0);
      if (args.includes('-s')) return err(`${new Date(sim.now()).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/')} [notice] 77#77: signal process started`, 0);
      if (args.includes('-v')) return err('nginx version: nginx/1.30.1', 0);
      return err('nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)', 1);
    case 'mysql': {
      const password = args.find((a) => a.startsWith('-p'))?.slice(2) ?? '';
      const root = env.find((e) => e.startsWith('MYSQL_ROOT_PASSWORD='))?.slice(20);
      const user = args.find((a) => a.startsWith('-u'))?.slice(2) || 'root';
      const userPassword = env.find((e) => e.startsWith('MYSQL_PASSWORD='))?.slice(15);
      const good = user === 'root' ? password === root : password === userPassword && env.includes(`MYSQL_USER=${user}`);
      if (!good) return err(`mysql: [Warning] Using a password on the command line interface can be insecure.\nERROR 1045 (28000): Access denied for user '${user}'@'localhost' (using password: ${password ? 'YES' : 'NO'})`, 1);
      const sql = args[args.indexOf('-e') + 1] ?? '';
      const warning = { fd: 2 as const, text: 'mysql: [Warning] Using a password on the command line interface can be insecure.' };
      if (/show\s+databases/i.test(sql)) {
        const db = env.find((e) => e.startsWith('MYSQL_DATABASE='))?.slice(15);
        const names = ['information_schema', 'mysql', 'performance_schema', 'sys', ...(db ? [db] : [])].sort();
        return { chunks: [warning, { fd: 1, text: ['Database', ...names].join('\n') }], code: 0 };
      }
      if (/show\s+tables/i.test(sql)) return { chunks: [warning], code: 0 };
      return { chunks: [warning, { fd: 2, text: 'ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near \'\' at line 1' }], code: 1 };
    }
    case 'exit':
      return { chunks: [], code: Number(args[0] ?? 0) };
    case 'kill':
      return killIn(sim, c, args);
    default:
      return err(`(Simulation : « ${[name, ...args].join(' ')} » n’est pas simulé à l’intérieur du conteneur. Commandes disponibles : ls, cat, echo, env, hostname, ps, curl, sh -c '…', nginx -t, mysql -e.)`, 127);
  }
}

// On demand (lazy.ts): `docker exec` and a container's one-shot main process reach it through `need('inner')`.
late.inner = { execIn };
