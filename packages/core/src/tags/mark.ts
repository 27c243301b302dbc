/**
 * The "mark" tag that `mark-for-op` writes and the `marked-for-op` filter reads, kept in one
 * place so both sides agree byte for byte with Cloud Custodian: a tag written by c7n is read
 * by c7n-ts and the other way round.
 *
 * Value shape: `<message>: <op>@<date>`, where the message comes from a template such as
 * `Resource does not meet policy: {op}@{action_date}`. The date is `YYYY/MM/DD`, or
 * `YYYY/MM/DD HHMM ZONE` when hours were asked for (no colon: readers split on the last one).
 */

export const DEFAULT_MARK_TAG = 'maid_status';
/** The op Cloud Custodian assumes when a policy omits it. */
export const DEFAULT_MARK_OP = 'stop';
export const DEFAULT_MARK_MESSAGE = 'Resource does not meet policy: {op}@{action_date}';
export const DEFAULT_MARK_TZ = 'utc';

/** Short time zone names accepted by Cloud Custodian's `tz` options (offhours' table). */
export const TZ_ALIASES: Readonly<Record<string, string>> = {
  pdt: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  ast: 'America/Phoenix',
  at: 'America/Phoenix',
  est: 'America/New_York',
  edt: 'America/New_York',
  et: 'America/New_York',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  ct: 'America/Chicago',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mt: 'America/Denver',
  gmt: 'Etc/GMT',
  gt: 'Etc/GMT',
  bst: 'Europe/London',
  ist: 'Europe/Dublin',
  cet: 'Europe/Berlin',
  it: 'Asia/Kolkata',
  jst: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  sgt: 'Asia/Singapore',
  aet: 'Australia/Sydney',
  brt: 'America/Sao_Paulo',
  nzst: 'Pacific/Auckland',
  utc: 'Etc/UTC',
};

/**
 * IANA zone for a `tz` option: an alias above, or an IANA name in any letter case. Undefined
 * when unknown. (c7n's mark-for-op quietly falls back to the machine's zone for names outside
 * its alias table; we accept real IANA names and reject the rest instead.)
 */
export function resolveTimeZone(tz: string): string | undefined {
  const alias = TZ_ALIASES[tz.toLowerCase()];
  for (const candidate of [alias, tz]) {
    if (!candidate) continue;
    // UTC, the default, without Intl: its first use loads ICU's zone and locale data, some 8 MB
    // and 15 ms of every run with a mark (issue 17). Intl names these two `UTC` as well.
    if (/^(?:etc\/)?utc$/i.test(candidate)) return 'UTC';
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: candidate }).resolvedOptions().timeZone;
    } catch {
      // not a zone this runtime knows; try the next spelling
    }
  }
  return undefined;
}

export interface MarkOptions {
  op: string;
  /** Milliseconds since the epoch (the run's fixed clock). */
  now: number;
  /** Fractions allowed. When neither days nor hours is given the date is today, as in c7n. */
  days?: number;
  hours?: number;
  /** Alias or IANA name; default `utc`. */
  tz?: string;
  /** Template with `{op}` and `{action_date}`; default {@link DEFAULT_MARK_MESSAGE}. */
  msg?: string;
}

/** The `{action_date}` text: `YYYY/MM/DD`, or `YYYY/MM/DD HHMM ZONE` when `hours > 0`. */
export function formatActionDate(opts: Pick<MarkOptions, 'now' | 'days' | 'hours' | 'tz'>): string {
  const days = opts.days ?? 0;
  const hours = opts.hours ?? 0;
  const zone = resolveTimeZone(opts.tz ?? DEFAULT_MARK_TZ);
  if (!zone) throw new Error(`unknown time zone "${opts.tz}"`);
  const at = new Date(opts.now + days * 86_400_000 + hours * 3_600_000);
  const p = zoneParts(at, zone);
  const date = `${p.year}/${p.month}/${p.day}`;
  // As c7n: the time only appears when hours were asked for, even if days has a fraction.
  return hours > 0 ? `${date} ${p.hour}${p.minute} ${zoneLabel(at, zone, p.zoneName)}` : date;
}

/** The full tag value, e.g. `Resource does not meet policy: stop@2024/01/05`. */
export function formatMark(opts: MarkOptions): string {
  const actionDate = formatActionDate(opts);
  return formatTemplate(opts.msg ?? DEFAULT_MARK_MESSAGE, { op: opts.op, action_date: actionDate });
}

