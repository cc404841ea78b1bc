// The console of the « Terminal d’entraînement »: a DOM console rather than a terminal emulator
// (README, « Terminal d’entraînement » : size, phone keyboards, screen readers, copy). Output goes
// to a role="log" region, to which each command only appends (a screen reader announces what is
// new, not everything again); the command is typed in a real, labelled <input>. Keys: Enter,
// ↑/↓ (history), Tab (completion; Échap then Tab leaves the field), Ctrl+L (clear), Ctrl+C
// (cancel the line). Here-documents continue with a `> ` prompt until their delimiter; `nano
// fichier` or « Éditer un fichier » opens a small editor. Output is text: only links to the
// course become links (links.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RunResult, Sim } from '../../quiz/terminal';
import { resolvePath } from '../../quiz/terminal/fs';
import { linkify } from './links';
import { HISTORY_MAX } from './session';

type Entry = { id: number; kind: 'cmd' | 'out' | 'note'; text: string; prompt?: string };

interface Props {
  sim: Sim;
  /** Unique on the page: ids of the field and its help. */
  id: string;
  /** Accessible name of the console: « terminal du niveau 1 ». */
  label: string;
  history: string[];
  /** After every command that ran (state may have changed) and every history change. */
  onChange: (history: string[]) => void;
  /** Lines shown when the console opens. */
  welcome: string[];
  /** The goal in progress, shown above the output (on a phone, the list of steps is far above). */
  goal?: string;
}

const MAX_ENTRIES = 400;
const EDIT = /^\s*(?:nano|vi|vim|edit)\s+(\S+)\s*$/;

/** `~/tp` for `/home/etudiant/tp`, as bash shows the working directory. */
const shortCwd = (cwd: string, home: string) => (cwd === home || cwd.startsWith(`${home}/`) ? `~${cwd.slice(home.length)}` : cwd);

const commonPrefix = (words: string[]) => words.reduce((p, w) => { let i = 0; while (i < p.length && p[i] === w[i]) i++; return p.slice(0, i); });

/** Single-quoted for the shell. */
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

let nextId = 1;

