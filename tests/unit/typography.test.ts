// French typography added at build time (src/plugins/french-typography.mjs): the rules on small
// strings, then, when the site has been built (`npx astro build`), every built page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchHtml, frenchText, typographyFaults, NBSP, NNBSP } from '../../src/plugins/french-typography.mjs';

/** Shows the no-break spaces: ⍽ for U+00A0, · for U+202F. */
const show = (s: string) => s.replaceAll(NBSP, '⍽').replaceAll(NNBSP, '·');
const fr = (s: string) => show(frenchText(s));

describe('les espaces insécables du français', () => {
  it('une espace fine insécable avant ; ! ? et une espace insécable avant :', () => {
    expect(fr('Pourquoi ? Parce que : voilà ; enfin !')).toBe('Pourquoi·? Parce que⍽: voilà·; enfin·!');
  });

  it('une espace fine insécable à l’intérieur des guillemets, même quand elle manquait', () => {
    expect(fr('le mot « conteneur » et «image»')).toBe('le mot «·conteneur·» et «·image·»');
  });

  it('une espace insécable entre un nombre et son unité, fine avant %', () => {
    expect(fr('512 Mo, 10 min, 3 j, 2 jours, 1,5 Go et 80 %')).toBe('512⍽Mo, 10⍽min, 3⍽j, 2⍽jours, 1,5⍽Go et 80·%');
  });

  it('ne touche ni aux adresses, ni aux étiquettes, ni aux nombres qui ne sont pas suivis d’une unité', () => {
    for (const s of ['http://localhost:8080/?page=1', 'nginx:1.30-alpine', 'le port :80', 'le 3 janvier', 'Docker 29 et 1 000 conteneurs', 'a?b', 'Note: x']) {
      expect(frenchText(s)).toBe(s);
    }
  });

  it('remplace une espace ordinaire ou insécable déjà là par celle qui convient, et rien d’autre', () => {
    expect(fr(`Titre${NBSP}? Suite${NNBSP}: fin`)).toBe('Titre·? Suite⍽: fin');
    const once = frenchText('A : b ; « c » 5 Mo');
    expect(frenchText(once)).toBe(once);
  });
});

describe('le HTML : le texte seulement, jamais le code', () => {
  it('ajoute les espaces dans le texte, y compris après un élément en ligne', () => {
    expect(show(frenchHtml('<p>Lancez <code>docker ps</code> ? Oui : <a href="/x/">la page</a> !</p>'))).toBe(
      '<p>Lancez <code>docker ps</code>·? Oui⍽: <a href="/x/">la page</a>·!</p>',
    );
  });

  it('laisse intacts le code, les scripts, les styles, les attributs, les commentaires, le SVG et les îlots', () => {
    const untouched = [
      '<pre><code>echo "a ; b" ; ls ?</code></pre>',
      '<kbd>Ctrl K</kbd>',
      '<script>if (a<b && c) x = " : ";</script>',
      '<style>a::after { content: " ; " }</style>',
      '<a title="Titre : x" href="/a?b=1 ;">x</a>',
      '<!-- note : ici -->',
      '<svg><text>Hôte : VM</text></svg>',
      '<astro-island><p>Question 3 : <b>x</b> ?</p></astro-island>',
      '<div class="expressive-code"><figure><figcaption>Terminal : x</figcaption><div>a ; b</div></figure></div>',
    ];
    for (const html of untouched) expect(frenchHtml(html)).toBe(html);
  });

  it('reprend le texte après la fin d’un élément ignoré, même imbriqué', () => {
    const html = '<div class="expressive-code"><div><div>a : b</div></div></div><p>Et ensuite : oui</p>';
    expect(show(frenchHtml(html))).toBe('<div class="expressive-code"><div><div>a : b</div></div></div><p>Et ensuite⍽: oui</p>');
  });

  it('compte et situe les fautes (ce qu’il reste à corriger)', () => {
    const faults = typographyFaults('<p>Un : deux « trois »</p><code>a : b</code>');
    expect(faults.map((f) => f.found)).toEqual([' ', '« ', ' »']);
    expect(typographyFaults(frenchHtml('<p>Un : deux « trois »</p>'))).toEqual([]);
  });
});

describe('les questions et les cartes (src/lib/markdown.ts)', () => {
  it('reçoivent les mêmes espaces, hors des blocs de code et du code en ligne', async () => {
    const { renderMarkdown, renderInline } = await import('../../src/lib/markdown');
    const html = await renderMarkdown('Pourquoi ? Voir « `docker ps` ».\n\n```sh\necho "a ; b"\n```');
    expect(show(html)).toContain('Pourquoi·? Voir «·<code>docker ps</code>·».');
    expect(html).toContain('a ; b');
    expect(show(await renderInline('Limite : 512 Mo'))).toBe('Limite⍽: 512⍽Mo');
  }, 60_000);
});

// The built site: every page's text, once `astro build` has written dist/. `npm test` builds after
// the unit tests, so the check of the built pages also runs in tests/e2e/typography.spec.ts.
const DIST = 'dist';
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

describe.runIf(existsSync(join(DIST, 'index.html')))('les pages construites (dist/)', () => {
  it('n’ont aucune espace ordinaire avant ; : ! ? » ni après « hors du code', () => {
    const faults = htmlFiles(DIST).flatMap((f) => typographyFaults(readFileSync(f, 'utf8')).map((x) => `${f} : « ${show(x.context)} »`));
    expect(faults.slice(0, 20), `${faults.length} faute(s)`).toEqual([]);
  });
});
