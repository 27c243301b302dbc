import { describe, expect, it } from 'vitest';
import { fixedClock } from './clock.js';

describe('fixedClock (C7N_TS_NOW)', () => {
  it('is undefined when unset or empty', () => {
    expect(fixedClock({})).toBeUndefined();
    expect(fixedClock({ C7N_TS_NOW: '' })).toBeUndefined();
  });
  it('reads an ISO time with a zone', () => {
    expect(fixedClock({ C7N_TS_NOW: '2026-11-02T12:00:00Z' })).toBe(Date.UTC(2026, 10, 2, 12));
    expect(fixedClock({ C7N_TS_NOW: '2026-11-02T07:00-05:00' })).toBe(Date.UTC(2026, 10, 2, 12));
  });
  it.each(['tomorrow', '2026-11-02', '2026-11-02T12:00:00', '2026-13-02T12:00:00Z'])('refuses %s', (v) =>
    expect(() => fixedClock({ C7N_TS_NOW: v })).toThrow(/C7N_TS_NOW/),
  );
});
