// « Date de l’examen » in the flashcard settings, and « Suivre le plan » (there and on « Ma
// progression »): the exam date is an optional member of the settings (settings.ts); with « Suivre
// le plan », the card session offers the plan's number of new cards a day (exam-date.ts).
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { withBase } from '../../lib/url';
import { countdown, countdownLabel, planNewPerDay } from '../../quiz/progress/exam-date';
import { formatDate } from '../../quiz/srs/intervals';
import { isExamDate } from '../../quiz/srs/settings-check';
// commitSettings rather than actions.ts's saveSettings (the same call): no scheduler to load here.
import { $progress, $settings, commitSettings as saveSettings } from '../../quiz/srs/state';
import './exam-date.css';

function save(change: { examDate?: string | null; followPlan?: boolean }): boolean {
  const { examDate: _old, ...rest } = $settings.get();
  const examDate = change.examDate === undefined ? $settings.get().examDate : change.examDate;
  return saveSettings({ ...rest, ...(examDate ? { examDate } : {}), ...(change.followPlan === undefined ? {} : { followPlan: change.followPlan }) });
}

const stored = (ok: boolean, text: string) => (ok ? text : `${text} (pour cet onglet seulement : le navigateur refuse de l’enregistrer)`);

/** The checkbox « Suivre le plan »; `planned`: the plan's number today. */
export function FollowPlan({ planned }: { planned: number }) {
  const settings = useStore($settings);
  const [message, setMessage] = useState('');
  return (
    <div class="prog-suivre">
      <input
        type="checkbox"
        id="suivre-le-plan"
        checked={!!settings.followPlan}
        aria-describedby="suivre-le-plan-aide"
        onChange={(e) => {
          const on = (e.target as HTMLInputElement).checked;
          setMessage(stored(save({ followPlan: on }), on ? 'Plan suivi.' : 'Plan non suivi.'));
        }}
      />
      <label for="suivre-le-plan">Suivre le plan</label>
      <small id="suivre-le-plan-aide">
        Les séances de cartes proposent alors {planned} nouvelle{planned > 1 ? 's' : ''} carte{planned > 1 ? 's' : ''} par jour (le
        nombre du plan) au lieu de votre réglage « Nouvelles cartes par jour » ({settings.newPerDay}).
      </small>
      <p role="status" class="message-ok">
        {message}
      </p>
    </div>
  );
}

/** « Date de l’examen » in « Réglages »: its own small form (the date saves at once, apart from the limits). */
export function ExamDateSettings({ cardIds }: { cardIds: readonly string[] }) {
  const settings = useStore($settings);
  const progress = useStore($progress);
  const [value, setValue] = useState(settings.examDate ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // The date can change elsewhere (« Remplacer » an import, another tab): the field follows it.
  useEffect(() => setValue(settings.examDate ?? ''), [settings.examDate]);
  const now = Date.now();
  const c = countdown(settings.examDate, now);
  const planned = c ? planNewPerDay(cardIds, progress, settings.examDate, now) : null;

  const submit = (e: Event) => {
    e.preventDefault();
    const v = value.trim();
    if (!v) {
      setMessage({ ok: true, text: stored(save({ examDate: null }), 'Date de l’examen effacée.') });
      return;
    }
    if (!isExamDate(v)) {
      setMessage({ ok: false, text: 'Date non enregistrée : écrivez une date réelle au format AAAA-MM-JJ (par exemple 2026-06-15).' });
      return;
    }
    const next = countdown(v, now)!;
    if (next.daysLeft < 0) {
      setMessage({ ok: false, text: 'Date non enregistrée : elle est passée. Choisissez aujourd’hui ou un jour à venir.' });
      return;
    }
    setMessage({ ok: true, text: stored(save({ examDate: v }), `Date de l’examen enregistrée : ${formatDate(next.start)} (${countdownLabel(next).toLowerCase()}).`) });
  };

  return (
    <form class="reglages prog-date" onSubmit={submit} noValidate aria-labelledby="date-examen-titre">
      <h3 id="date-examen-titre">Date de l’examen</h3>
      <div class="reglage">
        <label for="reglage-examDate">Date de l’examen (facultative)</label>
        <span class="reglage-saisie">
          <input
            id="reglage-examDate"
            type="date"
            value={value}
            aria-describedby="reglage-examDate-aide"
            onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          />
        </span>
        <small id="reglage-examDate-aide">
          L’examen est compté à partir de 4&nbsp;h ce jour-là. <a href={withBase('/revision/progression/')}>Ma progression</a> prédit alors ce
          que vous retiendrez et propose un nombre de nouvelles cartes par jour. Laissez vide et enregistrez pour effacer la date.
        </small>
      </div>
      <p>
        <button type="submit">Enregistrer la date</button>
      </p>
      {c && c.daysLeft >= 0 && (
        <p>
          {countdownLabel(c)} ({formatDate(c.start)}).
        </p>
      )}
      {planned !== null && <FollowPlan planned={planned} />}
      <p role="alert" class="message-erreur">
        {message && !message.ok ? message.text : ''}
      </p>
      <p role="status" class="message-ok">
        {message?.ok ? message.text : ''}
      </p>
    </form>
  );
}
