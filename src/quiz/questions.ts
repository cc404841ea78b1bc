// The shape of a question once the build has rendered its Markdown: plain, serialisable data
// that an island receives as props and the grader reads. No DOM, no Markdown here.

export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'ordering' | 'matching' | 'command';

export const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'command'];

/** French names of the types, as shown to learners and in reports. */
export const TYPE_LABELS: Record<QuestionType, string> = {
  single: 'Choix unique',
  multiple: 'Choix multiple',
  truefalse: 'Vrai ou faux',
  ordering: 'Remise en ordre',
  matching: 'Association',
  command: 'Commande à saisir',
};

interface Base {
  id: string;
  /** Chapter folder (`docker`) and its sidebar label (`Docker`). */
  chapter: string;
  chapterLabel: string;
  /** Page and heading to re-read: `/docker/volumes/#les-volumes-nommés`. */
  section: string;
  /** Title of the page the section belongs to. */
  sectionTitle: string;
  promptHtml: string;
  explanationHtml: string;
}

export interface ChoiceOption {
  html: string;
  correct: boolean;
  feedbackHtml: string;
}

export type Question = Base &
  (
    | { type: 'single' | 'multiple'; options: ChoiceOption[] }
    | { type: 'truefalse'; answer: boolean; feedbackTrueHtml: string; feedbackFalseHtml: string }
    /** Items in the right order; the session shuffles them. */
    | { type: 'ordering'; items: string[] }
    /** Left i goes with right i; the session shuffles the right column. */
    | { type: 'matching'; lefts: string[]; rights: string[] }
    /** Accepted commands, canonical form first (plain text, never HTML). */
    | { type: 'command'; answers: string[] }
  );

export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** Single and multiple choice questions: those with options. */
export type ChoiceQuestion = Extract<Question, { options: ChoiceOption[] }>;

/** What a learner gave. Indices refer to the question's own order, not the shuffled display. */
export type Response =
  | { type: 'single'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean }
  /** Item indices in the order the learner put them. */
  | { type: 'ordering'; order: number[] }
  /** For each left i, the index of the right the learner matched (-1: none). */
  | { type: 'matching'; matches: number[] }
  | { type: 'command'; text: string };
