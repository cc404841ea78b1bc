// /revision/quiz/questions/<chapter>.json: the questions, from every bank, whose section lies in
// that chapter's pages (`/docker/…` → docker.json), for the quiz of one section
// (/revision/quiz/?section=…, resume/SectionQuiz.tsx). Fetched only then, precached for offline.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Question } from '../../../../quiz/questions';
import { prefixInternalLinks } from '../../../../lib/url';
import { chapterOfSection } from '../../../../quiz/resume/section';

export const getStaticPaths = (async () => {
  const questions = (await getCollection('quiz')).map((e) => e.data as unknown as Question);
  const chapters = [...new Set(questions.map((q) => chapterOfSection(q.section)))];
  return chapters.map((chapter) => ({ params: { chapter }, props: { questions: questions.filter((q) => chapterOfSection(q.section) === chapter) } }));
}) satisfies GetStaticPaths;

/** Every string with root-absolute links gets the base path (the middleware only sees HTML pages). */
const withLinks = (v: unknown): unknown =>
  typeof v === 'string'
    ? prefixInternalLinks(v)
    : Array.isArray(v)
      ? v.map(withLinks)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withLinks(x)]))
        : v;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(withLinks(props.questions)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
