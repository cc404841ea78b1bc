// The practice pages: each level has a checkpoint, and every answer stays folded until the
// student asks for it (a solution printed next to its question spoils the exercise).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../scripts/lib/content-rules.mjs';

const read = (slug: string) => splitFrontmatter(readFileSync(`src/content/docs/pratique/${slug}.mdx`, 'utf8')).body;

// `## Titre` sections of a page, without the fenced code (a `## ` inside a block is not a heading).
function sections(body: string): { title: string; text: string }[] {
  const withoutCode = body.replace(/^( *)(`{3,})[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, '');
  return withoutCode
    .split(/^## /m)
    .slice(1)
    .map((chunk) => ({ title: chunk.slice(0, chunk.indexOf('\n')).trim(), text: chunk }));
}

// The summaries of the <details> blocks of a section, in order.
const summaries = (text: string) => [...text.matchAll(/<details>\s*<summary>([^<]+)<\/summary>/g)].map((m) => m[1]!.trim());

describe('les travaux pratiques', () => {
  const body = read('travaux-pratiques');
  const levels = sections(body).filter((s) => /^Niveau \d/.test(s.title));

  it('ont cinq niveaux', () => {
    expect(levels.map((s) => s.title.slice(0, 9))).toEqual(['Niveau 1 ', 'Niveau 2 ', 'Niveau 3 ', 'Niveau 4 ', 'Niveau 5 ']);
  });

  it.each(levels.map((s) => [s.title, s.text] as const))('%s : un point de contrôle, suivi de sa solution repliée', (_title, text) => {
    const at = text.indexOf('**Point de contrôle**');
    expect(at).toBeGreaterThanOrEqual(0);
    const after = text.slice(at);
    // The question's paragraph ends before the solution: no answer in parentheses after the question mark.
    const question = after.slice(0, after.indexOf('\n'));
    expect(question).not.toMatch(/\?\s*\(/);
    expect(summaries(after)[0]).toBe('Voir la solution');
  });
});

describe('l’atelier de dépannage', () => {
  const pannes = sections(read('atelier-depannage')).filter((s) => s.title.startsWith('Panne'));

  it('propose au moins quatre pannes', () => {
    expect(pannes.length).toBeGreaterThanOrEqual(4);
  });

  it.each(pannes.map((s) => [s.title, s.text] as const))('%s : un indice, puis la solution, repliés', (_title, text) => {
    expect(summaries(text)).toEqual(['Indice', 'Voir la solution']);
  });
});

describe('les blocs <details> des pages pratiques', () => {
  it.each(['travaux-pratiques', 'atelier-depannage'])('%s : une ligne vide après <summary> et avant </details>', (slug) => {
    const body = read(slug);
    const opened = body.match(/<details>/g)?.length ?? 0;
    expect(opened).toBeGreaterThan(0);
    // Without the blank lines, MDX keeps the Markdown inside the block as raw text.
    expect(body.match(/<\/summary>\n\n/g)?.length ?? 0).toBe(opened);
    expect(body.match(/\n\n<\/details>/g)?.length ?? 0).toBe(opened);
  });
});
