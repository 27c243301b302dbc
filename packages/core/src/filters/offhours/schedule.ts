/**
 * Cloud Custodian's offhours schedule language, read the way c7n reads it (c7n/filters/offhours.py):
 * a tag value such as `off=(M-F,19);on=(M-F,7);tz=pt` or `off=[(M-F,21),(U,18)]`, time zone
 * aliases, the escaped form for services that forbid `(`/`;` in tag values (`u28` for `(`), and
 * "does this schedule name the current hour in the resource's zone".
 */
import { TZ_ALIASES } from '../../tags/mark.js';

export type TimeType = 'on' | 'off';

/** One `(days,hour)` item: days as Python weekdays (Monday 0 ... Sunday 6). */
export interface ScheduleItem {
  days: readonly number[];
  hour: number;
}

export interface Schedule {
  /** As written (alias or IANA name); resolved with {@link offhoursZone} when matched. */
  tz: string;
  on?: readonly ScheduleItem[];
  off?: readonly ScheduleItem[];
}

const DAY_MAP: Readonly<Record<string, number>> = { m: 0, t: 1, w: 2, h: 3, f: 4, s: 5, u: 6 };
const RESTRICTED = ['(', ')', '[', ']', ',', ';', '=', '/', '-'];
const ESCAPES = RESTRICTED.map((c) => `u${c.charCodeAt(0).toString(16)}`);

/** Python's `str.title()`: upper-case a letter after a non-letter, lower-case the others. */
function pyTitle(s: string): string {
  let out = '';
  let prevLetter = false;
  for (const ch of s) {
    const letter = ch.toLowerCase() !== ch.toUpperCase();
    out += letter ? (prevLetter ? ch.toLowerCase() : ch.toUpperCase()) : ch;
    prevLetter = letter;
  }
  return out;
}

function canonicalZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The IANA zone c7n's `Time.get_tz` finds for `tz`, or undefined. c7n looks up its alias table
 * (lower-case keys, which also hold every zone whose name is not in title case, lower-cased),
 * then the title-cased name in the zone database, case-sensitively. So a lower-case name finds
 * any zone (tag values are lower-cased), while a policy's `UTC` or `Etc/GMT+5` does not
 * (`Utc`, `Etc/Gmt+5`). ICU matches names in any case and resolves links to their target, so
 * the case check can only be made when the title-cased name is not a link.
 */
export function offhoursZone(tz: string): string | undefined {
  const alias = Object.hasOwn(TZ_ALIASES, tz) ? TZ_ALIASES[tz] : undefined;
  if (alias) return alias;
  if (tz === '') return undefined;
  if (tz === tz.toLowerCase()) return canonicalZone(tz);
  const titled = pyTitle(tz);
  const found = canonicalZone(titled);
  if (!found) return undefined;
  return found !== titled && found.toLowerCase() === titled.toLowerCase() ? undefined : found;
}

/** c7n's `raw_data`: `key=value` pieces split on spaces and semicolons, others ignored. */
function rawData(value: string): Map<string, string> {
  const data = new Map<string, string>();
  for (const piece of value.split(' ').flatMap((p) => p.split(';'))) {
    const kv = piece.split('=');
    if (kv.length === 2) data.set(kv[0] as string, kv[1] as string);
  }
  return data;
}

function keysAreValid(value: string): boolean {
  for (const key of rawData(value).keys()) if (key !== 'on' && key !== 'off' && key !== 'tz') return false;
  return true;
}

/** `M-F`, `U`, or a range that wraps (`F-M` is Friday to Monday); unknown letters are dropped, as c7n. */
function expandDays(days: string): number[] | undefined {
  const single = Object.hasOwn(DAY_MAP, days) ? DAY_MAP[days] : undefined;
  if (single !== undefined) return [single];
  const range = days
    .split('-')
    .map((d) => (Object.hasOwn(DAY_MAP, d) ? DAY_MAP[d] : undefined))
    .filter((d): d is number => d !== undefined);
  if (range.length !== 2) return undefined;
  const [a, b] = range as [number, number];
  const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return a > b ? [...span(a, 6), ...span(0, b)] : span(a, b);
}

