// What « Ma progression » computes with the scheduler (ts-fsrs): recall today and the exam
// plan. The island loads it alongside its data file instead of in its first script, so that the
// page shows up, and an empty page stays, without parsing ts-fsrs.
export { computeMastery } from '../../quiz/progress/mastery';
export { examPlan, plannerScheduler } from '../../quiz/progress/exam-plan';
