// The French no-break spaces given at build to the interface's strings (src/integrations/
// french-strings.mjs): where they go, where they never go, and code that still compiles.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { frenchStrings, takesFrenchStrings } from '../../src/integrations/french-strings.mjs';

/** Shows the no-break spaces: ⍽ for U+00A0, · for U+202F. */
const show = (s: string) => s.replaceAll('\u00a0', '⍽').replaceAll('\u202f', '·');
const fixed = (code: string, file = 'src/components/x/App.tsx') => show(frenchStrings(code, file)?.code ?? code);

/** Runs a module's code (TSX compiled to calls of `h`) and returns what it exports as `out`. */
function run(code: string, file = 'src/components/x/App.tsx'): unknown {
  const js = ts.transpileModule(frenchStrings(code, file)?.code ?? code, {
    fileName: file,
    compilerOptions: { jsx: ts.JsxEmit.React, jsxFactory: 'h', module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const h = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => ({ tag, props, children });
  const exports: Record<string, unknown> = {};
  new Function('exports', 'h', js)(exports, h);
  return exports.out;
}

describe('les chaînes de l’interface', () => {
  it('chaînes, gabarits et texte JSX : espace insécable avant « : », fine avant ; ! ? et dans les guillemets', () => {
    expect(fixed("const a = 'Attention : la carte « x » revient ?';")).toBe("const a = \"Attention⍽: la carte «·x·» revient·?\";");
    expect(fixed('const b = `Durée : ${n} ; fin !`;')).toBe('const b = `Durée⍽: ${n}·; fin·!`;');
    expect(fixed('const c = <p>Nombre de questions : <strong>{n}</strong> !</p>;')).toBe('const c = <p>Nombre de questions⍽: <strong>{n}</strong>·!</p>;');
    // Text that starts after an element: its leading space is the one before « : ».
    expect(fixed('const d = <p><kbd>U</kbd> : annuler, « {label} »</p>;')).toBe('const d = <p><kbd>U</kbd>⍽: annuler, «·{label}·»</p>;');
  });

  it('le code compilé donne les mêmes textes, espaces comprises', () => {
    const out = run("export const out = [<p title=\"Oui : non\">Fin ?</p>, `a « ${1} »`, 'x ; y'];") as [{ props: { title: string }; children: string[] }, string, string];
    expect(show(out[0].props.title)).toBe('Oui⍽: non');
    expect(show(out[0].children[0]!)).toBe('Fin·?');
    expect(show(out[1])).toBe('a «·1·»');
    expect(show(out[2])).toBe('x·; y');
  });

  it('ne touche ni au code affiché, ni aux modules, ni aux expressions régulières, ni aux types, ni au CSS', () => {
    const untouched = [
      "import x from './a : b';",
      'const a = <code>docker ps ; ls ?</code>;',
      'const k = <kbd>Ctrl K</kbd>;',
      "const r = new RegExp(' : ');",
      "type T = 'a : b';",
      'const t = String.raw`a : b`;',
      "const css = { width: '100%', margin: '0 2px' };",
      "const sel = '.quiz :is(a, b)';",
      "const url = 'http://localhost:8080/?page=1';",
      "const o = { 'clé : x': 1 };",
      'const n = `${minutes} minutes`;',
    ];
    for (const code of untouched) expect(fixed(code), code).toBe(code);
  });

  it('les fichiers du TP dans les scénarios du terminal restent tels quels, leur texte d’aide est corrigé', () => {
    const file = 'src/quiz/terminal/scenarios/niveau-9.ts';
    const code = "const html = '<h1>Bonjour !</h1>\\n<p>ici : là</p>\\n';\nconst hint = 'Supprimez d’abord le conteneur : docker rm -f web';";
    expect(fixed(code, file)).toBe("const html = '<h1>Bonjour !</h1>\\n<p>ici : là</p>\\n';\nconst hint = \"Supprimez d’abord le conteneur⍽: docker rm -f web\";");
  });

  it('s’applique à l’interface et à sa logique, jamais à la sortie du terminal simulé (ni, pour l’instant, aux messages du correcteur)', () => {
    for (const id of ['/p/src/components/quiz/ExamApp.tsx', '/p/src/quiz/exam.ts', '/p/src/lib/share.ts', '/p/src/components/page/page.ts?page-script', '/p/src/quiz/terminal/scenarios/catalogue.ts']) {
      expect(takesFrenchStrings(id), id).toBe(true);
    }
    for (const id of ['/p/src/quiz/terminal/commands/containers.ts', '/p/src/quiz/terminal/shell.ts', '/p/src/quiz/command-core.ts', '/p/src/quiz/cli/values.ts', '/p/src/components/quiz/ExamApp.tsx?raw', '/p/src/styles/quiz.css', '/p/src/lib/chapters.mjs', '/p/node_modules/preact/dist/preact.mjs']) {
      expect(takesFrenchStrings(id), id).toBe(false);
    }
  });

  it('rien à changer : rien de renvoyé', () => {
    expect(frenchStrings("const a = 'Bonjour';", 'src/components/a.ts')).toBeNull();
  });
});
