/**
 * Date handling as Cloud Custodian's `parse_date`: datetimes, ISO and dateutil-style strings,
 * seconds or milliseconds since the epoch (only above a floor, so small numbers are not
 * dates). Naive times are UTC (c7n uses the machine's zone, which is UTC in Lambda); the
 * `tz` argument lets marked-for-op read them in a configured zone instead.
 */

/** c7n's floor for numeric timestamps: the S3 launch date (2006-03-19). */
export const DATE_FLOOR_SECONDS = 1142726400;
/** Largest timestamp Python's datetime accepts (year 9999). */
const MAX_SECONDS = 253402300799;

const MONTHS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/i;
// mark-for-op writes `2024/01/15` or `2024/01/15 1400 UTC`.
const SLASHED =
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[T ]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5})?$/;

// dateutil's default (dayfirst=False) reads `12/13/2012` month first; when the first number
// cannot be a month it reads it as the day (`13/12/2012`).
const MONTH_FIRST =
  /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:[T ]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*(Z)?$/i;

/** Parse a date-like value; undefined when it is not one. */
export function parseDate(v: unknown, tz = 'UTC'): Date | undefined {
  if (v === null || v === undefined || typeof v === 'boolean') return undefined;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v;
  if (typeof v === 'string') {
    const s = v.trim();
    if (!/^\d+$/.test(s)) {
      const d = parseDateString(s, tz);
      if (d) return d;
    }
    if (s === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return undefined;
    return fromEpoch(Number(s));
  }
  if (typeof v === 'number') return fromEpoch(v);
  return undefined;
}

function fromEpoch(n: number): Date | undefined {
  if (!(n > DATE_FLOOR_SECONDS)) return undefined;
  if (n <= MAX_SECONDS) return new Date(n * 1000);
  // Too large for seconds: c7n retries it as milliseconds.
  if (n / 1000 <= MAX_SECONDS) return new Date(n);
  return undefined;
}

function parseDateString(s: string, tz: string): Date | undefined {
  let m = ISO.exec(s) ?? SLASHED.exec(s);
  const us = m ? null : MONTH_FIRST.exec(s);
  if (us) {
    const [, a, b, y, ...rest] = us;
    const [mo, d] = Number(a) > 12 ? [b, a] : [a, b];
    m = [us[0], y!, mo!, d!, ...rest] as unknown as RegExpExecArray;
  }
  const compact = m ? null : COMPACT.exec(s);
  if (compact) {
    const [, y, mo, d, h, mi, sec, zone] = compact;
    m = [compact[0], y!, mo!, d!, h!, mi!, sec!, undefined!, zone!] as unknown as RegExpExecArray;
  }
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, zone] = m;
    const fields = [
      Number(y),
      Number(mo) - 1,
      Number(d),
      Number(h ?? 0),
      Number(mi ?? 0),
      Number(sec ?? 0),
      Math.floor(Number(`0.${frac ?? '0'}`) * 1000),
    ] as const;
    if (
      fields[1] > 11 ||
      fields[2] < 1 ||
      fields[2] > 31 ||
      fields[3] > 23 ||
      fields[4] > 59 ||
      fields[5] > 59 ||
      // Date.UTC rolls 2024-02-31 over to March; dateutil rejects it.
      new Date(Date.UTC(fields[0], fields[1], fields[2])).getUTCDate() !== fields[2]
    )
      return undefined;
    const offset = zoneOffsetMinutes(zone);
    if (offset === undefined) return zonedTimeToUtc(fields, tz);
    return new Date(Date.UTC(...fields) - offset * 60_000);
  }
  // dateutil reads free-form dates ("Jan 15 2024", RFC 2822); Date.parse is lenient enough for
  // those but also accepts junk ("running 1"), so insist on a month name and a digit.
  if (!MONTHS.test(s) || !/\d/.test(s)) return undefined;
  const hasZone = /(\bZ|\bGMT|\bUTC|[+-]\d{2}:?\d{2})\s*$/i.test(s);
  const ms = Date.parse(hasZone ? s : `${s} UTC`);
  if (Number.isNaN(ms)) return undefined;
  return hasZone || tz === 'UTC' ? new Date(ms) : shiftToZone(ms, tz);
}

/** Minutes east of UTC for an explicit zone token; undefined for none or unknown names. */
function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return undefined; // dateutil ignores unknown abbreviations and returns a naive time
  const mins = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -mins : mins;
}

type Fields = readonly [number, number, number, number, number, number, number];

/** Wall-clock fields in an IANA zone to an instant. */
export function zonedTimeToUtc(fields: Fields, tz: string): Date {
  const asUtc = Date.UTC(...fields);
  if (tz === 'UTC') return new Date(asUtc);
  return shiftToZone(asUtc, tz);
}

function shiftToZone(asUtc: number, tz: string): Date {
  // Two passes settle the offset across DST transitions.
  let guess = asUtc - tzOffsetMs(tz, asUtc);
  guess = asUtc - tzOffsetMs(tz, guess);
  return new Date(guess);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of an IANA zone from UTC at an instant, in ms. */
export function tzOffsetMs(tz: string, at: number): number {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(at))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/** True when `tz` names a zone the runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds since the epoch of a date-like value; NaN when it is not one. */
export function toMs(v: unknown): number {
  return parseDate(v)?.getTime() ?? Number.NaN;
}

const DAY_MS = 86_400_000;

/** A duration given in days/hours/minutes (fractions allowed), in ms. */
export function ageMs(d: { days?: number; hours?: number; minutes?: number }): number {
  return (d.days ?? 0) * DAY_MS + (d.hours ?? 0) * 3_600_000 + (d.minutes ?? 0) * 60_000;
}
