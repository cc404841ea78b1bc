// The exam's sitting and results (ExamApp): the engine, the grader with its CLI tables, the
// question form and the corrections, in one chunk that ExamApp imports when an exam starts or
// is restored, so that the start screen, the first thing the page shows, loads without them.
export {
  answer, confirmMessage, drawExam, examId, examResult, formatCountdown, isAnsweredIn, isFlagged, jumpTo, previous, scoreByChapter,
  skip, startExam, timeLeft, timerAnnouncement, timerLevel, toggleFlag, unanswered,
} from '../../quiz/exam';
export { currentId, finish, fitsQuestions, score } from '../../quiz/session';
export { QuestionForm } from './QuestionForm';
export { ResultList } from './Results';
