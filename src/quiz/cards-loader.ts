// The `cards` collection's loader (src/content.config.ts): reads every deck of
// src/content/cards through readYamlBank (zod schema, duplicate ids, sections that exist; a
// French error naming file, card and field stops the build), expands each entry into its study
// cards and renders every Markdown side to HTML with shiki, at build time only.
import type { Loader } from 'astro/loaders';
import { CHAPTERS } from '../lib/chapters.mjs';
import { readDocTitles } from '../lib/doc-anchors';
import { renderMarkdown } from '../lib/markdown';
import { readYamlBank } from '../lib/yaml-collection';
import { cardEntrySchema, expandEntry, markClozeHtml, studyCardSchema, type StudyCard } from './cards-schema';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '’', nbsp: ' ' };

/** The text a reader sees in an HTML fragment. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(p|li|pre|div|h\d)>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every study card of the course, rendered, in course order (chapter, then file order, then card number). */
export async function loadStudyCards(dir = 'src/content/cards'): Promise<StudyCard[]> {
  const items = readYamlBank({ dir, listKey: 'cards', itemLabel: 'carte', schema: cardEntrySchema });
  const titles = readDocTitles();
  const chapterOrder = new Map(CHAPTERS.map(([id], i) => [id, i]));
  const labels = new Map(CHAPTERS);
  const sources = items
    .map(({ file, item }, i) => ({ deck: file.replace(/\.ya?ml$/, ''), item, i }))
    .sort((a, b) => (chapterOrder.get(a.deck) ?? 99) - (chapterOrder.get(b.deck) ?? 99) || a.i - b.i)
    .flatMap(({ deck, item }) => expandEntry(item).map((card) => ({ deck, card })));
  return Promise.all(
    sources.map(async ({ deck, card }, order) => {
      const frontHtml = markClozeHtml(await renderMarkdown(card.front));
      const backHtml = markClozeHtml(await renderMarkdown(card.back));
      const extraHtml = card.extra ? await renderMarkdown(card.extra) : undefined;
      const page = card.section.split('#')[0] ?? card.section;
      return {
        id: card.id,
        note: card.note,
        deck,
        deckLabel: labels.get(deck) ?? deck,
        order,
        type: card.type,
        ord: card.ord,
        frontHtml,
        backHtml,
        ...(extraHtml ? { extraHtml } : {}),
        section: card.section,
        sectionTitle: titles.get(page) ?? page,
        tags: card.tags,
        frontText: htmlToText(frontHtml),
        backText: htmlToText(extraHtml ? `${backHtml} ${extraHtml}` : backHtml),
      };
    }),
  );
}

/** The loader: one collection entry per study card; in dev, any change of a deck reloads them. */
export function cardsLoader(dir = 'src/content/cards'): Loader {
  return {
    name: 'cours-conteneurs-cards',
    schema: studyCardSchema,
    load: async ({ store, parseData, watcher, logger, generateDigest }) => {
      const sync = async () => {
        const cards = await loadStudyCards(dir);
        store.clear();
        for (const card of cards) {
          const data = await parseData({ id: card.id, data: card });
          store.set({ id: card.id, data, digest: generateDigest(data) });
        }
        logger.info(`${cards.length} cartes de révision`);
      };
      await sync();
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (/src[\\/]content[\\/]cards[\\/].+\.ya?ml$/.test(path)) sync().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
