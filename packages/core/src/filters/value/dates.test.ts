import { describe, expect, it } from 'vitest';
import { ageMs, parseDate, toMs } from './dates.js';

const utc = (...a: [number, number, number, number?, number?, number?]) =>
  Date.UTC(a[0], a[1] - 1, a[2], a[3] ?? 0, a[4] ?? 0, a[5] ?? 0);

describe('parseDate', () => {
  it.each([
    ['ISO with Z', '2024-01-15T10:20:30Z', utc(2024, 1, 15, 10, 20, 30)],
    ['ISO with fraction', '2024-01-15T10:20:30.123456Z', utc(2024, 1, 15, 10, 20, 30) + 123],
    ['ISO with offset', '2024-01-15T10:00:00+02:00', utc(2024, 1, 15, 8)],
    ['ISO with compact offset', '2024-01-15T10:00:00-0500', utc(2024, 1, 15, 15)],
    ['naive ISO is UTC', '2024-01-15T10:00:00', utc(2024, 1, 15, 10)],
    ['date only', '2024-01-15', utc(2024, 1, 15)],
    ['Python str(datetime)', '2024-01-15 10:00:00+00:00', utc(2024, 1, 15, 10)],
    ['mark-for-op date', '2024/01/15', utc(2024, 1, 15)],
    ['mark-for-op date with hour and zone', '2024/01/15 1400 UTC', utc(2024, 1, 15, 14)],
    ['RFC 2822', 'Mon, 15 Jan 2024 10:00:00 GMT', utc(2024, 1, 15, 10)],
    ['month name', 'Jan 15 2024', utc(2024, 1, 15)],
    ['epoch seconds', 1705312800, utc(2024, 1, 15, 10)],
    ['epoch seconds as text', '1705312800', utc(2024, 1, 15, 10)],
    ['epoch milliseconds', 1705312800000, utc(2024, 1, 15, 10)],
    ['a Date', new Date(utc(2024, 1, 15)), utc(2024, 1, 15)],
  ])('%s', (_n, input, expected) => {
    expect(parseDate(input)?.getTime()).toBe(expected);
  });

  it.each([
    ['small numbers are not dates', 5],
    ['digit strings below the floor', '2024'],
    ['words', 'running'],
    ['words with a digit', 'running 1'],
    ['booleans', true],
    ['null', null],
    ['lists', ['2024-01-01']],
    ['bad month', '2024-13-01'],
  ])('%s -> undefined', (_n, input) => {
    expect(parseDate(input)).toBeUndefined();
  });

  it('reads naive times in a given zone', () => {
    expect(parseDate('2024/01/15 0900', 'America/New_York')?.getTime()).toBe(utc(2024, 1, 15, 14));
    expect(parseDate('2024/07/15 0900', 'America/New_York')?.getTime()).toBe(utc(2024, 7, 15, 13));
  });

  it('toMs and ageMs', () => {
    expect(toMs('nope')).toBeNaN();
    expect(toMs('2024-01-15')).toBe(utc(2024, 1, 15));
    expect(ageMs({ days: 1.5, hours: 1, minutes: 1 })).toBe(1.5 * 86_400_000 + 3_660_000);
  });
});

describe('dateutil forms that c7n marks and users write', () => {
  it.each([
    ['12/12/2012', '2012-12-12T00:00:00.000Z'],
    ['01/15/2024', '2024-01-15T00:00:00.000Z'],
    ['13/12/2012', '2012-12-13T00:00:00.000Z'],
    ['20240115T103000Z', '2024-01-15T10:30:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseDate(text)?.toISOString()).toBe(iso);
  });
  // All digits is an epoch number in c7n, never handed to dateutil.
  it.each(['2024-02-31', '2023-02-29', '13/13/2012', '2024-01-01 10:00:60', '20240115'])(
    'rejects %s',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );
});
