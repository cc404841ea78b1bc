// « Ma progression » (/revision/progression/): the exam date and its plan, the five sections to
// revise first, mastery per chapter with its sections in a disclosure, and the exam history.
// The island reads the stored progress (cards, settings, quizzes) and the course lists the page
// embeds as JSON; every figure is computed by src/quiz/progress. Figures are said in words.
// What needs ts-fsrs (engine.ts) loads alongside the data file, and the exam plan is computed in
// a task of its own once the rest of the page is on screen.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { withBase } from '../../lib/url';
import { countdown, countdownLabel, PLAN_MARGIN_DAYS } from '../../quiz/progress/exam-date';
import type { ChapterPlan, ExamPlan } from '../../quiz/progress/exam-plan';
import { cardMemory, hasAnyData, percent, quizMastery, timeAgo, weakestSections, type ChapterMastery, type CourseData, type Figures, type SectionMastery } from '../../quiz/progress/figures';
import { examHistory } from '../../quiz/quiz-progress';
import { hasLearnerData, somethingStored } from '../../quiz/progress/learner-data';
import { $quizProgress, loadQuizProgress } from '../../quiz/quiz-store';
import { formatCount, formatDate } from '../../quiz/srs/intervals';
import { $loaded, $progress, $settings, loadProgressInSlices } from '../../quiz/srs/state';
import { DataFileStatus, useDataFile } from '../DataFileStatus';
import StorageNotice from '../StorageNotice';
import { ExamChart } from './ExamChart';
import { FollowPlan } from './ExamDate';
import { TerminalSummary } from './TerminalSummary';
import './progress.css';

const plural = (n: number, one: string, many: string) => `${formatCount(n)}\u00a0${n > 1 ? many : one}`;

/** « 67 % (réponses justes : 2 sur 3, dernière il y a 3 j) ». */
function quizWords(f: Figures, now: number): string {
  if (!f.questions) return 'pas de question';
  if (!f.answered) return `pas encore de réponse (${plural(f.questions, 'question', 'questions')})`;
  return `${percent(quizMastery(f)!)} (réponses justes : ${f.right} sur ${f.questions}, dernière ${timeAgo(f.lastAnswer!, now)})`;
}

/** « rappel 87 % (12 étudiées, 3 jamais étudiées) ». */
function cardWords(f: Figures): string {
  if (!f.cards) return 'pas de carte';
  const notYet = f.cards - f.studied;
  if (!f.studied) return `pas encore étudiées (${plural(f.cards, 'carte', 'cartes')})`;
  return `rappel ${percent(cardMemory(f)!)} (${plural(f.studied, 'étudiée', 'étudiées')}${notYet ? `, ${notYet} jamais étudiée${notYet > 1 ? 's' : ''}` : ''})`;
}

function Meter({ value, label }: { value: number | null; label: string }) {
  // A bar drawn beside the words, never instead of them.
  return (
    <span class="prog-meter" aria-hidden="true" title={label}>
      <span style={{ width: `${Math.round((value ?? 0) * 100)}%` }} />
    </span>
  );
}

function SectionLinks({ course, s }: { course: CourseData; s: SectionMastery }) {
  const section = course.sections[s.index]!;
  const encoded = encodeURIComponent(section.path);
  return (
    <ul class="prog-liens">
      <li>
        <a href={withBase(section.path)}>
          Relire<span class="sr-only"> la section « {section.title} »</span>
        </a>
      </li>
      {s.questions > 0 && (
        <li>
          <a href={withBase(`/revision/quiz/?section=${encoded}`)}>
            {plural(s.questions, 'question', 'questions')}
            <span class="sr-only"> de la section « {section.title} »</span>
          </a>
        </li>
      )}
      {s.cards > 0 && section.deck && (
        <li>
          <a href={withBase(`/revision/cartes/?paquet=${encodeURIComponent(section.deck)}&section=${encoded}`)}>
            {plural(s.cards, 'carte', 'cartes')}
            <span class="sr-only"> de la section « {section.title} »</span>
          </a>
        </li>
      )}
    </ul>
  );
}

