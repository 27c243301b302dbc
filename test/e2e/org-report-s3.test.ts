/**
 * `org report -s s3://` through the built CLI: the fan-out's output (docs/org-fanout.md) read
 * through the real S3 client from hand-written flight data (test/e2e/org-report-s3/flight):
 * s3://c7n-org-bucket/runs/out, where dev ran (two resources), staging has no output (NoSuchKey)
 * and prod could not run (its org-error.json). Table and csv, `-r all` listing the account's
 * prefixes, and the exact calls made. Its bad input is in org-report.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCliAsync } from './harness.js';

const dir = join(root, 'test', 'e2e', 'org-report-s3');
const orgReport = (...args: string[]) => runCliAsync(['org', 'report', ...args], dir);
const base = ['-c', 'accounts.yml', '-s', 's3://c7n-org-bucket/runs/out', '--replay', 'flight'];
const out = 's3://c7n-org-bucket/runs/out';

const denied =
  'assume-role: AccessDenied: User: arn:aws:sts::999999999999:assumed-role/c7n-fanout/c7n-ts is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::333333333333:role/Custodian';

/** The calls the flight log recorded: operation and key (or prefix). */
function calls(file: string): string[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as {
    operation: string;
    input: { Bucket: string; Key?: string; Prefix?: string };
    errorCode?: string;
  }[];
  return log.map(
    (c) =>
      `${c.operation} ${c.input.Bucket} ${c.input.Key ?? `${c.input.Prefix}*`}${c.errorCode ? ` ${c.errorCode}` : ''}`,
  );
}

const perUnit = [
  'ListObjectsV2 c7n-org-bucket runs/out/*',
  'GetObject c7n-org-bucket runs/out/dev/us-east-1/org-error.json NoSuchKey',
  'GetObject c7n-org-bucket runs/out/staging/us-east-1/org-error.json NoSuchKey',
  'GetObject c7n-org-bucket runs/out/prod/us-east-1/org-error.json',
  'GetObject c7n-org-bucket runs/out/dev/us-east-1/ec2-no-owner/metadata.json',
  'GetObject c7n-org-bucket runs/out/dev/us-east-1/ec2-no-owner/resources.json',
  'GetObject c7n-org-bucket runs/out/staging/us-east-1/ec2-no-owner/metadata.json NoSuchKey',
  'GetObject c7n-org-bucket runs/out/staging/us-east-1/ec2-no-owner/resources.json NoSuchKey',
];

describe.concurrent('org report -s s3://', () => {
  it('reads the fan-out output into one table, listing the failed account and the one without output', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'c7n-ts-org-s3-')), 'flight-log.json');
    const r = await orgReport(...base, '--flight-log', log, 'policy.yml');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe(
      [
        'policy ec2-no-owner (aws.ec2): 2 resources in 3 account-regions, 1 FAILED, 1 without output',
        `  staging/us-east-1: no output at ${out}/staging/us-east-1/ec2-no-owner/resources.json`,
        `  prod/us-east-1 FAILED: ${denied}`,
        'account  account_id    region     InstanceId   tag:Name   InstanceType  LaunchTime                VpcId    PrivateIpAddress',
        '-------  ------------  ---------  -----------  ---------  ------------  ------------------------  -------  ----------------',
        'dev      111111111111  us-east-1  i-0dev00001  build-1    t3.micro      2026-10-01T08:00:00.000Z  vpc-0a1  10.1.0.11',
        'dev      111111111111  us-east-1  i-0dev00002  api, blue  m5.large      2026-10-02T08:00:00.000Z  vpc-0a1  10.1.0.12',
        '',
      ].join('\n'),
    );
    expect(r.stderr.split('\n')).toEqual([
      `no output for policy ec2-no-owner at ${out}/staging/us-east-1/ec2-no-owner/resources.json`,
      `policy ec2-no-owner in prod/us-east-1 FAILED: ${denied}`,
      '2 of 3 policy runs (account × region × policy): 1 failed, 1 without output',
      '',
    ]);
    // The table's second pass reads again only the resources.json that had rows.
    expect(calls(log)).toEqual([
      ...perUnit,
      'GetObject c7n-org-bucket runs/out/dev/us-east-1/ec2-no-owner/resources.json',
    ]);
  });

  it('writes csv from the same objects, each read once', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'c7n-ts-org-s3-')), 'flight-log.json');
    const r = await orgReport(...base, '--flight-log', log, '--format', 'csv', 'policy.yml');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      'policy,account,account_id,region,InstanceId,tag:Name,InstanceType,LaunchTime,VpcId,PrivateIpAddress',
      'ec2-no-owner,dev,111111111111,us-east-1,i-0dev00001,build-1,t3.micro,2026-10-01T08:00:00.000Z,vpc-0a1,10.1.0.11',
      'ec2-no-owner,dev,111111111111,us-east-1,i-0dev00002,"api, blue",m5.large,2026-10-02T08:00:00.000Z,vpc-0a1,10.1.0.12',
      '',
    ]);
    expect(r.stderr).toContain(
      `no output for policy ec2-no-owner at ${out}/staging/us-east-1/ec2-no-owner/resources.json`,
    );
    expect(r.stderr).toContain(`policy ec2-no-owner in prod/us-east-1 FAILED: ${denied}`);
    expect(calls(log)).toEqual(perUnit);
  });

  it('-r all lists the region prefixes the fan-out wrote under each account', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'c7n-ts-org-s3-')), 'flight-log.json');
    const r = await orgReport(...base, '--flight-log', log, '-r', 'all', '--format', 'json', 'policy.yml');
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).map((x: any) => `${x.account}/${x.region}/${x.InstanceId}`)).toEqual([
      'dev/us-east-1/i-0dev00001',
      'dev/us-east-1/i-0dev00002',
    ]);
    expect(calls(log).filter((c) => c.startsWith('ListObjectsV2'))).toEqual([
      'ListObjectsV2 c7n-org-bucket runs/out/*',
      'ListObjectsV2 c7n-org-bucket runs/out/dev/*',
      'ListObjectsV2 c7n-org-bucket runs/out/staging/*',
      'ListObjectsV2 c7n-org-bucket runs/out/prod/*',
    ]);
  });
});
