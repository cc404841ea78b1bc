// The study-day clock (04:00 → 04:00) in four time zones, across both DST changes of 2026.
// Date reads the time zone once per process, so each zone runs in a child Node process with
// TZ set (tests/unit/tz/probe.ts, TypeScript run by Node's type stripping).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('./tz/probe.ts', import.meta.url));

describe('journée d’étude à 04:00, heure locale', () => {
  it.each(['Europe/Paris', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'])(
    '%s : aperçu stable toute la journée, jours écoulés comptés en journées d’étude, échéances à 04:00 même pendant les semaines de changement d’heure',
    (zone) => {
      const run = spawnSync(process.execPath, ['--no-warnings', probe], { env: { ...process.env, TZ: zone }, encoding: 'utf8', timeout: 60_000 });
      expect(run.stderr).toBe('');
      const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { zone: string; checked: number; problems: string[] };
      // (Some ICU versions still name Kolkata by its old name, Calcutta.)
      expect(result.zone.replace('Calcutta', 'Kolkata')).toBe(zone);
      expect(result.checked).toBeGreaterThan(50);
      expect(result.problems).toEqual([]);
    },
    90_000,
  );
});