function FiguresText({ f, now }: { f: Figures; now: number }) {
  return (
    <dl class="prog-chiffres">
      <div>
        <dt>Quiz</dt>
        <dd>
          <Meter value={f.answered ? quizMastery(f) : null} label="Quiz" /> {quizWords(f, now)}
        </dd>
      </div>
      <div>
        <dt>Cartes</dt>
        <dd>
          <Meter value={cardMemory(f)} label="Cartes" /> {cardWords(f)}
        </dd>
      </div>
    </dl>
  );
}

/** A section: its heading (page, and chapter outside its chapter's list), its figures, its three links. */
function SectionItem({ course, s, now, withChapter = false }: { course: CourseData; s: SectionMastery; now: number; withChapter?: boolean }) {
  const section = course.sections[s.index]!;
  const where = [section.title !== section.page ? section.page : '', withChapter ? `(${course.chapters[section.chapter]!.label})` : ''].filter(Boolean).join(' ');
  return (
    <li>
      <p class="prog-section-titre">
        {section.title}
        {where && <span class="prog-page"> — {where}</span>}
      </p>
      <FiguresText f={s} now={now} />
      <SectionLinks course={course} s={s} />
    </li>
  );
}

function ChapterRow({ course, c, now }: { course: CourseData; c: ChapterMastery; now: number }) {
  const label = course.chapters[c.index]!.label;
  // The sections are rendered once the chapter is opened: hundreds of them, closed, would only weigh on the page.
  const [open, setOpen] = useState(false);
  return (
    <details class="prog-chapitre" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <span class="prog-chapitre-nom">{label}</span>
        <FiguresText f={c} now={now} />
      </summary>
      {open && (
        <ul class="prog-sections" aria-label={`Sections du chapitre ${label}`}>
          {c.sections.map((s) => (
            <SectionItem key={s.index} course={course} s={s} now={now} />
          ))}
        </ul>
      )}
    </details>
  );
}

function recallWords(p: ChapterPlan): string {
  const { studied, recallSum, neverSeen, cards } = p.prediction;
  if (!studied) return `aucune carte étudiée d’ici là (${plural(cards, 'carte', 'cartes')})`;
  return `${percent(recallSum / studied)} des ${plural(studied, 'carte étudiée', 'cartes étudiées')}${neverSeen ? `, ${neverSeen} jamais vue${neverSeen > 1 ? 's' : ''}` : ''}`;
}