export default function Console({ sim, id, label, history, onChange, welcome, goal }: Props) {
  const [entries, setEntries] = useState<Entry[]>(() => welcome.map((text) => ({ id: nextId++, kind: 'note', text })));
  const [value, setValue] = useState('');
  const [heredoc, setHeredoc] = useState<{ lines: string[]; delimiter: string } | null>(null);
  const [editor, setEditor] = useState<{ path: string; content: string; fixed: boolean } | null>(null);
  // Wrapped on a phone (prose stays readable), scrolled sideways in the log on a wide screen (tables keep their columns).
  const [wrap, setWrap] = useState(() => typeof matchMedia === 'function' && matchMedia('(max-width: 50rem)').matches);
  const [, setTick] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const editorField = useRef<HTMLTextAreaElement>(null);
  const pathField = useRef<HTMLInputElement>(null);
  const nav = useRef<{ index: number; draft: string } | null>(null);
  const escape = useRef(false);
  const editorClosed = useRef(false);

  const state = sim.state;
  const prompt = heredoc ? '> ' : `etudiant@tp:${shortCwd(state.cwd, state.home)}$ `;

  useEffect(() => {
    const el = log.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries]);

  // The editor takes the field's place: focus goes into it, then back to the field when it closes.
  useEffect(() => {
    if (editor) (editor.fixed ? editorField : pathField).current?.focus();
    else if (editorClosed.current) input.current?.focus();
    editorClosed.current = false;
  }, [editor !== null]);

  const push = (...added: Omit<Entry, 'id'>[]) =>
    setEntries((list) => [...list, ...added.map((e) => ({ ...e, id: nextId++ }))].slice(-MAX_ENTRIES));

  const remember = (line: string) => {
    nav.current = null;
    if (!line.trim() || history[history.length - 1] === line) return history;
    return [...history, line].slice(-HISTORY_MAX);
  };

  const execute = async (text: string, newHistory: string[]) => {
    let result: RunResult;
    try {
      // Compose, build and the rarer commands live in chunks loaded on first use (lazy.ts).
      await sim.prepare(text);
      result = sim.run(text);
      // A part the line did not announce (lazy.ts): once it is loaded, the line runs again
      // (a load that fails keeps the French message that says so).
      for (let tries = 0; result.pending && tries < 4; tries++) {
        const failed: typeof result = result;
        result = await result.pending.then(() => sim.run(text), () => ({ ...failed, pending: undefined }));
      }
    } catch {
      // An engine bug must not take the terminal down: say it, keep the session.
      result = { output: 'Erreur interne du simulateur : cette commande n’a pas pu être exécutée.', exitCode: 1 };
    }
    if (result.clear) setEntries([]);
    else if (result.output) push({ kind: 'out', text: result.output });
    setTick((t) => t + 1);
    onChange(newHistory);
  };

  const openEditor = (path: string, fixed: boolean) => {
    const absolute = resolvePath(path, state.cwd, state.home);
    if (state.fs.isDir(absolute)) {
      push({ kind: 'out', text: `nano: ${path} est un dossier` });
      return;
    }
    setEditor({ path, content: state.fs.read(absolute) ?? '', fixed });
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const line = value;
    setValue('');
    if (heredoc) {
      const lines = [...heredoc.lines, line];
      push({ kind: 'cmd', prompt, text: line });
      // `<<-` strips leading tabs from the delimiter line too.
      if (line.replace(/^\t+/, '') === heredoc.delimiter) {
        setHeredoc(null);
        execute(lines.join('\n'), history);
      } else setHeredoc({ ...heredoc, lines });
      return;
    }
    push({ kind: 'cmd', prompt, text: line });
    const newHistory = remember(line);
    if (!line.trim()) return;
    const delimiter = sim.heredocDelimiter(line);
    if (delimiter) {
      setHeredoc({ lines: [line], delimiter });
      onChange(newHistory);
      return;
    }
    const edit = EDIT.exec(line);
    if (edit) {
      onChange(newHistory);
      openEditor(edit[1]!.replace(/^(['"])(.*)\1$/, '$2'), true);
      return;
    }
    execute(line, newHistory);
  };

  const complete = async () => {
    const line = value;
    let candidates: string[] = [];
    try {
      // Completion loads at the first Tab (its own chunk, precached for offline use).
      await sim.prepareCompletion();
      candidates = sim.complete(line);
    } catch {
      return;
    }
    // Typed on while it loaded: that line is no longer the one to complete.
    if (!candidates.length || (input.current && input.current.value !== line)) return;
    const word = /(\S*)$/.exec(line)![1]!;
    const head = line.slice(0, line.length - word.length);
    if (candidates.length === 1) {
      const only = candidates[0]!;
      setValue(head + only + (only.endsWith('/') ? '' : ' '));
      return;
    }
    const prefix = commonPrefix(candidates);
    if (prefix.length > word.length) {
      setValue(head + prefix);
      return;
    }
    // Several candidates and nothing more in common: list them, as bash does.
    push({ kind: 'cmd', prompt, text: line }, { kind: 'out', text: candidates.join('  ') });
  };

  const browse = (step: -1 | 1) => {
    if (!history.length) return;
    const current = nav.current ?? { index: history.length, draft: value };
    const index = Math.min(history.length, Math.max(0, current.index + step));
    nav.current = { index, draft: current.draft };
    setValue(index === history.length ? current.draft : history[index]!);
  };

  const cancelLine = () => {
    push({ kind: 'cmd', prompt, text: `${value}^C` });
    setValue('');
    setHeredoc(null);
    nav.current = null;
  };

  const clearScreen = () => setEntries([]);

  const onKeyDown = (e: KeyboardEvent) => {
    const afterEscape = escape.current;
    escape.current = e.key === 'Escape';
    if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && !afterEscape) {
      e.preventDefault();
      complete();
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      browse(e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.ctrlKey && !e.altKey && !e.metaKey && e.key.toLowerCase() === 'l') {
      e.preventDefault();
      clearScreen();
    } else if (e.ctrlKey && !e.altKey && !e.metaKey && e.key.toLowerCase() === 'c') {
      // With text selected in the field, Ctrl+C copies it, as everywhere.
      const el = e.currentTarget as HTMLInputElement;
      if (el.selectionStart !== el.selectionEnd) return;
      e.preventDefault();
      cancelLine();
    }
  };

  /** The phone key bar: act, and give the field its focus back (the keyboard stays open). */
  const key = (action: () => void) => ({
    onMouseDown: (e: MouseEvent) => e.preventDefault(),
    onClick: () => {
      action();
      input.current?.focus();
    },
  });

  const save = (e: Event) => {
    e.preventDefault();
    if (!editor) return;
    const path = editor.path.trim();
    if (!path) {
      pathField.current?.focus();
      return;
    }
    const content = editorField.current?.value ?? editor.content;
    // Written by the engine itself, as a here-document: same rules as `cat > fichier` (missing folder…).
    let delimiter = 'FIN_EDITEUR';
    while (content.split('\n').includes(delimiter)) delimiter += '_';
    const body = content.endsWith('\n') ? content.slice(0, -1) : content;
    const result = sim.run(`cat > ${quote(path)} <<'${delimiter}'\n${body}\n${delimiter}`);
    const lines = body ? body.split('\n').length : 0;
    push({ kind: result.exitCode === 0 ? 'note' : 'out', text: result.exitCode === 0 ? `${path} enregistré (${lines} ligne${lines > 1 ? 's' : ''}).` : result.output });
    editorClosed.current = true;
    setEditor(null);
    setTick((t) => t + 1);
    onChange(history);
  };

  const cancelEdit = () => {
    push({ kind: 'note', text: `${editor?.path || 'Fichier'} : modification annulée.` });
    editorClosed.current = true;
    setEditor(null);
  };

  const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;
  const base = import.meta.env.BASE_URL;

  return (
    <div class="term-console">
      {goal && <p class="term-goal">{goal}</p>}
      <div class="term-toolbar">
        <button type="button" onClick={() => openEditor('', false)} disabled={!!editor}>
          Éditer un fichier
        </button>
        <button type="button" onClick={() => { clearScreen(); input.current?.focus(); }}>
          Effacer l’écran
        </button>
        <button type="button" aria-pressed={wrap} onClick={() => setWrap(!wrap)}>
          Couper les lignes longues
        </button>
      </div>
      <div
        ref={log}
        class={`term-log${wrap ? ' term-log--wrap' : ''}`}
        role="log"
        aria-live="polite"
        aria-label={`Sortie du ${label}`}
        tabIndex={0}
      >
        {entries.map((entry) =>
          entry.kind === 'cmd' ? (
            <div key={entry.id} class="term-line term-cmd">
              <span class="term-prompt">{entry.prompt}</span>
              {entry.text}
            </div>
          ) : (
            <div key={entry.id} class={`term-line term-${entry.kind}`}>
              {entry.kind === 'note' ? entry.text : linkify(entry.text, origin, base).map((s, i) => (s.href ? <a key={i} href={s.href}>{s.text}</a> : s.text))}
            </div>
          ),
        )}
      </div>
      {editor ? (
        <form class="term-editor" onSubmit={save} aria-label="Éditer un fichier">
          <label class="term-editor-path">
            Fichier
            <input
              ref={pathField}
              type="text"
              value={editor.path}
              readOnly={editor.fixed}
              placeholder="compose.yaml"
              autocapitalize="off"
              autocorrect="off"
              spellcheck={false}
              autocomplete="off"
              onInput={(e) => setEditor({ ...editor, path: (e.target as HTMLInputElement).value })}
              onBlur={() => {
                // A file named after the fact: load what it holds, unless something was typed already.
                const typed = editorField.current?.value ?? '';
                if (!editor.fixed && !typed && editor.path.trim()) {
                  const content = state.fs.read(resolvePath(editor.path.trim(), state.cwd, state.home));
                  if (content) setEditor({ ...editor, content });
                }
              }}
            />
          </label>
          <label class="term-editor-content">
            Contenu{editor.path ? ` de ${editor.path}` : ''}
            <textarea ref={editorField} rows={14} value={editor.content} wrap="off" autocapitalize="off" autocorrect="off" spellcheck={false} />
          </label>
          <div class="term-editor-actions">
            <button type="submit">Enregistrer</button>
            <button type="button" onClick={cancelEdit}>
              Annuler
            </button>
          </div>
        </form>
      ) : (
        <form class="term-input" onSubmit={submit}>
          <label for={`${id}-saisie`} class="term-prompt">
            <span aria-hidden="true">{prompt}</span>
            <span class="sr-only">{heredoc ? `Ligne suivante du here-document, jusqu’à ${heredoc.delimiter}` : `Commande (dossier ${shortCwd(state.cwd, state.home)})`}</span>
          </label>
          <input
            ref={input}
            id={`${id}-saisie`}
            type="text"
            value={value}
            onInput={(e) => {
              setValue((e.target as HTMLInputElement).value);
              nav.current = null;
            }}
            onKeyDown={onKeyDown}
            autocapitalize="off"
            autocorrect="off"
            autocomplete="off"
            spellcheck={false}
            enterkeyhint="send"
            aria-describedby={`${id}-aide`}
          />
        </form>
      )}
      {!editor && (
        <div class="term-keys" role="group" aria-label="Touches du terminal">
          <button type="button" {...key(complete)}>
            Tab<span class="sr-only"> : compléter</span>
          </button>
          <button type="button" aria-label="Commande précédente (flèche haut)" {...key(() => browse(-1))}>
            ↑
          </button>
          <button type="button" aria-label="Commande suivante (flèche bas)" {...key(() => browse(1))}>
            ↓
          </button>
          <button type="button" {...key(cancelLine)}>
            Ctrl+C<span class="sr-only"> : annuler la ligne</span>
          </button>
        </div>
      )}
      <p id={`${id}-aide`} class="term-help">
        Entrée exécute ; ↑ et ↓ rappellent les commandes ; Tab complète (Échap puis Tab pour quitter le champ) ; Ctrl+L efface l’écran ; Ctrl+C annule la ligne ; <code>nano fichier</code> ouvre l’éditeur.
      </p>
    </div>
  );
}
