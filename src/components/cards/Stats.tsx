// « Statistiques », loaded when first opened: the due forecast and the heatmap of reviews as
// SVG drawn here (no chart library), the true retention, the streak, and the cards per deck
// and state. Each chart has a text summary and its data as a table.
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { formatDate } from '../../quiz/srs/intervals';
import { $progress } from '../../quiz/srs/state';
import { countsByDeck, dueForecast, reviewsPerDay, streak, trueRetention, type ActivityDay, type ForecastDay } from '../../quiz/srs/stats';
import { plural, queueCards, type ClientCard, type DeckInfo } from './data';


function Forecast({ days }: { days: ForecastDay[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const W = 600;
  const H = 180;
  const left = 34;
  const bottom = 26;
  const bw = (W - left) / days.length;
  const total = days.reduce((n, d) => n + d.count, 0);
  const y = (v: number) => H - bottom - ((H - bottom - 10) * v) / max;
  return (
    <figure class="graphique">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="prevision-titre prevision-resume">
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
  const cell = 11;
  const gap = 2;
  const weeks = Math.ceil((firstWeekday + days.length) / 7);
  const W = 30 + weeks * (cell + gap);
  const H = 7 * (cell + gap) + 18;
  const active = counts.filter((n) => n > 0).length;
  const total = counts.reduce((a, b) => a + b, 0);
  const months: { x: number; label: string }[] = [];
  days.forEach((d, i) => {
    const date = new Date(d.day.start);
    if (date.getDate() === 1) months.push({ x: 30 + Math.floor((firstWeekday + i) / 7) * (cell + gap), label: date.toLocaleDateString('fr-FR', { month: 'short' }) });
  });
  return (
    <figure class="graphique">
      <div class="defilement" tabIndex={0} role="region" aria-label="Carte des révisions par jour, défilable">
        <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby="activite-titre activite-resume">
          <title id="activite-titre">Révisions par jour sur les 12 derniers mois</title>
          <desc id="activite-resume">
            {plural(total, 'révision', 'révisions')} en {plural(active, 'jour', 'jours')} d’étude ; au plus {max} en un jour.
          </desc>
          {months.map((m) => (
            <text x={m.x} y={9} class="etiquette" key={m.x}>
              {m.label}
            </text>
          ))}
          {['lun.', 'mer.', 'ven.'].map((l, i) => (
            <text x={0} y={18 + (2 * i) * (cell + gap) + cell - 2} class="etiquette" key={l}>
              {l}
            </text>
          ))}
          {days.map((d, i) => {
            const pos = firstWeekday + i;
            return (
              <rect
                key={d.day.key}
                x={30 + Math.floor(pos / 7) * (cell + gap)}
                y={14 + (pos % 7) * (cell + gap)}
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
      <div class="table-paquets" role="region" tabIndex={0} aria-label="Tableau : cartes par paquet et par état">
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
      </div>
    </section>
  );
}
