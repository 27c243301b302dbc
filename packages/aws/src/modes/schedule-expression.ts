/**
 * EventBridge schedule expressions, checked as EventBridge checks them so a bad one fails at
 * validate time instead of at deploy: `rate(1 hour)`, `rate(5 minutes)`, and six-field
 * `cron(min hour day-of-month month day-of-week year)` where one of the two day fields is `?`.
 */
const RATE = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/;
const CRON = /^cron\((.+)\)$/;

export function scheduleProblem(expr: string): string | undefined {
  const rate = RATE.exec(expr);
  if (rate) {
    const n = Number(rate[1]);
    const unit = rate[2]!;
    if (n < 1) return 'a rate must be at least 1';
    if (n === 1 && unit.endsWith('s')) return `write "rate(1 ${unit.slice(0, -1)})" (singular for 1)`;
    if (n > 1 && !unit.endsWith('s')) return `write "rate(${n} ${unit}s)" (plural above 1)`;
    return undefined;
  }
  const cron = CRON.exec(expr);
  if (cron) {
    const fields = cron[1]!.trim().split(/\s+/);
    if (fields.length !== 6)
      return `cron needs 6 fields (minutes hours day-of-month month day-of-week year), got ${fields.length}`;
    const [, , dom, , dow] = fields;
    if (dom !== '?' && dow !== '?') return 'cron: one of day-of-month and day-of-week must be "?"';
    if (dom === '?' && dow === '?') return 'cron: day-of-month and day-of-week cannot both be "?"';
    return undefined;
  }
  return 'expected "rate(N unit)" or "cron(six fields)"';
}

const AT = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/;

/**
 * EventBridge Scheduler expressions (schedule mode): the rule's `rate()` and `cron()`, plus a
 * one-time `at(yyyy-mm-ddThh:mm:ss)` in the schedule's time zone.
 */
export function schedulerExpressionProblem(expr: string): string | undefined {
  if (!expr.startsWith('at(')) {
    const why = scheduleProblem(expr);
    return why?.startsWith('expected')
      ? 'expected "rate(N unit)", "cron(six fields)" or "at(yyyy-mm-ddThh:mm:ss)"'
      : why;
  }
  const at = AT.exec(expr);
  if (!at) return 'write a one-time schedule as "at(yyyy-mm-ddThh:mm:ss)"';
  const [y, mo, d, h, mi, s] = at.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const same =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === s;
  return same ? undefined : `"${expr.slice(3, -1)}" is not a date and time`;
}
