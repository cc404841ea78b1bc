// Build-time Markdown → HTML for the strings held in the quiz banks and flashcard decks, with
// code highlighted by shiki in the course's themes. Runs during `astro build` only: nothing of
// it ships to the browser.
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { frenchHtml } from '../plugins/french-typography.mjs';

type Renderer = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>;
let renderer: Promise<Renderer> | undefined;

function processor(): Promise<Renderer> {
  renderer ??= createSatteriMarkdownProcessor({
    syntaxHighlight: { type: 'shiki' },
    // The same themes as Expressive Code (ec.config.mjs); theme.css switches them with the site.
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
  } as Parameters<typeof createSatteriMarkdownProcessor>[0]);
  return renderer;
}

/**
 * A Markdown block (paragraphs, lists, fenced code) as HTML, with the French no-break spaces
 * of the pages (outside code).
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  const { code } = await (await processor()).render(markdown.trim());
  return frenchHtml(code.trim());
}

/**
 * A short Markdown phrase (an option, a matching item) as inline HTML: the paragraph that
 * Markdown wraps around a single line is removed, so it can sit inside a <label>.
 */
export async function renderInline(markdown: string): Promise<string> {
  const html = await renderMarkdown(markdown);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1].includes('<p>') ? single[1] : html;
}
