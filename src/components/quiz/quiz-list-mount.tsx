// What /revision/quiz/ mounts with Preact only when it has something to show (./quiz-list.ts):
// the storage notices, and the quiz of one section (`?section=…`).
import { render } from 'preact';
import StorageNotice from '../StorageNotice';
import SectionQuizGate from './SectionQuizGate';

/** Into the notices' placeholder: its two live regions are reused, not replaced. */
export const mountNotices = (el: HTMLElement) => render(<StorageNotice />, el);

export const mountSectionQuiz = (el: HTMLElement) => render(<SectionQuizGate />, el);