/** Why a message template cannot be rendered (c7n raises at run time), or undefined. */
export function templateProblem(msg: string): string | undefined {
  try {
    formatTemplate(msg, { op: 'op', action_date: 'date' });
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * Python `str.format` restricted to named fields without format specs: `{{`/`}}` escape
 * braces, and any field other than those given is an error (c7n would raise KeyError).
 */
export function formatTemplate(template: string, fields: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{|\}\}|\{([^{}]*)\}|[{}]/g, (m, name: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    if (name === undefined) throw new Error(`unmatched "${m}" in template; write "${m}${m}" for a literal`);
    const value = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (value === undefined)
      throw new Error(
        `unknown placeholder {${name}}; use ${Object.keys(fields)
          .map((f) => `{${f}}`)
          .join(' or ')}`,
      );
    return value;
  });
}

export interface ParsedMark {
  op: string;
  /** When the op is due, in milliseconds since the epoch. */
  date: number;
  /** The text before the last colon. */
  msg: string;
}

/**
 * Reads `msg: op@date` as c7n's `marked-for-op` does (split on the last colon, then the first
 * `@`). Dates without a zone are read as UTC: c7n compares them with the machine's local
 * clock, which is UTC on Lambda. Undefined when the value is not a mark or the date is unreadable.
 */
export function parseMark(value: string): ParsedMark | undefined {
  const parts = splitMark(value);
  if (!parts) return undefined;
  const date = parseMarkDate(parts.dateText);
  if (date === undefined) return undefined;
  return { op: parts.op, date, msg: parts.msg };
}

/** The pieces of `msg: op@date` without reading the date: split on the last colon, then `@`. */
export function splitMark(value: unknown): { msg: string; op: string; dateText: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const colon = value.lastIndexOf(':');
  if (colon < 0 || !value.includes('@')) return undefined;
  const target = value.slice(colon + 1).trim();
  const at = target.indexOf('@');
  if (at < 0) return undefined;
  return { msg: value.slice(0, colon), op: target.slice(0, at), dateText: target.slice(at + 1) };
}

/** Zone names c7n-written marks carry (Python `%Z`) mapped to UTC offsets in minutes. */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0,
  UT: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

const DATE_RE =
  /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[ T]+(\d{2})(\d{2})?(\d{2})?)?(?:\s*(?:([+-])(\d{2})(\d{2})?|([A-Za-z]{1,5})))?$/;

/** `YYYY/MM/DD[ HHMM[SS]][ ZONE|±HHMM]`, also with dashes. Unknown zone names count as none. */
export function parseMarkDate(text: string): number | undefined {
  const m = DATE_RE.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, hh, mi, ss, sign, oh, om, name] = m;
  const fields = [y, mo, d, hh ?? '0', mi ?? '0', ss ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [year, month, day, hour, minute, second] = fields;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls Feb 30 over to March; a real calendar date must round-trip.
  if (new Date(utc).getUTCDate() !== day) return undefined;
  let offset = 0;
  if (sign) offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om ?? '0'));
  else if (name) offset = ZONE_OFFSETS[name.toUpperCase()] ?? 0;
  return utc - offset * 60_000;
}

interface ZoneParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  zoneName: string;
}

function zoneParts(at: Date, zone: string): ZoneParts {
  if (zone === 'UTC') {
    const two = (n: number) => String(n).padStart(2, '0');
    return {
      year: String(at.getUTCFullYear()),
      month: two(at.getUTCMonth() + 1),
      day: two(at.getUTCDate()),
      hour: two(at.getUTCHours()),
      minute: two(at.getUTCMinutes()),
      zoneName: 'UTC',
    };
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    zoneName: get('timeZoneName'),
  };
}

/**
 * Python's `%Z` gives a letter abbreviation (UTC, EST, JST). ICU only knows letters for some
 * zones and says `GMT+9` for others, which dateutil would read with the sign inverted; so we
 * write a numeric offset (`+0900`) there, which every reader parses correctly.
 */
function zoneLabel(at: Date, zone: string, icuName: string): string {
  if (/^[A-Z]{2,5}$/.test(icuName)) return icuName;
  const wall = zoneParts(at, zone);
  const asUtc = Date.UTC(
    Number(wall.year),
    Number(wall.month) - 1,
    Number(wall.day),
    Number(wall.hour),
    Number(wall.minute),
  );
  const minutes = Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
