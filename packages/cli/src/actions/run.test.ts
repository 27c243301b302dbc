import type { LoadedPolicy } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { progressLine, select } from './run.js';

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

describe('select', () => {
  const policy = (name: string, resourceType: string, metadata?: unknown): LoadedPolicy => ({
    name,
    resourceType,
    data: { name, resource: resourceType, ...(metadata !== undefined && { metadata }) },
    file: 'p.yml',
    baseDir: '.',
    index: 0,
    location: { line: 1, col: 1 },
  });
  const policies = [
    policy('sg-open', 'aws.security-group', { category: 'security', severity: 'high' }),
    policy('root-mfa', 'aws.account', { category: 'Security', severity: 'CRITICAL' }),
    policy('ebs-unattached', 'aws.ebs', { category: 'cost', severity: 'low' }),
    policy('tags', 'aws.ec2', { category: ['tagging', 'governance'], severity: 'medium' }),
    policy('no-metadata', 'aws.ec2'),
    policy('odd-metadata', 'aws.ec2', { category: 3, severity: { level: 'high' } }),
  ];
  const names = (flags: Parameters<typeof select>[1]) => select(policies, flags).map((p) => p.name);

  it('selects everything without a flag', () => {
    expect(names({})).toHaveLength(policies.length);
  });

  it('needs the category and the severity to be one of those given, without case', () => {
    expect(names({ category: ['security'] })).toEqual(['sg-open', 'root-mfa']);
    expect(names({ category: ['security'], severity: ['high'] })).toEqual(['sg-open']);
    expect(names({ category: ['security', 'cost'], severity: ['critical', 'low'] })).toEqual([
      'root-mfa',
      'ebs-unattached',
    ]);
    expect(names({ severity: ['medium'] })).toEqual(['tags']);
  });

  it('reads a list of categories, and skips metadata that is not a string', () => {
    expect(names({ category: ['governance'] })).toEqual(['tags']);
    expect(names({ severity: ['high'] })).toEqual(['sg-open']);
  });

  it('combines with -p and --resource', () => {
    expect(names({ category: ['security'], resource: ['account'] })).toEqual(['root-mfa']);
    expect(names({ category: ['security', 'cost'], policyFilter: ['*-*'] })).toEqual([
      'sg-open',
      'root-mfa',
      'ebs-unattached',
    ]);
    expect(names({ category: ['cost'], policyFilter: ['sg-*'] })).toEqual([]);
  });
});
