import { describe, expect, it } from 'vitest';
import {
  localHour,
  offhoursZone,
  parseSchedule,
  parseTimeSpec,
  resourceSchedule,
  type Schedule,
  scheduleTagValue,
} from './schedule.js';

const defaults: Schedule = { tz: 'et', off: [{ days: [0, 1, 2, 3, 4], hour: 19 }] };

describe('offhours time specs', () => {
  it.each([
    ['(m-f,19)', [{ days: [0, 1, 2, 3, 4], hour: 19 }]],
    ['(u,18)', [{ days: [6], hour: 18 }]],
    [
      '[(m-f,21),(u,18)]',
      [
        { days: [0, 1, 2, 3, 4], hour: 21 },
        { days: [6], hour: 18 },
      ],
    ],
    // Ranges wrap: Friday to Monday.
    ['(f-m,0)', [{ days: [4, 5, 6, 0], hour: 0 }]],
    // Unknown letters in a range are dropped, as c7n's expand_day_range does.
    ['(m-x-f,7)', [{ days: [0, 1, 2, 3, 4], hour: 7 }]],
  ])('%s', (spec, items) => expect(parseTimeSpec(spec)).toEqual(items));

  it.each(['(m-f,24)', '(m-f, 19)', '(x,19)', '(m-f)', '(m-f,19,1)', '(,19)', '(m-f,-1)'])(
    'rejects %s',
    (spec) => expect(parseTimeSpec(spec)).toBeUndefined(),
  );

  // Rows of Cloud Custodian's ScheduleParserTest table.
  it.each([
    [
      'off=[(m-f,9)];on=(m-s,10);tz=pt',
      { off: [{ days: [0, 1, 2, 3, 4], hour: 9 }], on: [{ days: [0, 1, 2, 3, 4, 5], hour: 10 }], tz: 'pt' },
    ],
    [
      'on=[(s-m,10)];off=(s-m,19)',
      { on: [{ days: [5, 6, 0], hour: 10 }], off: [{ days: [5, 6, 0], hour: 19 }], tz: 'et' },
    ],
    [
      'on=[(m,9),(t,10),(w,7)];off=(m-u,19)',
      {
        on: [
          { days: [0], hour: 9 },
          { days: [1], hour: 10 },
          { days: [2], hour: 7 },
        ],
        off: [{ days: [0, 1, 2, 3, 4, 5, 6], hour: 19 }],
        tz: 'et',
      },
    ],
    [
      'off=[m-f,20];on=[m-f,5];tz=est',
      { on: [{ days: [0, 1, 2, 3, 4], hour: 5 }], off: [{ days: [0, 1, 2, 3, 4], hour: 20 }], tz: 'est' },
    ],
  ])('parses %s', (value, expected) => expect(parseSchedule(value, 'et')).toEqual(expected));

  it.each([
    '',
    'off=(1-2,12);on=(m-f,10);tz=est',
    'off=(m-f,a);on=(m-f,10);tz=est',
    'off=(m-f,99);on=(m-f,7);tz=pst',
    'off=(x-f,10);on=(m-f,10);tz=est',
    'off=(m-f);on=(m-f,10);tz=est',
    'off=(m-t-f,12);on=(m-f,10);tz=est',
    'off=(m-f,5);zebra=blue,on=(t-w,5)',
    'off=(m-f,5);zebra=blue;on=(t-w,5)',
    'off=(m-f,5);zebrablue,on=(t-w,5)',
    'bar;off=(m-f,5);zebrablue,on=(t-w,5)',
  ])('refuses %j', (value) => expect(parseSchedule(value, 'et')).toBeUndefined());

  it('reads a whole tag and takes the default zone when none is given', () => {
    expect(parseSchedule('off=(m-f,19);on=(m-f,7);tz=pt', 'et')).toEqual({
      off: [{ days: [0, 1, 2, 3, 4], hour: 19 }],
      on: [{ days: [0, 1, 2, 3, 4], hour: 7 }],
      tz: 'pt',
    });
    expect(parseSchedule('off=(m-f,19)', 'et')?.tz).toBe('et');
    expect(parseSchedule('off=(m-f,19);foo=1', 'et')).toBeUndefined();
    expect(parseSchedule('off=(m-f,19) on=(m-f,7)', 'et')).toBeUndefined();
  });
});

describe('resourceSchedule (which schedule a tag value selects)', () => {
  it('empty, "on" and text without = take the defaults', () => {
    expect(resourceSchedule('', 'off', defaults)).toBe(defaults);
    expect(resourceSchedule('on', 'off', defaults)).toBe(defaults);
    expect(resourceSchedule('whatever', 'off', defaults)).toBe(defaults);
  });
  it('a tag with only the other time type keeps the default hour, in the tag zone', () => {
    expect(resourceSchedule('on=(m-f,8);tz=pt', 'off', defaults)).toEqual({ ...defaults, tz: 'pt' });
  });
  it('a zone among words (c7n reads space-separated pieces too): "offhours tz=pt"', () => {
    expect(resourceSchedule('offhours tz=pt', 'off', defaults)).toEqual({ ...defaults, tz: 'pt' });
  });
  it('trailing semicolons are dropped; unknown keys are a parse error', () => {
    expect(resourceSchedule('off=(m-f,1);', 'off', defaults)?.off).toEqual([
      { days: [0, 1, 2, 3, 4], hour: 1 },
    ]);
    expect(resourceSchedule('foo=bar', 'off', defaults)).toBeUndefined();
    expect(resourceSchedule('off=(m-f,25)', 'off', defaults)).toBeUndefined();
  });
});

