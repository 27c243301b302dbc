import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileResourceCache } from './cache.js';

const resources = [
  { InstanceId: 'i-1', LaunchTime: new Date('2026-01-05T09:00:00Z'), Tags: [{ Key: 'a', Value: 'b' }] },
];

function cache(
  periodMinutes: number,
  clock: { t: number },
  warnings: string[] = [],
  dir = mkdtempSync(join(tmpdir(), 'c7n-cache-')),
) {
  return new FileResourceCache({ dir, periodMinutes, now: () => clock.t, warn: (m) => warnings.push(m) });
}

describe('FileResourceCache', () => {
  it('returns what was stored within the period, dates as dates', async () => {
    const clock = { t: 1_000_000 };
    const c = cache(15, clock);
    await c.set('k', resources);
    clock.t += 14 * 60_000;
    const got = await c.get('k');
    expect(got).toEqual(resources);
    expect(got?.[0]?.LaunchTime).toBeInstanceOf(Date);
  });

  it('forgets entries older than the period, and other keys', async () => {
    const clock = { t: 1_000_000 };
    const c = cache(15, clock);
    await c.set('k', resources);
    expect(await c.get('other')).toBeUndefined();
    clock.t += 15 * 60_000 + 1;
    expect(await c.get('k')).toBeUndefined();
  });

  it('stores and reads nothing with a period of 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c7n-cache-'));
    const c = cache(0, { t: 0 }, [], dir);
    await c.set('k', resources);
    expect(readdirSync(dir)).toEqual([]);
    expect(await c.get('k')).toBeUndefined();
  });

  it('ignores a corrupt file with a warning, then overwrites it', async () => {
    const clock = { t: 1_000_000 };
    const warnings: string[] = [];
    const c = cache(15, clock, warnings);
    await c.set('k', resources);
    const file = c.fileFor('k');
    writeFileSync(file, '{"format": 1, "key": "k", "resou');
    expect(await c.get('k')).toBeUndefined();
    expect(warnings[0]).toContain(file);
    await c.set('k', resources);
    expect(JSON.parse(readFileSync(file, 'utf8')).key).toBe('k');
    expect(await c.get('k')).toEqual(resources);
  });

  it('leaves no temporary files behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c7n-cache-'));
    const c = cache(15, { t: 0 }, [], dir);
    await Promise.all([c.set('a', resources), c.set('b', resources), c.set('a', [])]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
