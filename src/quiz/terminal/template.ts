// A small Go text/template, enough for `--format` and `inspect -f` as the course uses them:
// fields (`.State.Status`), `$` variables, pipelines, `if`/`else`/`with`/`range` (arrays and
// maps, with `$k, $v :=`), and the functions docker/cli adds (templates/templates.go: json,
// join, split, lower, upper, title, pad, truncate, println) plus Go's index, len, eq, ne, not,
// and, or, print, printf. Values print as Go prints them (`map[a:b]`, `[a b]`, `<no value>`).
// The whole first chunk, imported by every on-demand part: the build then keeps it in one piece
// (split by which parts reach it, it would make a dozen small chunks, each compressing less well).
import './index';
import { late } from './lazy';

type Value = unknown;
type Node =
  | { t: 'text'; text: string }
  | { t: 'action'; pipe: string }
  | { t: 'if' | 'with'; pipe: string; then: Node[]; else: Node[] }
  | { t: 'range'; pipe: string; vars: string[]; body: Node[]; else: Node[] };

export class TemplateError extends Error {}

function lex(src: string): ({ text: string } | { action: string })[] {
  const out: ({ text: string } | { action: string })[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      out.push({ text: src.slice(i) });
      break;
    }
    let text = src.slice(i, open);
    let start = open + 2;
    if (src[start] === '-' && /\s/.test(src[start + 1] ?? '')) {
      text = text.replace(/\s+$/, '');
      start++;
    }
    if (text) out.push({ text });
    const close = src.indexOf('}}', start);
    if (close < 0) throw new TemplateError('unclosed action');
    let action = src.slice(start, close);
    i = close + 2;
    if (/\s-$/.test(action)) {
      action = action.slice(0, -1);
      while (i < src.length && /\s/.test(src[i])) i++;
    }
    out.push({ action: action.trim() });
  }
  return out;
}

function parse(src: string): Node[] {
  const tokens = lex(src);
  let k = 0;
  function block(): { nodes: Node[]; end: string } {
    const nodes: Node[] = [];
    while (k < tokens.length) {
      const tok = tokens[k++];
      if ('text' in tok) {
        nodes.push({ t: 'text', text: tok.text });
        continue;
      }
      const a = tok.action;
      if (a.startsWith('/*')) continue;
      if (a === 'end' || a === 'else' || a.startsWith('else ')) return { nodes, end: a };
      const m = /^(if|with|range)\s+(.*)$/s.exec(a);
      if (!m) {
        nodes.push({ t: 'action', pipe: a });
        continue;
      }
      const [, kw, rest] = m;
      let pipe = rest;
      let vars: string[] = [];
      const decl = /^(\$\w*)(?:\s*,\s*(\$\w*))?\s*:=\s*(.*)$/s.exec(rest);
      if (decl && kw === 'range') {
        vars = decl[2] ? [decl[1], decl[2]] : [decl[1]];
        pipe = decl[3];
      }
      const body = block();
      let elseNodes: Node[] = [];
      if (body.end.startsWith('else if ')) {
        // `else if x` is `else {{if x}}…{{end}}`, sharing the closing end.
        k--;
        tokens[k] = { action: body.end.slice(5) };
        const inner = block();
        elseNodes = inner.nodes;
      } else if (body.end === 'else') elseNodes = block().nodes;
      if (kw === 'range') nodes.push({ t: 'range', pipe, vars, body: body.nodes, else: elseNodes });
      else nodes.push({ t: kw as 'if' | 'with', pipe, then: body.nodes, else: elseNodes });
    }
    return { nodes, end: '' };
  }
  const { nodes, end } = block();
  if (end) throw new TemplateError(`unexpected {{${end}}}`);
  return nodes;
}

/** How Go's fmt prints a value with %v. */
export function goString(v: Value): string {
  if (v === undefined) return '<no value>';
  if (v === null) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goString).join(' ')}]`;
  if (typeof v === 'object') {
    const keys = Object.keys(v as object).filter((k) => typeof (v as Record<string, unknown>)[k] !== 'function').sort();
    return `map[${keys.map((k) => `${k}:${goString((v as Record<string, unknown>)[k])}`).join(' ')}]`;
  }
  return String(v);
}

const truthy = (v: Value) =>
  !(v === undefined || v === null || v === false || v === 0 || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0));

/** Go's encoding/json: no spaces, `<`, `>` and `&` escaped. */
const goJson = (v: Value) => (JSON.stringify(v === undefined ? null : v) ?? 'null').replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

const FUNCS: Record<string, (...args: Value[]) => Value> = {
  json: (v) => goJson(v),
  join: (a, sep) => (Array.isArray(a) ? a.map(goString).join(String(sep)) : goString(a)),
  split: (s, sep) => String(s).split(String(sep)),
  lower: (s) => String(s).toLowerCase(),
  upper: (s) => String(s).toUpperCase(),
  title: (s) => String(s).replace(/\b\w/g, (c) => c.toUpperCase()),
  pad: (s, l, r) => ' '.repeat(Number(l)) + String(s) + ' '.repeat(Number(r)),
  truncate: (s, n) => [...String(s)].slice(0, Number(n)).join(''),
  println: (...a) => `${a.map(goString).join(' ')}\n`,
  print: (...a) => a.map(goString).join(''),
  printf: (f, ...a) => {
    let k = 0;
    return String(f).replace(/%[-\d.]*([svdq%])/g, (_, c) => (c === '%' ? '%' : c === 'q' ? JSON.stringify(goString(a[k++])) : goString(a[k++])));
  },
  len: (v) => (Array.isArray(v) || typeof v === 'string' ? v.length : v && typeof v === 'object' ? Object.keys(v).length : 0),
  index: (v, ...keys) => keys.reduce<Value>((acc, key) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[String(key)] : undefined), v),
  eq: (a, ...b) => b.some((x) => x === a),
  ne: (a, b) => a !== b,
  not: (a) => !truthy(a),
  and: (...a) => a.find((x) => !truthy(x)) ?? a[a.length - 1],
  or: (...a) => a.find((x) => truthy(x)) ?? a[a.length - 1],
  table: (v) => v,
};

function splitWords(pipe: string): string[] {
  const words: string[] = [];
  const re = /"(?:[^"\\]|\\.)*"|`[^`]*`|\(|\)|\|\|?|[^\s()|]+/g;
  for (const m of pipe.matchAll(re)) words.push(m[0]);
  return words;
}