describe('scheduleTagValue', () => {
  const r = (Key: string, Value: unknown) => ({ Tags: [{ Key, Value }] });
  it('finds the key in any case, lower-cases, unescapes and strips quotes', () => {
    expect(scheduleTagValue(r('MAID_OFFHOURS', 'OFF=(M-F,19)'), 'maid_offhours')).toBe('off=(m-f,19)');
    expect(
      scheduleTagValue(r('maid_offhours', 'offu3du28M-Fu2c18u29u3btzu3dAustraliau2fSydney'), 'maid_offhours'),
    ).toBe('off=(m-f,18);tz=australia/sydney');
    expect(scheduleTagValue(r('maid_offhours', `"'on'"`), 'maid_offhours')).toBe("'on'");
    expect(scheduleTagValue(r('maid_offhours', `'"on"'`), 'maid_offhours')).toBe('on');
  });
  it('falls back to the policy schedule only when the tag is missing', () => {
    expect(scheduleTagValue({ Tags: [] }, 'maid_offhours')).toBeUndefined();
    expect(scheduleTagValue({}, 'maid_offhours', 'off=(M-F,20)')).toBe('off=(m-f,20)');
    expect(scheduleTagValue(r('maid_offhours', 'on'), 'maid_offhours', 'off=(M-F,20)')).toBe('on');
  });
});

describe('offhoursZone (c7n get_tz)', () => {
  it.each([
    ['et', 'America/New_York'],
    ['pt', 'America/Los_Angeles'],
    ['cet', 'Europe/Berlin'],
    ['utc', 'Etc/UTC'],
    ['America/New_York', 'America/New_York'],
    ['america/new_york', 'America/New_York'],
    ['europe/berlin', 'Europe/Berlin'],
    // A lower-case name that is not in title case (c7n lists those in its alias table).
    ['america/port-au-prince', 'America/Port-au-Prince'],
    ['pacific/auckland', 'Pacific/Auckland'],
    ['gmt', 'Etc/GMT'],
    ['at', 'America/Phoenix'],
  ])('%s -> %s', (tz, zone) => expect(offhoursZone(tz)).toBe(zone));

  // c7n title-cases other names and looks them up case-sensitively: `Utc`, `Etc/Gmt+5`, `Pt`.
  it.each(['UTC', 'Etc/GMT+5', 'PT', 'Mars/Olympus', ''])('%s is unknown', (tz) =>
    expect(offhoursZone(tz)).toBeUndefined(),
  );
});

describe('localHour across daylight saving changes', () => {
  const at = (iso: string, zone: string) => localHour(Date.parse(iso), zone);
  it('America/New_York springs forward on 2026-03-08: 02:00 never happens', () => {
    expect(at('2026-03-08T06:30:00Z', 'America/New_York')).toEqual({
      weekday: 6,
      hour: 1,
      date: '2026-03-08',
    });
    expect(at('2026-03-08T07:30:00Z', 'America/New_York')).toEqual({
      weekday: 6,
      hour: 3,
      date: '2026-03-08',
    });
  });
  it('America/New_York falls back on 2026-11-01: 01:00 happens twice', () => {
    expect(at('2026-11-01T05:30:00Z', 'America/New_York').hour).toBe(1);
    expect(at('2026-11-01T06:30:00Z', 'America/New_York').hour).toBe(1);
  });
  it('19:00 in New York is 23:00 UTC in summer and 00:00 UTC the next day in winter', () => {
    expect(at('2026-03-06T23:00:00Z', 'America/New_York')).toEqual({
      weekday: 4,
      hour: 18,
      date: '2026-03-06',
    });
    expect(at('2026-03-09T23:00:00Z', 'America/New_York')).toEqual({
      weekday: 0,
      hour: 19,
      date: '2026-03-09',
    });
    expect(at('2026-11-03T00:00:00Z', 'America/New_York')).toEqual({
      weekday: 0,
      hour: 19,
      date: '2026-11-02',
    });
  });
  it('Europe/Berlin springs forward on 2026-03-29', () => {
    expect(at('2026-03-27T06:00:00Z', 'Europe/Berlin')).toEqual({ weekday: 4, hour: 7, date: '2026-03-27' });
    expect(at('2026-03-30T06:00:00Z', 'Europe/Berlin')).toEqual({ weekday: 0, hour: 8, date: '2026-03-30' });
    expect(at('2026-03-30T05:00:00Z', 'Europe/Berlin')).toEqual({ weekday: 0, hour: 7, date: '2026-03-30' });
  });
});
