import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MARK_MESSAGE,
  DEFAULT_MARK_TAG,
  formatActionDate,
  formatMark,
  formatTemplate,
  parseMark,
  resolveTimeZone,
  templateProblem,
} from './mark.js';

// 2024-01-01 23:30 UTC: late enough that zones west of UTC are still on Dec 31 / Jan 1.
const now = Date.UTC(2024, 0, 1, 23, 30);

describe('defaults', () => {
  it('match Cloud Custodian', () => {
    expect(DEFAULT_MARK_TAG).toBe('maid_status');
    expect(DEFAULT_MARK_MESSAGE).toBe('Resource does not meet policy: {op}@{action_date}');
  });
});

describe('formatActionDate', () => {
  it.each([
    { opts: { days: 4 }, want: '2024/01/05' },
    { opts: {}, want: '2024/01/01' }, // neither days nor hours: today, as c7n does
    { opts: { days: 0.5 }, want: '2024/01/02' }, // fractional days keep the date-only form
    { opts: { hours: 2 }, want: '2024/01/02 0130 UTC' },
    { opts: { days: 1, hours: 1 }, want: '2024/01/03 0030 UTC' },
    { opts: { days: 4, tz: 'et' }, want: '2024/01/05' }, // 18:30 EST on Jan 1 + 4 days
    { opts: { hours: 1, tz: 'et' }, want: '2024/01/01 1930 EST' },
    { opts: { hours: 1, tz: 'America/Los_Angeles' }, want: '2024/01/01 1630 PST' },
    { opts: { hours: 1, tz: 'jst' }, want: '2024/01/02 0930 +0900' }, // ICU has no letters for JST
    { opts: { hours: 1, tz: 'Asia/Kolkata' }, want: '2024/01/02 0600 +0530' },
    { opts: { days: 3, tz: 'pacific/auckland' }, want: '2024/01/05' },
  ])('$opts -> $want', ({ opts, want }) => {
    expect(formatActionDate({ now, ...opts })).toBe(want);
  });

  it('rejects an unknown zone', () => {
    expect(() => formatActionDate({ now, tz: 'Mars/Olympus' })).toThrow(/unknown time zone/);
  });

  it('writes UTC, computed without Intl, as Intl writes it', () => {
    const intl = new Intl.DateTimeFormat('en-US', {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom('utc', 'UTC', 'Etc/UTC', 'etc/utc'),
        (at, hours, tz) => {
          const p = Object.fromEntries(
            intl.formatToParts(new Date(at + hours * 3_600_000)).map((x) => [x.type, x.value]),
          );
          const want = `${p.year}/${p.month}/${p.day} ${p.hour}${p.minute} ${p.timeZoneName}`;
          expect(formatActionDate({ now: at, hours, tz })).toBe(want);
        },
      ),
    );
  });
});

describe('formatMark', () => {
  it('renders the default template', () => {
    expect(formatMark({ op: 'stop', now, days: 4 })).toBe('Resource does not meet policy: stop@2024/01/05');
  });
  it('renders a custom template with escaped braces', () => {
    expect(formatMark({ op: 'delete', now, hours: 1, msg: '{{x}} {op} on {action_date}' })).toBe(
      '{x} delete on 2024/01/02 0030 UTC',
    );
  });
});

describe('formatTemplate / templateProblem', () => {
  it.each([
    { msg: 'Fine: {op}@{action_date}', problem: undefined },
    { msg: 'no placeholders at all', problem: undefined },
    { msg: 'Bad: {now}', problem: /unknown placeholder \{now\}/ },
    { msg: 'Bad: {constructor}', problem: /unknown placeholder \{constructor\}/ },
    { msg: 'Bad: {__proto__}', problem: /unknown placeholder \{__proto__\}/ },
    { msg: 'Bad: {op', problem: /unmatched "\{"/ },
    { msg: 'Bad: op}', problem: /unmatched "\}"/ },
  ])('$msg', ({ msg, problem }) => {
    const got = templateProblem(msg);
    if (problem === undefined) expect(got).toBeUndefined();
    else expect(got).toMatch(problem);
  });
  it('substitutes fields', () => {
    expect(formatTemplate('{a}-{b}', { a: '1', b: '2' })).toBe('1-2');
  });
});

describe('parseMark', () => {
  it.each([
    { value: 'Resource does not meet policy: stop@2024/01/05', op: 'stop', iso: '2024-01-05T00:00:00.000Z' },
    { value: 'x: terminate@2024/01/02 0130 UTC', op: 'terminate', iso: '2024-01-02T01:30:00.000Z' },
    { value: 'x: stop@2024/01/01 1930 EST', op: 'stop', iso: '2024-01-02T00:30:00.000Z' },
    { value: 'x: stop@2024/01/02 0930 +0900', op: 'stop', iso: '2024-01-02T00:30:00.000Z' },
    { value: 'x: stop@2024/01/02 0600 +0530', op: 'stop', iso: '2024-01-02T00:30:00.000Z' },
    { value: 'x: stop@2024-01-05', op: 'stop', iso: '2024-01-05T00:00:00.000Z' },
    { value: 'x: stop@2024/01/05 1200 XYZ', op: 'stop', iso: '2024-01-05T12:00:00.000Z' }, // unknown zone: naive
    { value: 'a: b: notify@2024/1/5', op: 'notify', iso: '2024-01-05T00:00:00.000Z' }, // last colon wins
  ])('$value', ({ value, op, iso }) => {
    const got = parseMark(value);
    expect(got?.op).toBe(op);
    expect(got && new Date(got.date).toISOString()).toBe(iso);
  });

  it.each([
    'no colon stop@2024/01/05',
    'colon but no at: stop 2024/01/05',
    'x: stop@tomorrow',
    'x: stop@2024/02/30',
    'x: stop@2024/13/01',
    '',
  ])('not a mark: %s', (value) => {
    expect(parseMark(value)).toBeUndefined();
  });

  it('round-trips what formatMark writes', () => {
    for (const opts of [{ days: 4 }, { hours: 3 }, { hours: 3, tz: 'et' }, { hours: 5, tz: 'sgt' }]) {
      const parsed = parseMark(formatMark({ op: 'stop', now, ...opts }));
      expect(parsed?.op).toBe('stop');
      if ('hours' in opts) expect(parsed?.date).toBe(now + (opts.hours as number) * 3_600_000);
    }
  });
});

describe('resolveTimeZone', () => {
  it.each([
    ['utc', 'UTC'],
    ['ET', 'America/New_York'],
    ['Europe/Paris', 'Europe/Paris'],
    ['europe/paris', 'Europe/Paris'],
    ['nowhere', undefined],
  ])('%s -> %s', (tz, want) => {
    expect(resolveTimeZone(tz)).toBe(want);
  });
});