function evalPipe(pipe: string, dot: Value, vars: Map<string, Value>): Value {
  const words = splitWords(pipe);
  let pos = 0;
  function operand(): Value {
    const w = words[pos++];
    if (w === undefined) throw new TemplateError('missing value');
    if (w === '(') {
      let v = pipeline(')');
      pos++;
      // `(index .X 0).Field`: fields of the parenthesised value.
      while (words[pos]?.startsWith('.') && words[pos].length > 1) {
        for (const field of words[pos++].slice(1).split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[field] : undefined;
      }
      return v;
    }
    if (w.startsWith('"')) return JSON.parse(w);
    if (w.startsWith('`')) return w.slice(1, -1);
    if (/^-?\d+(\.\d+)?$/.test(w)) return Number(w);
    if (w === 'true' || w === 'false') return w === 'true';
    if (w === 'nil') return null;
    if (w.startsWith('.') || w.startsWith('$')) {
      const [head, ...fields] = w.startsWith('$') ? w.split('.') : ['.', ...w.slice(1).split('.').filter(Boolean)];
      let v: Value = head === '.' ? dot : vars.get(head);
      if (head !== '.' && !vars.has(head)) throw new TemplateError(`undefined variable "${head}"`);
      for (let f = 0; f < fields.length; f++) {
        const field = fields[f];
        const container = v as Record<string, unknown> | null | undefined;
        const next = container && typeof container === 'object' ? container[field] : undefined;
        if (typeof next === 'function') {
          // A method with arguments (`.Label "x"`): the rest of the command are its arguments.
          const args: Value[] = [];
          if (f === fields.length - 1) while (pos < words.length && words[pos] !== '|' && words[pos] !== ')') args.push(operand());
          v = (next as (...a: Value[]) => Value).apply(container, args);
        } else {
          if (container !== null && typeof container === 'object' && !Array.isArray(container) && !(field in container) && container.constructor === Object && '__struct' in container) {
            throw new TemplateError(`can't evaluate field ${field}`);
          }
          v = next;
        }
      }
      return v;
    }
    throw new TemplateError(`function "${w}" not defined`);
  }
  function command(stop: string, piped: Value[]): Value {
    const w = words[pos];
    if (w && FUNCS[w] !== undefined) {
      pos++;
      const args: Value[] = [];
      while (pos < words.length && words[pos] !== '|' && words[pos] !== stop) args.push(operand());
      return FUNCS[w](...args, ...piped);
    }
    if (w && /^[a-z]\w*$/.test(w) && !['true', 'false', 'nil'].includes(w)) throw new TemplateError(`function "${w}" not defined`);
    const v = operand();
    if (piped.length) throw new TemplateError('can\'t give argument to non-function');
    return v;
  }
  function pipeline(stop: string): Value {
    let v = command(stop, []);
    while (words[pos] === '|') {
      pos++;
      v = command(stop, [v]);
    }
    return v;
  }
  // `$x := value` inside an action.
  const assign = /^(\$\w+)\s*:=\s*/.exec(pipe);
  if (assign) {
    vars.set(assign[1], evalPipe(pipe.slice(assign[0].length), dot, vars));
    return '';
  }
  const v = pipeline('');
  if (pos < words.length) throw new TemplateError(`unexpected "${words[pos]}" in operand`);
  return v;
}

function exec(nodes: Node[], dot: Value, vars: Map<string, Value>, out: string[]): void {
  for (const n of nodes) {
    if (n.t === 'text') out.push(n.text);
    else if (n.t === 'action') {
      const isAssign = /^\$\w+\s*:=/.test(n.pipe);
      const v = evalPipe(n.pipe, dot, vars);
      if (!isAssign) out.push(goString(v));
    } else if (n.t === 'if') exec(truthy(evalPipe(n.pipe, dot, vars)) ? n.then : n.else, dot, vars, out);
    else if (n.t === 'with') {
      const v = evalPipe(n.pipe, dot, vars);
      if (truthy(v)) exec(n.then, v, vars, out);
      else exec(n.else, dot, vars, out);
    } else if (n.t === 'range') {
      const v = evalPipe(n.pipe, dot, vars);
      const entries: [Value, Value][] = Array.isArray(v)
        ? v.map((x, i) => [i, x])
        : v && typeof v === 'object'
          ? Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]])
          : [];
      if (!entries.length) exec(n.else, dot, vars, out);
      for (const [k, x] of entries) {
        const scope = new Map(vars);
        if (n.vars.length === 1) scope.set(n.vars[0], x);
        if (n.vars.length === 2) [scope.set(n.vars[0], k), scope.set(n.vars[1], x)];
        exec(n.body, x, scope, out);
      }
    }
  }
}

/** Runs a template on a value. Throws TemplateError with Go's kind of message. */
export function render(template: string, data: Value): string {
  const src = template.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const out: string[] = [];
  exec(parse(src), data, new Map([['$', data]]), out);
  return out.join('');
}

// On demand (lazy.ts): `--format` in the first chunk reaches this module through `need('template')`.
late.template = { TemplateError, goString, render };
