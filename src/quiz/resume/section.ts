// Sessions limited to one course section (`/revision/cartes/?paquet=…&section=…`,
// `/revision/quiz/?section=…`): what a section parameter may be, and where its data lives.

/** A section as questions and cards name it: a page path with an optional heading fragment. */
const SECTION = /^\/(?:[a-z0-9-]+\/)+(?:#[^\s#]+)?$/;

/** The `section` parameter of the address if it is a course section, else null. */
export function sectionParam(search: string): string | null {
  const s = new URLSearchParams(search).get('section');
  return s && SECTION.test(s) ? s : null;
}

/** The chapter folder of a section (`/docker/volumes/#…` → `docker`): the file of its questions. */
export const chapterOfSection = (section: string): string => section.split('/')[1] ?? '';

/** Quiz progress id of a section's quiz: apart from page quizzes (ids `/…/`) and the exam. */
export const sectionQuizId = (section: string): string => `section:${section}`;
