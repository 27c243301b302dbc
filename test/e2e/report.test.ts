/**
 * `report` after `run`, through the built CLI: default columns with `tag:` keys (ec2's
 * `tag:Name`), one table per policy when the policies are on different resource types, and one
 * row per resource with a policy column in csv and json.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, runCli } from './harness.js';

const cases = join(root, 'test', 'e2e', 'cases');
const ec2Policy = join(cases, 'ec2-tag-untagged', 'policy.yml');
const s3Policy = join(cases, 's3-name-only', 'policy.yml');

let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'c7n-ts-report-'));
  for (const name of ['ec2-tag-untagged', 's3-name-only']) {
    const r = runCli([
      'run',
      '-s',
      out,
      '--replay',
      join(cases, name, 'flight'),
      '-r',
      'us-east-1',
      '--account-id',
      '123456789012',
      join(cases, name, 'policy.yml'),
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
});

const report = (...args: string[]) => runCli(['report', '-s', out, ...args]);

describe('report', () => {
  it('reads tag:Name from the Tags list in the default ec2 columns', () => {
    const r = report(ec2Policy);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        'policy ec2-tag-untagged (aws.ec2): 1 resource',
        'InstanceId  tag:Name  InstanceType  LaunchTime                 VpcId  PrivateIpAddress',
        '----------  --------  ------------  -------------------------  -----  ----------------',
        'i-0aaa1111  web-1     t3.micro      2026-01-05T09:00:00+00:00',
        '',
      ].join('\n'),
    );
  });

  it('prints one table per policy, each with its own columns and the extra fields', () => {
    const r = report('--field', 'Owner=tag:Owner', '--field', 'State=State.Name', ec2Policy, s3Policy);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        'policy ec2-tag-untagged (aws.ec2): 1 resource',
        'InstanceId  tag:Name  InstanceType  LaunchTime                 VpcId  PrivateIpAddress  Owner  State',
        '----------  --------  ------------  -------------------------  -----  ----------------  -----  -------',
        'i-0aaa1111  web-1     t3.micro      2026-01-05T09:00:00+00:00                                  running',
        '',
        'policy s3-temporary-buckets (aws.s3): 1 resource',
        'Name                CreationDate               Owner  State',
        '------------------  -------------------------  -----  -----',
        'tmp-load-test-2025  2025-09-17T15:02:12+00:00',
        '',
      ].join('\n'),
    );
  });

  it('writes csv with a policy column and the union of the columns', () => {
    const r = report(
      '--format',
      'csv',
      '--no-default-fields',
      '--field',
      'Name=tag:Name',
      '--field',
      'Name2=Name',
      ec2Policy,
      s3Policy,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      ['policy,Name,Name2', 'ec2-tag-untagged,web-1,', 's3-temporary-buckets,,tmp-load-test-2025', ''].join(
        '\n',
      ),
    );
    const full = report('--format', 'csv', ec2Policy, s3Policy);
    expect(full.stdout.split('\n')).toEqual([
      'policy,InstanceId,tag:Name,InstanceType,LaunchTime,VpcId,PrivateIpAddress,Name,CreationDate',
      'ec2-tag-untagged,i-0aaa1111,web-1,t3.micro,2026-01-05T09:00:00+00:00,,,,',
      's3-temporary-buckets,,,,,,,tmp-load-test-2025,2025-09-17T15:02:12+00:00',
      '',
    ]);
  });

  it('writes json rows with the policy and that policy’s columns, null where a value is absent', () => {
    const r = report('--format', 'json', '--field', 'Owner=tag:Owner', ec2Policy, s3Policy);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        policy: 'ec2-tag-untagged',
        InstanceId: 'i-0aaa1111',
        'tag:Name': 'web-1',
        InstanceType: 't3.micro',
        LaunchTime: '2026-01-05T09:00:00+00:00',
        VpcId: null,
        PrivateIpAddress: null,
        Owner: null,
      },
      {
        policy: 's3-temporary-buckets',
        Name: 'tmp-load-test-2025',
        CreationDate: '2025-09-17T15:02:12+00:00',
        Owner: null,
      },
    ]);
  });

  it('rejects an invalid field key or format as invalid input (exit 2)', () => {
    const bad = report('--field', 'X=foo[', ec2Policy);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--field X=foo[');
    expect(report('--format', 'xml', ec2Policy).code).toBe(2);
  });
});

describe('report on a failed run', () => {
  it('shows the policy as FAILED with what each action failed on or skipped, and exits 1', () => {
    const failedOut = mkdtempSync(join(tmpdir(), 'c7n-ts-report-failed-'));
    const dir = join(cases, 'safety-ebs-snapshot-failed-no-delete');
    const policy = join(dir, 'policy.yml');
    const run = runCli([
      'run',
      '-s',
      failedOut,
      '--replay',
      join(dir, 'flight'),
      '--account-id',
      '123456789012',
      policy,
    ]);
    expect(run.code).toBe(1);
    const r = runCli(['report', '-s', failedOut, policy]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('policy ebs-backup-then-delete (aws.ebs): 2 resources, FAILED');
    expect(r.stdout).toContain('  snapshot failed on vol-0b1c2d3e4f5a6b702 (UnauthorizedOperation)');
    expect(r.stdout).toContain(
      '  delete not run on vol-0b1c2d3e4f5a6b702: an earlier action failed for them',
    );
    expect(r.stderr).toContain(
      'policy ebs-backup-then-delete FAILED: action snapshot failed on 1 of 2 resources',
    );
  });

  it('a run that failed before matching anything is reported as failed, not as "no output"', () => {
    const failedOut = mkdtempSync(join(tmpdir(), 'c7n-ts-report-nofetch-'));
    const empty = mkdtempSync(join(tmpdir(), 'c7n-ts-empty-flight-'));
    const policy = join(cases, 'ebs-delete', 'policy.yml');
    expect(
      runCli(['run', '-s', failedOut, '--replay', empty, '--account-id', '123456789012', policy]).code,
    ).toBe(1);
    const r = runCli(['report', '-s', failedOut, policy]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('policy ebs-delete-unattached (aws.ebs): 0 resources, FAILED');
    expect(r.stderr).not.toContain('no output');
  });
});
