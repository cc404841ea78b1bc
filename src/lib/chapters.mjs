// Chapter folders under src/content/docs, in course order, with their sidebar labels. Read by
// astro.config.mjs (the sidebar) and by the quiz and flashcard collections (chapter names).
/** @type {[string, string][]} */
export const CHAPTERS = [
  ['introduction', 'Introduction'],
  ['fondations', 'Fondations'],
  ['ecosysteme', 'L’écosystème'],
  ['docker', 'Docker'],
  ['dockerfile', 'Dockerfile'],
  ['compose', 'Compose'],
  ['production', 'Production'],
  ['ci-cd', 'CI/CD'],
  ['kubernetes', 'Kubernetes'],
  ['pratique', 'Pratique'],
  ['revision', 'Révision'],
];
