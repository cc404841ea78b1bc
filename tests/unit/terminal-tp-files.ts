// The files of the TP levels, taken from the course page itself (code blocks with a title), so
// that the terminal tests run exactly what learners copy.
import { readFileSync } from 'node:fs';

const PAGE = readFileSync(new URL('../../src/content/docs/pratique/travaux-pratiques.mdx', import.meta.url), 'utf8');

/** The titled code blocks of one level (`## Niveau N`), title → content (indentation removed). */
export function tpFiles(level: number): Record<string, string> {
  const start = PAGE.indexOf(`## Niveau ${level} `);
  const end = PAGE.indexOf('\n## ', start + 1);
  const section = PAGE.slice(start, end < 0 ? undefined : end);
  const files: Record<string, string> = {};
  const re = /^( *)```(\w+) title="([^"]+)"\n([\s\S]*?)^\1```$/gm;
  for (let m = re.exec(section); m; m = re.exec(section)) {
    const [, indent, lang, title, body] = m;
    // The first full version of each file; not « (extrait) », not the text trees.
    if ((lang === 'text' && !/[./]/.test(title)) || title in files || / \(/.test(title)) continue;
    files[title] = body.split('\n').map((l) => l.slice(indent.length)).join('\n');
  }
  return files;
}
