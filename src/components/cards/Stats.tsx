// « Statistiques », loaded when first opened: the due forecast and the heatmap of reviews as
// SVG drawn here (no chart library), the true retention, the streak, and the cards per deck
// and state. Each chart has a text summary and its data as a table.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../quiz/srs/intervals';
import { $progress } from '../../quiz/srs/state';
import { countsByDeck, dueForecast, reviewsPerDay, streak, trueRetention, type ActivityDay, type ForecastDay } from '../../quiz/srs/stats';
import { plural, queueCards, type ClientCard, type DeckInfo } from './data';
import { ScrollArea } from './ScrollArea';

/**
 * The width the chart is drawn at, in CSS pixels: its viewBox follows it, so that the labels keep
 * their size on a phone instead of shrinking with a scaled-down drawing.
 */
function useWidth(initial: number) {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => {
      const w = Math.round(el.clientWidth);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

function Forecast({ days }: { days: ForecastDay[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const [figure, W] = useWidth(600);
  const H = 180;
  const left = 34;
  const bottom = 26;
  const bw = (W - left) / days.length;
  const total = days.reduce((n, d) => n + d.count, 0);
  const y = (v: number) => H - bottom - ((H - bottom - 10) * v) / max;
  return (
    <figure class="graphique" ref={figure}>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby="prevision-titre prevision-resume">
        <title id="prevision-titre">Prévision des révisions sur 30 jours</title>
        <desc id="prevision-resume">
          {plural(total, 'carte due', 'cartes dues')} dans les 30 prochains jours, dont {days[0]!.count} aujourd’hui ; au plus {max} un même jour.
        </desc>
        <line x1={left} x2={W} y1={y(0)} y2={y(0)} class="axe" />
        <text x={left - 6} y={y(max) + 4} class="etiquette" text-anchor="end">
          {max}
        </text>
        <text x={left - 6} y={y(0) + 4} class="etiquette" text-anchor="end">
          0
        </text>
        {days.map((d, i) => (
          <g key={d.day.key}>
            <rect x={left + i * bw + 1.5} y={y(d.count)} width={bw - 3} height={y(0) - y(d.count)} class="barre">
              <title>
                {formatDate(d.day.start)} : {plural(d.count, 'carte', 'cartes')}
              </title>
            </rect>
            {i % 7 === 0 && (
              <text x={left + i * bw + bw / 2} y={H - 8} class="etiquette" text-anchor="middle">
                {i === 0 ? 'auj.' : `+${i} j`}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption>
        Cartes dues chaque jour (les cartes en retard comptent pour aujourd’hui) : {plural(total, 'carte', 'cartes')} sur 30 jours.
      </figcaption>
      <details>
        <summary>Voir les données de la prévision</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Jour</th>
              <th scope="col">Cartes dues</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day.key}>
                <td>{formatDate(d.day.start)}</td>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function Heatmap({ days }: { days: ActivityDay[] }) {
  const counts = days.map((d) => d.reviews);
  const max = Math.max(0, ...counts);
  const level = (n: number) => (n === 0 ? 0 : max <= 4 ? Math.min(4, n) : Math.min(4, 1 + Math.floor((3 * n) / (max + 1))));
  // Columns are weeks (Monday first), rows the days of the week.
  const firstWeekday = (new Date(days[0]!.day.start).getDay() + 6) % 7;
  const weeks = Math.ceil((firstWeekday + days.length) / 7);
  // In CSS pixels, never scaled (labels 12 px): the squares fill the width on a large screen,
  // and keep 11 px on a phone, where the map scrolls (opened on today, at its end).
  const labels = 34;
  const gap = 2;
  const [figure, width] = useWidth(0);
  const cell = Math.max(11, Math.min(14, Math.floor((width - labels) / weeks) - gap));
  const top = 16;
  const H = top + 7 * (cell + gap) + 4;
  const active = counts.filter((n) => n > 0).length;
  const total = counts.reduce((a, b) => a + b, 0);
  const months: { x: number; label: string }[] = [];
  days.forEach((d, i) => {
    const date = new Date(d.day.start);
    if (date.getDate() === 1) months.push({ x: Math.floor((firstWeekday + i) / 7) * (cell + gap), label: date.toLocaleDateString('fr-FR', { month: 'short' }) });
  });
  // Room for the last month's name when it starts in the last weeks.
  const W = Math.max(weeks * (cell + gap), (months.at(-1)?.x ?? 0) + 32);
  return (
    <figure class="graphique" ref={figure}>
      <div class="activite">
        {/* The days of the week stay in sight while the weeks scroll. */}
        <svg class="activite-jours" viewBox={`0 0 ${labels} ${H}`} width={labels} height={H} aria-hidden="true">
          {['lun.', 'mer.', 'ven.'].map((l, i) => (
            <text x={0} y={top + 2 * i * (cell + gap) + cell - 2} class="etiquette" key={l}>
              {l}
            </text>
          ))}
        </svg>
        <ScrollArea
          key={cell}
          label="Carte des révisions par jour"
          hint="Faites défiler la carte vers la gauche pour voir les mois précédents."
          atEnd
          class="defilement"
        >
          <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby="activite-titre activite-resume">
            <title id="activite-titre">Révisions par jour sur les 12 derniers mois</title>
            <desc id="activite-resume">
              {plural(total, 'révision', 'révisions')} en {plural(active, 'jour', 'jours')} d’étude ; au plus {max} en un jour.
            </desc>
            {months.map((m) => (
              <text x={m.x} y={11} class="etiquette" key={m.x}>
                {m.label}
              </text>
            ))}
            {days.map((d, i) => {
              const pos = firstWeekday + i;
              return (
                <rect
                  key={d.day.key}
                  x={Math.floor(pos / 7) * (cell + gap)}
                  y={top + (pos % 7) * (cell + gap)}
                  width={cell}
                  height={cell}
                  rx={2}
                  class={`niveau niveau-${level(d.reviews)}`}
                >
                  <title>
                    {formatDate(d.day.start)} : {plural(d.reviews, 'révision', 'révisions')}
                  </title>
                </rect>
              );
            })}
          </svg>
        </ScrollArea>
      </div>
      <figcaption>
        {plural(total, 'révision', 'révisions')} en {plural(active, 'jour', 'jours')} d’étude sur les 12 derniers mois. Plus la case est
        foncée, plus il y a eu de révisions ce jour-là.
      </figcaption>
    </figure>
  );
}

interface Props {
  cards: readonly ClientCard[];
  decks: readonly DeckInfo[];
}

export default function Stats({ cards, decks }: Props) {
  const progress = useStore($progress);
  const now = Date.now();
  const data = useMemo(() => {
    const known = new Set(cards.map((c) => c.id));
    const mine = new Map([...progress].filter(([id]) => known.has(id)));
    const activity = reviewsPerDay(mine, now, 365);
    return {
      forecast: dueForecast(mine, now, 30),
      activity,
      retention: trueRetention(mine, now, 30),
      streak: streak(mine, now),
      counts: countsByDeck(queueCards(cards), mine),
      today: activity[activity.length - 1]!.reviews,
    };
  }, [progress, cards]);
  const r = data.retention;
  const row = (label: string, c: { new: number; learning: number; review: number; suspended: number; total: number }, key: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td>{c.new}</td>
      <td>{c.learning}</td>
      <td>{c.review}</td>
      <td>{c.suspended}</td>
      <td>{c.total}</td>
    </tr>
  );
  return (
    <section aria-labelledby="stats-titre" class="statistiques">
      <h2 id="stats-titre" tabIndex={-1}>
        Statistiques
      </h2>
      <ul class="chiffres">
        <li>
          <span class="chiffre">{data.today}</span> {data.today > 1 ? 'révisions' : 'révision'} aujourd’hui
        </li>
        <li>
          Série : <span class="chiffre">{plural(data.streak, 'jour', 'jours')}</span> de révision d’affilée
        </li>
        <li>
          Rétention réelle (30 derniers jours) :{' '}
          {r.rate === null ? (
            <span>pas encore de révision de carte mûre (intervalle de 21 jours ou plus)</span>
          ) : (
            <span>
              <span class="chiffre">{Math.round(r.rate * 100)} %</span> ({r.passed} réussies sur {plural(r.total, 'révision', 'révisions')} de
              cartes mûres)
            </span>
          )}
        </li>
      </ul>
      <h3>Prévision</h3>
      <Forecast days={data.forecast} />
      <h3>Activité</h3>
      <Heatmap days={data.activity} />
      <h3>Cartes par paquet</h3>
      <ScrollArea label="Tableau : cartes par paquet et par état" hint="Faites défiler le tableau pour voir toutes les colonnes." class="table-paquets">
        <table>
          <thead>
            <tr>
              <th scope="col">Paquet</th>
              <th scope="col">Nouvelles</th>
              <th scope="col">En cours</th>
              <th scope="col">En révision</th>
              <th scope="col">Suspendues</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {row('Tous les paquets', data.counts.all, 'tous')}
            {decks.map((d) => row(d.label, data.counts.decks.get(d.id) ?? { new: 0, learning: 0, review: 0, suspended: 0, total: 0 }, d.id))}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}
