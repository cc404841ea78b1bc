// The quiz collection's loader: validates every bank of src/content/quiz (French errors naming
// file, question and field) and renders its Markdown at build time, so that islands receive
// plain HTML and the answers they need, and the browser gets no Markdown parser.
import { questionSchema, type QuestionSource } from '../quiz/quiz-schema';
import type { Question } from '../quiz/questions';
import { CHAPTERS } from './chapters.mjs';
import { readDocTitles } from './doc-anchors';
import { renderInline, renderMarkdown } from './markdown';
import { readYamlBank } from './yaml-collection';

const chapterLabels = new Map(CHAPTERS);

async function renderQuestion(source: QuestionSource, titles: Map<string, string>): Promise<Question> {
  const page = source.section.split('#')[0];
  const chapter = page.split('/')[1];
  const base = {
    id: source.id,
    chapter,
    chapterLabel: chapterLabels.get(chapter) ?? chapter,
    section: source.section,
    sectionTitle: titles.get(page) ?? page,
    promptHtml: await renderMarkdown(source.prompt),
    explanationHtml: await renderMarkdown(source.explanation),
  };
  switch (source.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        type: source.type,
        options: await Promise.all(
          source.options.map(async (o) => ({ html: await renderInline(o.text), correct: o.correct, feedbackHtml: await renderMarkdown(o.feedback) })),
        ),
      };
    case 'truefalse':
      return {
        ...base,
        type: 'truefalse',
        answer: source.answer,
        feedbackTrueHtml: await renderMarkdown(source.feedback.vrai),
        feedbackFalseHtml: await renderMarkdown(source.feedback.faux),
      };
    case 'ordering':
      return { ...base, type: 'ordering', items: await Promise.all(source.items.map(renderInline)) };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        lefts: await Promise.all(source.pairs.map((p) => renderInline(p.left))),
        rights: await Promise.all(source.pairs.map((p) => renderInline(p.right))),
      };
    case 'command':
      return { ...base, type: 'command', answers: source.answers };
  }
}

/** Every question of the course, validated and rendered, in bank then file order. */
export async function loadQuestions(dir = 'src/content/quiz'): Promise<Question[]> {
  const items = readYamlBank({ dir, listKey: 'questions', itemLabel: 'question', schema: questionSchema });
  const titles = readDocTitles();
  const order = new Map(CHAPTERS.map(([c], i) => [c, i]));
  const questions = await Promise.all(items.map(({ item }) => renderQuestion(item as QuestionSource, titles)));
  // Chapters in course order; within a chapter, the order written in the banks.
  return questions
    .map((q, i) => ({ q, i }))
    .sort((a, b) => (order.get(a.q.chapter) ?? 99) - (order.get(b.q.chapter) ?? 99) || a.i - b.i)
    .map(({ q }) => q);
}
