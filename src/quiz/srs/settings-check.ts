// Validation of the flashcard settings, stored under `cours-conteneurs:v1:settings` as
// `{ "srs": { … } }` (other members of that value belong to other parts of the site and are
// kept as they are), and imported from a backup.
import { weightsProblem } from './optimizer-params.ts';
import { DEFAULT_SETTINGS, LIMIT_MAX, RETENTION_MAX, RETENTION_MIN, type Settings } from './settings.ts';

/** Why a settings object is not acceptable (French), or null. */
export function settingsProblem(s: unknown): string | null {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return 'réglages absents';
  const v = s as Record<string, unknown>;
  const extra = Object.keys(v).filter((k) => !['newPerDay', 'reviewsPerDay', 'retention', 'weights', ...OPTIONAL].includes(k));
  if (extra.length) return `réglage inconnu « ${extra[0]} »`;
  for (const k of ['newPerDay', 'reviewsPerDay'] as const) {
    const n = v[k];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > LIMIT_MAX) return `« ${k} » doit être un entier de 0 à ${LIMIT_MAX}`;
  }
  const r = v.retention;
  if (typeof r !== 'number' || !(r >= RETENTION_MIN && r <= RETENTION_MAX)) return `« retention » doit être comprise entre ${RETENTION_MIN} et ${RETENTION_MAX}`;
  if (v.weights !== undefined) return weightsProblem(v.weights);
  return null;
}

// Optional members, added later (older values lack them). An invalid one is dropped, the rest kept.
const OPTIONAL = ['examDate', 'followPlan'];

/** Whether `s` is a real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isExamDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 2000 && y <= 2200 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The settings without an invalid optional member (a settingsProblem-free object stays one). */
export function withoutInvalidOptional<T extends object>(s: T): T {
  const v = { ...s } as Record<string, unknown>;
  if ('examDate' in v && !isExamDate(v.examDate)) delete v.examDate;
  if ('followPlan' in v && typeof v.followPlan !== 'boolean') delete v.followPlan;
  return v as T;
}

/** The stored settings value: `{ srs: Settings, …others }`. */
export interface SettingsRecord {
  srs: Settings;
  [other: string]: unknown;
}

export function parseSettingsRecord(raw: unknown): SettingsRecord | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const rec = raw as Record<string, unknown>;
  if (rec.srs === undefined) return { ...rec, srs: { ...DEFAULT_SETTINGS } };
  // Stored parameters that are no longer acceptable are dropped, the other settings kept.
  let srs = rec.srs as Record<string, unknown> | null;
  if (typeof srs === 'object' && srs !== null && srs.weights !== undefined && weightsProblem(srs.weights)) {
    const { weights: _dropped, ...rest } = srs;
    srs = rest;
  }
  if (settingsProblem(srs)) return null;
  return { ...rec, srs: withoutInvalidOptional(srs as unknown as Settings) };
}
