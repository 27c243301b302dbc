import { describe, expect, it } from 'vitest';
import { progressLine } from './run.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return {
    stream: { isTTY, columns: 60, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream,
    writes,
  };
}

const event = { policy: 's3-public', resourceType: 'aws.s3', region: 'us-east-1' };

describe('progressLine', () => {
  it('is nothing when stderr is not a terminal', () => {
    expect(progressLine(fakeStream(false).stream)).toBeUndefined();
  });

  it('rewrites one line in place, fits the terminal, and clears it', () => {
    const { stream, writes } = fakeStream(true);
    const p = progressLine(stream)!;
    p.update({ ...event, listed: 120 });
    p.update({ ...event, listed: 120, done: 120 });
    expect(writes[0]?.startsWith('\r\u001b[K')).toBe(true);
    expect(writes[0]).toContain('fetching aws.s3 (120 listed) in us-east-1 for s3-public');
    expect(writes.every((w) => w.length <= 59 + 4)).toBe(true);
    expect(writes.at(-1)).toContain('done');
    p.clear();
    expect(writes.at(-1)).toBe('\r\x1b[K');
    const n = writes.length;
    p.clear();
    expect(writes).toHaveLength(n);
  });

  it('updates at most ten times a second while details are fetched', () => {
    const { stream, writes } = fakeStream(true);
    const p = progressLine(stream)!;
    p.update({ ...event, listed: 100 });
    for (let done = 1; done < 100; done++) p.update({ ...event, listed: 100, done });
    expect(writes.length).toBeLessThan(5);
  });
});
