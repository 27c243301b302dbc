import { describe, expect, it } from 'vitest';
import { adoptData } from './json.js';
import { asDataTimestamp, DataTimestamp } from './timestamp.js';

describe('DataTimestamp', () => {
  it("is written as Cloud Custodian writes a UTC datetime (Python's isoformat)", () => {
    const at = Date.UTC(2026, 10, 1, 9, 0, 0);
    expect(JSON.stringify({ t: new DataTimestamp(at) })).toBe('{"t":"2026-11-01T09:00:00+00:00"}');
    expect(new DataTimestamp(at + 123).toJSON()).toBe('2026-11-01T09:00:00.123000+00:00');
    expect(new DataTimestamp(at + 123, 456).toJSON()).toBe('2026-11-01T09:00:00.123456+00:00');
    expect(new DataTimestamp(at, 7).toJSON()).toBe('2026-11-01T09:00:00.000007+00:00');
  });

  it('writes each of timestamps met in turn as its own, equal instants or not', () => {
    const at = Date.UTC(2026, 10, 1, 9, 0, 0);
    const times = [
      new DataTimestamp(at),
      new DataTimestamp(at),
      new DataTimestamp(at, 5),
      new DataTimestamp(at + 1),
      new DataTimestamp(at),
    ];
    expect(JSON.stringify(times)).toBe(
      '["2026-11-01T09:00:00+00:00","2026-11-01T09:00:00+00:00","2026-11-01T09:00:00.000005+00:00",' +
        '"2026-11-01T09:00:00.001000+00:00","2026-11-01T09:00:00+00:00"]',
    );
  });

  it('writes its time as it is now, after a change', () => {
    const t = new DataTimestamp(Date.UTC(2026, 10, 1, 9, 0, 0));
    expect(t.toJSON()).toBe('2026-11-01T09:00:00+00:00');
    t.setTime(Date.UTC(2027, 0, 2));
    expect(t.toJSON()).toBe('2027-01-02T00:00:00+00:00');
  });

  it('is a Date for everything else, and an invalid one is null as JSON', () => {
    const t = new DataTimestamp(Date.UTC(2020, 0, 2));
    expect(t).toBeInstanceOf(Date);
    expect(t.getTime()).toBe(Date.UTC(2020, 0, 2));
    expect(t.toISOString()).toBe('2020-01-02T00:00:00.000Z');
    expect(JSON.stringify([new DataTimestamp(Number.NaN)])).toBe('[null]');
  });

  it('replaces the Dates of an SDK answer when adopted as data', () => {
    const answer = {
      Reservations: [{ Instances: [{ LaunchTime: new Date(Date.UTC(2026, 0, 1)) }] }],
      When: new Date(0),
    };
    const adopted = adoptData(answer) as typeof answer;
    expect(adopted.When).toBeInstanceOf(DataTimestamp);
    expect(JSON.stringify(adopted)).toBe(
      '{"Reservations":[{"Instances":[{"LaunchTime":"2026-01-01T00:00:00+00:00"}]}],"When":"1970-01-01T00:00:00+00:00"}',
    );
    expect(asDataTimestamp('x')).toBe('x');
  });
});
