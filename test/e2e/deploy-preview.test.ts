/**
 * `c7n-ts deploy --dryrun`: reads what is deployed and prints what a deploy would create or
 * update, with no mutating call. Flight data: the deploy scenarios of test/e2e/deploy/.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FlightLogEntry, isMutating, root, runCli } from './harness.js';

const dir = join(root, 'test', 'e2e', 'deploy');

function preview(scenario: string, ...args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'c7n-ts-preview-'));
  const r = runCli([
    'deploy',
    '--dryrun',
    '-s',
    out,
    '--replay',
    join(dir, scenario, 'flight'),
    '--account-id',
    '123456789012',
    '-r',
    'us-east-1',
    '--archive',
    join(dir, 'archive.zip'),
    ...args,
    join(dir, 'policies.yml'),
  ]);
  const log = JSON.parse(readFileSync(join(out, 'flight-log.json'), 'utf8')) as FlightLogEntry[];
  return { ...r, out, log, ops: log.map((c) => `${c.service}.${c.operation}`) };
}

describe.concurrent('deploy --dryrun', () => {
  it('says what would be created, reading only', () => {
    const r = preview('create');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'ok   ec2-tag-new  us-east-1  custodian-ec2-tag-new: would create function, set concurrency, create log group, create rule, add rule target, add invoke permission',
    );
    expect(r.ops).toEqual([
      'lambda.GetFunction',
      'events.DescribeRule',
      'lambda.GetFunction',
      'events.DescribeRule',
    ]);
    const result = JSON.parse(readFileSync(join(r.out, 'ec2-tag-new', 'deploy.json'), 'utf8'));
    expect(result).toMatchObject({ status: 'created', dryrun: true });
  });

  it('says what would be updated, and nothing for what is up to date', () => {
    const update = preview('update-code', '-p', 'ec2-tag-new');
    expect(update.code, update.stderr).toBe(0);
    expect(update.stdout).toContain('custodian-ec2-tag-new: would update code');
    expect(update.log.filter((c) => isMutating(c.operation))).toEqual([]);

    const same = preview('unchanged', '-d');
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toContain('custodian-ebs-unattached-daily: up to date, nothing to do');
    expect(same.log.filter((c) => isMutating(c.operation))).toEqual([]);
  });

  it('refuses a file with no Lambda-mode policy', () => {
    const r = runCli(['deploy', '--dryrun', join(root, 'examples', 'ebs-unattached.yml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no Lambda-mode policy');
  });
});
