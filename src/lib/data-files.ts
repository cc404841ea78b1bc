// The course's data files, built once per build from the content collections: every question
// (exam, quiz pages), every card (flashcards page) and the course's outline (« Ma progression »,
// sessions limited to one section). Pages take a file's URL from here; the
// endpoints of src/pages/donnees/ write the files and the manifest.
import { getCollection } from 'astro:content';
import type { DataKind } from '../quiz/data-files';
import type { Question } from '../quiz/questions';
import { courseData } from '../components/progress/course-data';
import { emitDataFile, type EmittedFile } from './data-file-emit';
import { prefixInternalLinks, withBase } from './url';

/** Every string with root-absolute links gets the base path (the middleware only sees HTML pages). */
const withLinks = (v: unknown): unknown =>
  typeof v === 'string'
    ? prefixInternalLinks(v)
    : Array.isArray(v)
      ? v.map(withLinks)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withLinks(x)]))
        : v;

let built: Promise<Record<DataKind, EmittedFile>> | null = null;

async function build(): Promise<Record<DataKind, EmittedFile>> {
  // Root-absolute links in a question's HTML get the site's base path, as in the cards below.
  const questions = (await getCollection('quiz')).map((e) => withLinks(e.data) as Question);
  // Links inside the cards get the site's base path (the middleware cannot see them in JSON).
  const cards = (await getCollection('cards'))
    .map((entry) => entry.data)
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, frontText: _front, backText: _back, ...card }) => ({
      ...card,
      frontHtml: prefixInternalLinks(card.frontHtml),
      backHtml: prefixInternalLinks(card.backHtml),
      ...(card.extraHtml ? { extraHtml: prefixInternalLinks(card.extraHtml) } : {}),
    }));
  return {
    questions: emitDataFile('questions', questions),
    cartes: emitDataFile('cartes', cards),
    cours: emitDataFile('cours', [{ id: 'cours', ...(await courseData()) }]),
  };
}

/** The emitted files of this build, by kind. */
export function dataFiles(): Promise<Record<DataKind, EmittedFile>> {
  built ??= build();
  return built;
}

/** The URL a page gives its island for a kind of data: `/cours/donnees/cartes-….json`. */
export async function dataUrl(kind: DataKind): Promise<string> {
  return withBase(`/${(await dataFiles())[kind].path}`);
}