function ExamSection({ plan, course }: { plan: ExamPlan; course: CourseData }) {
  const c = plan.countdown;
  const date = formatDate(c.start);
  if (c.daysLeft < 0) {
    return (
      <p>
        L’examen du {date} est passé. Indiquez la date du prochain dans{' '}
        <a href={withBase('/revision/cartes/?vue=reglages')}>les réglages des cartes</a>.
      </p>
    );
  }
  const pace = plan.pace.perDay;
  return (
    <>
      <p class="prog-compte">
        <strong>{countdownLabel(c)}</strong> ({date}).
      </p>
      <p>
        Votre rythme actuel : {pace.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} nouvelle{pace >= 2 ? 's' : ''} carte{pace >= 2 ? 's' : ''} par jour
        (moyenne des {plural(plan.pace.days, 'dernier jour', 'derniers jours')}), toutes les révisions faites le jour prévu.
      </p>
      {plan.newPerDay !== null && (
        <p>
          {plan.total.toLearn === 0 ? (
            <>Toutes les cartes sont déjà étudiées : il ne reste qu’à faire les révisions du jour.</>
          ) : plan.late ? (
            <>
              Il reste moins de {PLAN_MARGIN_DAYS}&nbsp;jours : pour voir les {plural(plan.total.toLearn, 'carte restante', 'cartes restantes')} avant l’examen, étudiez{' '}
              <strong>{plural(plan.newPerDay, 'nouvelle carte', 'nouvelles cartes')} par jour</strong> pendant {plural(plan.days, 'jour', 'jours')}.
            </>
          ) : (
            <>
              Pour avoir étudié chaque carte au moins {PLAN_MARGIN_DAYS}&nbsp;jours avant l’examen :{' '}
              <strong>{plural(plan.newPerDay, 'nouvelle carte', 'nouvelles cartes')} par jour</strong> pendant {plural(plan.days, 'jour', 'jours')}
              {' '}({plural(plan.total.toLearn, 'carte restante', 'cartes restantes')}).
            </>
          )}
        </p>
      )}
      {plan.newPerDay !== null && <FollowPlan planned={plan.newPerDay} />}
      <div class="prog-table-wrap">
        <table class="prog-plan">
          <caption>Par chapitre, le jour de l’examen, à votre rythme actuel</caption>
          <thead>
            <tr>
              <th scope="col">Chapitre</th>
              <th scope="col">Rappel prévu</th>
              {plan.newPerDay !== null && <th scope="col">Nouvelles par jour selon le plan</th>}
            </tr>
          </thead>
          <tbody>
            {plan.chapters.map((p) => (
              <tr key={p.index}>
                <th scope="row">{course.chapters[p.index]!.label}</th>
                <td>{recallWords(p)}</td>
                {plan.newPerDay !== null && <td>{p.toLearn ? p.newPerDay : 'aucune (tout est étudié)'}</td>}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Tout le cours</th>
              <td>{recallWords(plan.total)}</td>
              {plan.newPerDay !== null && <td>{plan.newPerDay}</td>}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

type Engine = typeof import('./engine');

export default function ProgressApp({ courseUrl }: { courseUrl: string }) {
  const [now, setNow] = useState(() => Date.now());
  const loaded = useStore($loaded);
  const progress = useStore($progress);
  const settings = useStore($settings);
  const quiz = useStore($quizProgress);
  const examSet = countdown(settings.examDate, now) !== null;
  // A learner with nothing stored yet (a first visit) sees the empty page, which needs neither
  // the course's outline nor the scheduler (ts-fsrs): both are fetched only when there is data,
  // at once when something is stored, else as soon as some arrives (another tab).
  const [storedAtLoad] = useState(() => somethingStored());
  const needsData = loaded ? hasLearnerData(progress, quiz, examSet) : storedAtLoad;
  // The course's outline, from its hashed data file (« Réessayer » if it cannot be had).
  const [outline, retry] = useDataFile(needsData ? courseUrl : null, 'cours');
  const course: CourseData | null = outline.status === 'ready' ? (outline.items[0] ?? null) : null;

  useEffect(() => {
    // Years of study take a while to decode: a few milliseconds at a time, the page stays responsive.
    void loadProgressInSlices();
    loadQuizProgress();
    setNow(Date.now());
    // Recall and « il y a … » move with time: refresh every minute while the page is open.
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  // The computing half of the page (ts-fsrs), fetched while the data file is.
  const [engine, setEngine] = useState<Engine | null>(null);
  const [engineFailed, setEngineFailed] = useState(false);
  const [engineAttempt, setEngineAttempt] = useState(0);
  useEffect(() => {
    if (!needsData) return undefined;
    let live = true;
    setEngineFailed(false);
    import('./engine').then(
      (m) => live && setEngine(m),
      () => live && setEngineFailed(true),
    );
    return () => {
      live = false;
    };
  }, [engineAttempt, needsData]);

  const f = useMemo(() => engine?.plannerScheduler(settings) ?? null, [engine, settings.retention, settings.weights]);
  const chapters = useMemo(
    () => (course && engine && f ? engine.computeMastery(course, quiz.questions, progress, f.parameters.w, now) : null),
    [course, engine, quiz.questions, progress, f, now],
  );
  // The plan simulates every card until the exam: its own task, after the page is painted.
  const [plan, setPlan] = useState<ExamPlan | null>(null);
  useEffect(() => {
    if (!course || !engine || !f || !loaded) return;
    const timer = setTimeout(() => setPlan(engine.examPlan(course, progress, settings, f, now)), 0);
    return () => clearTimeout(timer);
  }, [course, engine, progress, settings, f, now, loaded]);
  const exams = useMemo(() => examHistory(quiz), [quiz]);

  if (needsData && outline.status === 'error') return <DataFileStatus state={outline} retry={retry} what="du plan du cours" />;
  if (needsData && engineFailed) {
    const failed = { status: 'error' as const, message: 'Chargement impossible : vérifiez la connexion puis réessayez.' };
    return <DataFileStatus state={failed} retry={() => setEngineAttempt((n) => n + 1)} what="des calculs" />;
  }
  if (!loaded || (needsData && (!course || !chapters))) {
    return (
      <p role="status" class="prog-chargement">
        Chargement de votre progression…
      </p>
    );
  }

  const weakest = chapters ? weakestSections(chapters) : [];
  const any = (chapters !== null && hasAnyData(chapters)) || exams.length > 0;
  return (
    <div class="prog-app" data-pagefind-ignore>
      <StorageNotice />
      <section aria-labelledby="prog-examen">
        <h2 id="prog-examen">Date de l’examen</h2>
        {examSet && plan && course ? (
          <ExamSection plan={plan} course={course} />
        ) : examSet ? (
          <p role="status">Calcul du plan jusqu’à l’examen…</p>
        ) : (
          <p>
            Indiquez la date de votre examen dans <a href={withBase('/revision/cartes/?vue=reglages')}>les réglages des cartes</a> : cette
            page dira alors, pour chaque chapitre, ce que vous devriez retenir ce jour-là et combien de nouvelles cartes étudier chaque jour.
          </p>
        )}
      </section>

      {/* With data, the outline and the figures are there (the « Chargement » above waited for them). */}
      {!any || !course || !chapters ? (
        <section aria-labelledby="prog-vide" class="prog-vide">
          <h2 id="prog-vide">Pas encore de progression</h2>
          <p>
            Répondez à un quiz ou révisez des cartes : cette page montrera ce que vous savez, chapitre par chapitre, et les sections à
            revoir en priorité. Commencez par <a href={withBase('/revision/quiz/')}>les quiz</a>,{' '}
            <a href={withBase('/revision/cartes/')}>les cartes de révision</a> ou <a href={withBase('/revision/examen/')}>l’examen blanc</a>.
          </p>
        </section>
      ) : (
        <>
          <section aria-labelledby="prog-priorite">
            <h2 id="prog-priorite">À revoir en priorité</h2>
            {weakest.length === 0 ? (
              <p>Rien à signaler pour l’instant : répondez à des questions ou révisez des cartes pour voir vos points faibles.</p>
            ) : (
              <ol class="prog-priorites">
                {weakest.map((s) => (
                  <SectionItem key={s.index} course={course} s={s} now={now} withChapter />
                ))}
              </ol>
            )}
          </section>

          <section aria-labelledby="prog-chapitres">
            <h2 id="prog-chapitres">Par chapitre</h2>
            <p class="prog-aide">Ouvrez un chapitre pour voir ses sections et les réviser.</p>
            {chapters.map((c) => (
              <ChapterRow key={c.index} course={course} c={c} now={now} />
            ))}
          </section>
        </>
      )}

      <section aria-labelledby="prog-terminal">
        <h2 id="prog-terminal">Terminal d’entraînement</h2>
        <p class="prog-aide">
          Les étapes réussies des scénarios guidés des travaux pratiques. Le <a href={withBase('/pratique/terminal/')}>mode libre</a> ne compte pas.
        </p>
        <TerminalSummary />
      </section>

      <section aria-labelledby="prog-examens">
        <h2 id="prog-examens">Examens blancs</h2>
        {exams.length === 0 ? (
          <p>
            Aucun examen blanc terminé pour l’instant. <a href={withBase('/revision/examen/')}>Passer un examen blanc</a>.
          </p>
        ) : (
          <ExamChart exams={exams} />
        )}
      </section>
    </div>
  );
}
