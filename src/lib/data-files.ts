// The course's data files, built once per build from the content collections: every question
// (exam, quiz pages) and every card (flashcards page). Pages take a file's URL from here; the
// endpoints of src/pages/donnees/ write the files and the manifest.
import { getCollection } from 'astro:content';
import type { DataKind } from '../quiz/data-files';
import type { Question } from '../quiz/questions';
import { emitDataFile, type EmittedFile } from './data-file-emit';
import { prefixInternalLinks, withBase } from './url';

let built: Promise<Record<DataKind, EmittedFile>> | null = null;

async function build(): Promise<Record<DataKind, EmittedFile>> {
  const questions = (await getCollection('quiz')).map((e) => e.data as unknown as Question);
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
  return { questions: emitDataFile('questions', questions), cartes: emitDataFile('cartes', cards) };
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
