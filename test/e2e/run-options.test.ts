/**
 * `run` options that take more than one CLI invocation to check: --cache-period across runs.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './harness.js';

const caseDir = join(root, 'test', 'e2e', 'cases', 'run-cache-period');

function run(out: string, cacheDir: string, period = '60') {
  const result = runCli([
    'run',
    '-s',
    out,
    '--replay',
    join(caseDir, 'flight'),
    '-r',
    'us-east-1',
    '--account-id',
    '123456789012',
    '--cache-period',
    period,
    '--cache-dir',
    cacheDir,
    join(caseDir, 'policy.yml'),
  ]);
  const log = JSON.parse(readFileSync(join(out, 'flight-log.json'), 'utf8')) as { operation: string }[];
  const ids = (policy: string) =>
    (JSON.parse(readFileSync(join(out, policy, 'resources.json'), 'utf8')) as { InstanceId: string }[]).map(
      (r) => r.InstanceId,
    );
  return { ...result, calls: log.map((c) => c.operation), ids };
}

describe('run --cache-period', () => {
  it('a second run within the period reads the cache and makes no call; dates still compare as dates', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'c7n-ts-cache-'));
    const first = run(mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-')), cacheDir);
    expect(first.code, first.stderr).toBe(0);
    // Both policies read the same listing: one fetch per run (the in-run cache).
    expect(first.calls).toEqual(['DescribeInstances']);
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-'));
    const second = run(out, cacheDir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.calls).toEqual([]);
    // instance-age reads LaunchTime: it still matches from the cached copy.
    expect(second.ids('ec2-old-running').sort()).toEqual(first.ids('ec2-old-running').sort());
    expect(readFileSync(join(out, 'ec2-no-owner', 'custodian-run.log'), 'utf8')).toContain(
      'from the resource cache',
    );
  });

  it('period 0 (the default) neither reads nor writes the cache', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'c7n-ts-cache-'));
    run(mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-')), cacheDir);
    const again = run(mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-')), cacheDir, '0');
    expect(again.calls).toEqual(['DescribeInstances']);
    const empty = mkdtempSync(join(tmpdir(), 'c7n-ts-cache-'));
    run(mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-')), empty, '0');
    expect(readdirSync(empty)).toEqual([]);
  });

  it('a corrupt cache file is ignored with a warning and fetched again', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'c7n-ts-cache-'));
    run(mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-')), cacheDir);
    const files = readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(1);
    writeFileSync(join(cacheDir, files[0]!), '{"format": 1, "resou');
    const again = run(mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-')), cacheDir);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('ignoring unreadable cache file');
    expect(again.calls).toEqual(['DescribeInstances']);
    expect(existsSync(join(cacheDir, files[0]!))).toBe(true);
  });

  it('rejects a period that is not a number of minutes', () => {
    const r = runCli([
      'run',
      '-s',
      mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-')),
      '--cache-period',
      'soon',
      join(caseDir, 'policy.yml'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--cache-period');
  });
});
