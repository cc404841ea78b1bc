// Build time only: the course as « Ma progression » needs it — chapters, sections (page and
// heading titles), and which section each question and card belongs to — in one compact JSON
// value (ids point to sections by index; no question or card text travels).
import { getCollection } from 'astro:content';
import { CHAPTERS } from '../../lib/chapters.mjs';
import { readDocHeadings, readDocTitles } from '../../lib/doc-anchors';
import type { CourseData } from '../../quiz/progress/mastery';
import { sectionDecks } from '../../quiz/progress/section-decks';

export async function courseData(): Promise<CourseData> {
  const questions = (await getCollection('quiz')).map((e) => e.data as unknown as { id: string; section: string });
  const cards = (await getCollection('cards')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const docs = await getCollection('docs');
  const headings = readDocHeadings();
  const titles = readDocTitles();
  // Course order: chapters as in the sidebar, pages by their sidebar order, headings as on the page.
  const pageOrder = new Map(docs.map((d) => [`/${d.id.replace(/(^|\/)index$/, '')}/`.replace(/\/+$/, '/'), d.data.sidebar?.order ?? 999]));
  const chapterIds = CHAPTERS.map(([id]) => id);
  const all = [...new Set([...questions.map((q) => q.section), ...cards.map((c) => c.section)])];
  const page = (section: string) => section.split('#')[0]!;
  const chapterOf = (section: string) => chapterIds.indexOf(page(section).split('/')[1]!);
  const headingIndex = (section: string) => {
    const id = section.split('#')[1];
    return id === undefined ? -1 : [...(headings.get(page(section))?.keys() ?? [])].indexOf(id);
  };
  all.sort(
    (a, b) =>
      chapterOf(a) - chapterOf(b) ||
      (pageOrder.get(page(a)) ?? 999) - (pageOrder.get(page(b)) ?? 999) ||
      page(a).localeCompare(page(b)) ||
      headingIndex(a) - headingIndex(b),
  );
  const deckOf = sectionDecks(cards);
  const used = chapterIds.filter((id) => all.some((s) => page(s).split('/')[1] === id));
  const index = new Map(all.map((s, i) => [s, i]));
  return {
    chapters: used.map((id) => ({ id, label: CHAPTERS.find(([c]) => c === id)![1] })),
    sections: all.map((s) => {
      const pageTitle = titles.get(page(s)) ?? page(s);
      const heading = s.includes('#') ? headings.get(page(s))?.get(s.split('#')[1]!) : undefined;
      return {
        path: s,
        title: heading ?? pageTitle,
        page: pageTitle,
        chapter: used.indexOf(page(s).split('/')[1]!),
        deck: deckOf.get(s) ?? null,
      };
    }),
    questions: questions.map((q) => [q.id, index.get(q.section)!]),
    cards: cards.map((c) => [c.id, index.get(c.section)!]),
  };
}
