// The review, as in Anki: the question; « Afficher la réponse » (Space or Enter) shows the
// answer and moves focus to it; four grades, each with the interval it gives (keys 1–4;
// Space or Enter: « Correct »); « Annuler » (U or Ctrl+Z) takes the last grades back one by
// one; the remaining counts; an end screen that says when the next cards come. The island only
// shows state and dispatches: the queue and the scheduling are src/quiz/srs's.
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { $undo, grade, intervalsFor, reset, suspend, undo } from '../../quiz/srs/actions';
import { formatDue, formatInterval, formatIntervalLong } from '../../quiz/srs/intervals';
import type { Grade } from '../../quiz/srs/model';
import { withPlan } from '../../quiz/progress/exam-date';
import { buildQueue, type QueueKind } from '../../quiz/srs/queue';
import { $loaded, $progress, $settings } from '../../quiz/srs/state';
import { CardBoundary } from './CardBoundary';
import { CardFace, KIND_LABEL, SectionLink } from './CardFace';
import { queueCards, type ClientCard } from './data';
import { SectionTitle } from '../resume/SectionTitle';
import { useFocusMode } from './focus-mode';

export const GRADES: { grade: Grade; label: string; key: string }[] = [
  { grade: 1, label: 'À revoir', key: '1' },
  { grade: 2, label: 'Difficile', key: '2' },
  { grade: 3, label: 'Correct', key: '3' },
  { grade: 4, label: 'Facile', key: '4' },
];

interface Props {
  cards: readonly ClientCard[];
  /** null: every deck. */
  deck: string | null;
  deckLabel: string;
  /** Only the cards of this course section (`&section=`), null: all. */
  section?: string | null;
  onNavigate: (search: string) => void;
}

type FocusTarget = 'question' | 'answer' | 'end' | null;