/** `(M-F,19)` or `[(M-F,21),(U,18)]` into items; undefined when malformed. */
export function parseTimeSpec(lexeme: string): ScheduleItem[] | undefined {
  const items: ScheduleItem[] = [];
  for (const expr of lexeme.replace(/[[\]]/g, '').split(',(')) {
    const tokens = expr.replace(/[()]/g, '').split(',');
    if (tokens.length !== 2) return undefined;
    const [days, hourText] = tokens as [string, string];
    if (!/^[0-9]+$/.test(hourText)) return undefined;
    const hour = Number(hourText);
    if (hour > 23) return undefined;
    const expanded = expandDays(days);
    if (!expanded?.length) return undefined;
    items.push({ days: expanded, hour });
  }
  return items;
}

/** c7n's `ScheduleParser.parse`: every `;` piece must be `on=`, `off=` or `tz=`. */
export function parseSchedule(value: string, defaultTz: string): Schedule | undefined {
  if (!keysAreValid(value)) return undefined;
  const schedule: { tz?: string; on?: ScheduleItem[]; off?: ScheduleItem[] } = {};
  for (const piece of value.split(';')) {
    const kv = piece.split('=');
    if (kv.length !== 2) return undefined;
    const [key, text] = kv as [string, string];
    if (key === 'tz') schedule.tz = text;
    else {
      const items = parseTimeSpec(text);
      if (!items) return undefined;
      if (key === 'on' || key === 'off') schedule[key] = items;
    }
  }
  return { ...schedule, tz: schedule.tz || defaultTz };
}

/**
 * The schedule tag's value as c7n reads it: the first tag whose key equals `tagKey` in any case
 * (else the fallback schedule), lower-cased, escapes undone, quotes around it dropped.
 * Undefined when the resource has neither.
 */
export function scheduleTagValue(resource: unknown, tagKey: string, fallback?: string): string | undefined {
  let found: unknown = fallback;
  const tags = (resource as { Tags?: unknown } | null)?.Tags;
  if (Array.isArray(tags))
    for (const t of tags as { Key?: unknown; Value?: unknown }[])
      if (typeof t?.Key === 'string' && t.Key.toLowerCase() === tagKey) {
        found = t.Value;
        break;
      }
  if (typeof found !== 'string') return undefined;
  let value = found.toLowerCase();
  ESCAPES.forEach((esc, i) => {
    value = value.replaceAll(esc, RESTRICTED[i] as string);
  });
  return value.replace(/^'+|'+$/g, '').replace(/^"+|"+$/g, '');
}

/** Which schedule applies to a tag value, or undefined when it cannot be read (a parse error). */
export function resourceSchedule(
  value: string,
  timeType: TimeType,
  defaults: Schedule,
): Schedule | undefined {
  // Empty pieces dropped, so `off=(m-f,1);` reads like `off=(m-f,1)`.
  const v = value
    .split(';')
    .filter((p) => p !== '')
    .join(';');
  const raw = rawData(v);
  if (raw.has(timeType)) return parseSchedule(v, defaults.tz);
  if (!keysAreValid(v)) return undefined;
  // No schedule for this time type (empty, `on`, or only the other one): the policy's, in the tag's zone.
  const tz = raw.get('tz');
  return tz === undefined ? defaults : { ...defaults, tz };
}

export interface LocalHour {
  /** Monday 0 ... Sunday 6, as Python's `weekday()`. */
  weekday: number;
  hour: number;
  /** `YYYY-MM-DD`, for skip days. */
  date: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** The wall clock at `now` (ms) in `zone`. */
export function localHour(now: number, zone: string): LocalHour {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(now).map((p) => [p.type, p.value]));
  return {
    weekday: WEEKDAYS[parts.weekday as string] ?? -1,
    hour: Number(parts.hour),
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

/** True when an item of the schedule's `timeType` names this weekday and hour. */
export function scheduleMatches(schedule: Schedule, timeType: TimeType, at: LocalHour): boolean {
  return (schedule[timeType] ?? []).some((item) => item.hour === at.hour && item.days.includes(at.weekday));
}
