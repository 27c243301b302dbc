/**
 * The run's clock. Every filter of a run sees one `now`; tests (and only tests) can fix it with
 * the environment variable C7N_TS_NOW, an ISO 8601 time with a zone (`2026-11-02T12:00:00Z`),
 * so time-of-day policies such as offhours replay the same way at any hour. Deliberately not a
 * flag: it is not in any `--help`.
 */
export const CLOCK_ENV = 'C7N_TS_NOW';

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The fixed clock (ms) the environment sets, undefined when unset; throws on an unreadable value. */
export function fixedClock(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const raw = env[CLOCK_ENV];
  if (raw === undefined || raw === '') return undefined;
  const ms = ISO_WITH_ZONE.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(ms))
    throw new Error(`${CLOCK_ENV}=${raw} is not an ISO 8601 time with a zone, such as 2026-11-02T12:00:00Z`);
  return ms;
}