/** Is the key press meant for a text field (never a shortcut there)? */
function typing(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

export function Review({ cards, deck, deckLabel, section = null, onNavigate }: Props) {
  const loaded = useStore($loaded);
  const progress = useStore($progress);
  const settings = useStore($settings);
  const undoStack = useStore($undo);
  const [now, setNow] = useState(() => Date.now());
  const [currentId, setCurrentId] = useState<string | null>(null);
  // The card whose answer is shown (a new card on screen starts on its question).
  const [revealedId, setRevealedId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  // « Les étudier quand même »: when that session started (queue.ts's `ahead`).
  const [ahead, setAhead] = useState<number | null>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const endRef = useRef<HTMLHeadingElement>(null);
  const focusMode = useFocusMode();

  // Learning cards come due while the learner studies: look again every 15 seconds.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);

  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const qCards = useMemo(() => queueCards(cards), [cards]);
  // « Suivre le plan »: today's new-card limit from the exam plan.
  const limits = useMemo(() => withPlan(settings, cards.map((c) => c.id), progress, now), [settings, cards, progress, now]);
  const queue = useMemo(() => buildQueue(qCards, progress, limits, now, { deck, section, ahead }), [qCards, progress, limits, now, deck, section, ahead]);

  const kindOf = (id: string): QueueKind | null =>
    queue.learning.includes(id) ? 'learning' : queue.review.includes(id) ? 'review' : queue.fresh.includes(id) ? 'new' : null;
  // The card on screen stays until it is answered, even if another becomes due meanwhile.
  const shownId = currentId && kindOf(currentId) ? currentId : (queue.next?.id ?? null);
  const kind = shownId ? kindOf(shownId) : null;
  const card = shownId ? byId.get(shownId) : undefined;
  const revealed = !!shownId && revealedId === shownId;

  // The effects below that set state or move focus run when their render is committed
  // (useLayoutEffect), never later: Preact runs a passive effect still waiting for the next frame
  // at the start of the next render, where its stale values would undo what a key pressed in
  // between asked for (Space after a grade: the answer shown but the focus left on the question;
  // U after a grade: another card than the one taken back).
  useLayoutEffect(() => {
    if (shownId !== currentId) setCurrentId(shownId);
  }, [shownId, currentId]);

  useLayoutEffect(() => {
    if (!focusTarget) return;
    // After a grade, the next question, or the end screen when there is none.
    const el =
      focusTarget === 'answer' ? answerRef.current : (focusTarget === 'question' ? questionRef.current : null) ?? endRef.current;
    if (el) {
      el.focus({ preventScroll: true });
      // In sight on a phone too: the buttons below the answer if they fit, the start of what was focused in any case.
      if (focusTarget === 'answer') el.closest('.carte')?.querySelector('.notes')?.scrollIntoView({ block: 'nearest' });
      else el.closest('.carte')?.querySelector('.actions-revision')?.scrollIntoView({ block: 'nearest' });
      el.scrollIntoView({ block: 'nearest' });
      setFocusTarget(null);
    }
  });

  // What the key listener acts on: the state of the latest render, changed at once by the actions below.
  const latest = useRef<{ card: ClientCard | undefined; revealed: boolean; reveal: () => void; answer: (g: Grade) => void; takeBack: () => void }>({
    card: undefined,
    revealed: false,
    reveal: () => {},
    answer: () => {},
    takeBack: () => {},
  });

  // Computed by the grade buttons, inside the error boundary (a card ts-fsrs refuses throws there).
  const intervalsRef = useRef<Record<Grade, number> | null>(null);

  const reveal = () => {
    if (!card || latest.current.revealed) return;
    latest.current.revealed = true;
    setRevealedId(card.id);
    setFocusTarget('answer');
  };

  const answer = (g: Grade) => {
    // `latest` changes at once, so a key pressed twice before the next render grades one card once.
    if (!card || !latest.current.revealed || latest.current.card !== card) return;
    latest.current.revealed = false;
    latest.current.card = undefined;
    const label = GRADES[g - 1]!.label;
    const shown = intervalsRef.current?.[g];
    const after = grade(card.id, g);
    const ivl = shown ?? (after ? after.due - Date.now() : undefined);
    setMessage(ivl === undefined ? `« ${label} » enregistré.` : `« ${label} » : cette carte reviendra dans ${formatIntervalLong(ivl)}.`);
    setCurrentId(null);
    setRevealedId(null);
    setNow(Date.now());
    setFocusTarget('question');
  };

  const takeBack = () => {
    const result = undo();
    if (result.ok) {
      setCurrentId(result.step.id);
      setRevealedId(null);
      setNow(Date.now());
      setMessage(`Note « ${GRADES[result.step.grade - 1]!.label} » annulée : la carte revient.`);
      setFocusTarget('question');
    } else {
      setMessage(result.reason === 'vide' ? 'Rien à annuler.' : 'Impossible d’annuler : cette carte a changé depuis (dans un autre onglet, ou remise à zéro).');
    }
  };

  const suspendCurrent = () => {
    if (!card) return;
    suspend([card.id], true);
    setMessage('Carte suspendue : elle ne sera plus présentée. Vous pouvez la réactiver dans « Parcourir ».');
    setCurrentId(null);
    setRevealedId(null);
    setFocusTarget('question');
  };

  // Anki's keys, anywhere on the page but in a text field. The listener is registered once and
  // reads the state of the latest render: a key pressed right after another acts on what the
  // learner sees, not on a render that has not reached the listener yet.
  latest.current = { card, revealed, reveal, answer, takeBack };
  // Registered with the first card on screen: a key pressed before the next frame is not lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || typing(e.target)) return;
      const now = latest.current;
      const key = e.key;
      if ((e.ctrlKey || e.metaKey) && (key === 'z' || key === 'Z') && !e.shiftKey) {
        e.preventDefault();
        now.takeBack();
        return;
      }
      if (e.ctrlKey || e.metaKey) return;
      if (key === 'u' || key === 'U') {
        e.preventDefault();
        now.takeBack();
        return;
      }
      if (key === ' ' || key === 'Enter') {
        // On a button or a link, Space and Enter keep their own meaning.
        if (e.target instanceof Element && e.target.closest('button, a, summary')) return;
        if (!now.card) return;
        e.preventDefault();
        if (!now.revealed) now.reveal();
        else now.answer(3);
        return;
      }
      if (now.revealed && /^[1-4]$/.test(key)) {
        e.preventDefault();
        now.answer(Number(key) as Grade);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const counts = queue.counts;
  const countItem = (label: string, n: number, k: QueueKind) => (
    <li class={`compte compte--${k}${kind === k ? ' compte--actuel' : ''}`}>
      <span class="compte-nom">{label}</span> <span class="compte-nombre">{loaded ? n : '…'}</span>
      {kind === k && <span class="sr-only"> (dont la carte affichée)</span>}
    </li>
  );

  // Entering the mode, the eyes go to the card (or the end of the session).
  const enterFocus = () => {
    focusMode.set(true);
    setFocusTarget(revealed ? 'answer' : 'question');
  };

  const session = (
    <section class="revision" aria-labelledby="revision-titre">
      <div class="revision-tete">
        {/* In the mode, the dialog's name for screen readers; on screen, the card says its deck. */}
        <h2 id="revision-titre" tabIndex={-1} class={focusMode.on ? 'sr-only' : undefined}>
          Révision : {deckLabel}
        </h2>
        {focusMode.on ? (
          <button type="button" class="bouton-concentration" onClick={() => focusMode.set(false)} aria-keyshortcuts="Escape">
            Quitter le mode concentration <kbd aria-hidden="true">Échap</kbd>
          </button>
        ) : (
          <button type="button" class="bouton-concentration" ref={focusMode.toggleRef} onClick={enterFocus}>
            Mode concentration
          </button>
        )}
      </div>
      {section && !focusMode.on && <SectionTitle section={section} pageTitle={cards.find((c) => c.section === section)?.sectionTitle ?? null} />}
      <ul class="comptes" aria-label="Cartes restantes aujourd’hui">
        {countItem('Nouvelles', counts.new, 'new')}
        {countItem('En cours', counts.learning, 'learning')}
        {countItem('À réviser', counts.review, 'review')}
      </ul>

      {!loaded ? (
        <p>Chargement de votre progression…</p>
      ) : card && kind ? (
        <CardBoundary
          id={card.id}
          onReset={(id) => {
            reset([id]);
            setMessage('Carte réinitialisée : elle revient parmi les nouvelles cartes, son historique gardé.');
            setCurrentId(null);
            setRevealedId(null);
            setNow(Date.now());
            setFocusTarget('question');
          }}
        >
        <article class="carte" aria-label={`Carte : ${KIND_LABEL[kind]}`}>
          {/* In « Mode concentration », this part scrolls and the buttons below stay in place. */}
          <div class="carte-corps">
            <p class={`carte-etat carte-etat--${kind}`}>
              {KIND_LABEL[kind]} · {card.deckLabel}
            </p>
            <CardFace card={card} revealed={revealed} idPrefix="revision" questionRef={questionRef} answerRef={answerRef} />
            <p class="carte-pied">
              <SectionLink card={card} />
            </p>
          </div>
          {!revealed ? (
            <div class="actions-revision">
              <button type="button" class="bouton-principal" onClick={reveal} aria-keyshortcuts="Space Enter">
                Afficher la réponse <kbd aria-hidden="true">Espace</kbd>
              </button>
            </div>
          ) : (
            <GradeButtons id={card.id} version={[progress, settings]} intervalsRef={intervalsRef} onAnswer={answer} />
          )}
        </article>
        </CardBoundary>
      ) : (
        <div class="fin-seance">
          <h3 tabIndex={-1} ref={endRef}>
            {!cards.some((c) => (deck === null || c.deck === deck) && (section === null || c.section === section))
              ? section ? 'Aucune carte de ce paquet ne porte sur cette section.' : 'Ce paquet est vide.'
              : section && ahead === null ? 'Aucune carte de cette section n’est à réviser aujourd’hui.' : 'Bravo, c’est fini pour aujourd’hui !'}
          </h3>
          {section && ahead === null && cards.some((c) => c.section === section && !progress.get(c.id)?.susp) && (
            // Anki's custom study: each card of the section once, due or not; grades count as usual.
            <p>
              <button type="button" class="bouton-principal" onClick={() => (setAhead(Date.now()), setNow(Date.now()), setFocusTarget('question'))}>
                Les étudier quand même
              </button>
            </p>
          )}
          <p>
            {queue.nextDue !== null
              ? `Les prochaines cartes de ce paquet arrivent ${formatDue(queue.nextDue, now)}.`
              : 'Aucune carte de ce paquet n’est programmée pour l’instant.'}
          </p>
          {queue.limited.new && (
            <p>
              La limite de {limits.newPerDay} nouvelles cartes par jour{limits !== settings ? ' (plan d’examen)' : ''} est atteinte : d’autres arriveront demain. Vous pouvez la
              changer dans les réglages.
            </p>
          )}
          {queue.limited.review && <p>La limite de {settings.reviewsPerDay} révisions par jour est atteinte.</p>}
          <p class="fin-liens">
            <a href="?" onClick={(e) => (e.preventDefault(), onNavigate(''))}>
              Retour aux paquets
            </a>
            <a href="?vue=statistiques" onClick={(e) => (e.preventDefault(), onNavigate('?vue=statistiques'))}>
              Statistiques
            </a>
          </p>
        </div>
      )}

      <div class="actions-secondaires">
        <button type="button" onClick={takeBack} disabled={!undoStack.length} aria-keyshortcuts="U Control+Z">
          Annuler <kbd aria-hidden="true">U</kbd>
        </button>
        {card && (
          <button type="button" onClick={suspendCurrent}>
            Suspendre la carte
          </button>
        )}
      </div>
      <p class="message-revision" role="status">
        {message}
      </p>
      <details class="raccourcis">
        <summary>Raccourcis clavier</summary>
        <ul>
          <li>
            <kbd>Espace</kbd> ou <kbd>Entrée</kbd> : afficher la réponse, puis « Correct »
          </li>
          <li>
            <kbd>1</kbd> « À revoir », <kbd>2</kbd> « Difficile », <kbd>3</kbd> « Correct », <kbd>4</kbd> « Facile »
          </li>
          <li>
            <kbd>U</kbd> ou <kbd>Ctrl</kbd> + <kbd>Z</kbd> : annuler la dernière note
          </li>
        </ul>
      </details>
    </section>
  );

  // Modal: the browser makes the rest of the page inert and Échap closes it (focus-mode.ts).
  return focusMode.on ? (
    <dialog class="concentration" ref={focusMode.dialogRef} aria-labelledby="revision-titre">
      {session}
    </dialog>
  ) : (
    session
  );
}

/** The four grades with the interval each gives; computing them may throw on a corrupt card (the boundary catches it). */
function GradeButtons({ id, version, intervalsRef, onAnswer }: { id: string; version: unknown[]; intervalsRef: { current: Record<Grade, number> | null }; onAnswer: (g: Grade) => void }) {
  const intervals = useMemo(() => intervalsFor(id, Date.now()), [id, ...version]);
  intervalsRef.current = intervals;
  return (
    <div class="notes" role="group" aria-label="Votre réponse">
      {GRADES.map(({ grade: g, label, key }) => (
        <button type="button" class={`note note--${g}`} key={g} onClick={() => onAnswer(g)} aria-keyshortcuts={key}>
          <span class="note-nom">{label}</span>
          <span class="note-intervalle">{formatInterval(intervals[g])}</span>
          <kbd aria-hidden="true">{key}</kbd>
        </button>
      ))}
    </div>
  );
}
