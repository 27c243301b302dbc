/**
 * `org run -s s3://bucket/prefix` through the built CLI on the hand-written flight data of
 * test/e2e/org/ (three accounts in two regions, one whose role is refused), with the S3 answers
 * in each account×region's folder: every file a local org run writes is a PutObject under
 * prefix/<account>/<region>/, an earlier org-error.json is deleted first, the denied account's
 * org-error.json is written there, and prod/eu-west-1, whose PutObjects are refused, is that
 * account×region's failure while the others complete. Nothing is written to the local disk.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, runCliAsync } from './harness.js';

const dir = join(root, 'test', 'e2e', 'org');
const accounts = join(dir, 'accounts.yml');
const policy = join(dir, 'ec2.yml');
const flight = join(dir, 'flight');
const OUT = 's3://c7n-bucket/org/out';

interface Call {
  account: string;
  region: string;
  operation: string;
  input: { Bucket?: string; Key?: string; Body?: string };
  errorCode?: string;
}

/** `org run` in an empty working directory (nothing may land there), with its flight log. */
async function orgS3(...args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'c7n-ts-org-s3-'));
  const log = join(mkdtempSync(join(tmpdir(), 'c7n-ts-org-s3-log-')), 'flight-log.json');
  const r = await runCliAsync(
    ['org', 'run', '-c', accounts, '--replay', flight, '--flight-log', log, ...args, policy],
    cwd,
    { C7N_TS_NOW: '2026-12-07T12:00:00Z' },
  );
  const calls = existsSync(log) ? (JSON.parse(readFileSync(log, 'utf8')) as Call[]) : [];
  return { ...r, cwd, calls };
}

/** The S3 calls of one account×region: `PutObject key [errorCode]`. */
const s3Calls = (calls: Call[], account: string, region: string) =>
  calls
    .filter((c) => c.account === account && c.region === region && c.input.Bucket !== undefined)
    .map((c) => {
      expect(c.input.Bucket).toBe('c7n-bucket');
      return `${c.operation} ${c.input.Key}${c.errorCode ? ` ${c.errorCode}` : ''}`;
    });

/** The body PutObject sent for a key. */
function body(calls: Call[], key: string): string {
  const put = calls.find((c) => c.operation === 'PutObject' && c.input.Key === key);
  expect(put, key).toBeDefined();
  return put?.input.Body as string;
}

/** What one policy run writes, in the order it writes it: the run's files, then the logs at the end. */
const policyFiles = (prefix: string, files: string[]) =>
  ['ec2-no-owner', 'ec2-unexpected-type'].flatMap((p) => files.map((f) => `PutObject ${prefix}/${p}/${f}`));
const logs = (prefix: string, error?: string) =>
  ['ec2-no-owner', 'ec2-unexpected-type'].map(
    (p) => `PutObject ${prefix}/${p}/custodian-run.log${error ? ` ${error}` : ''}`,
  );

describe('org run -s s3://', () => {
  let r: Awaited<ReturnType<typeof orgS3>>;
  beforeAll(async () => {
    r = await orgS3('-s', `${OUT}/`);
  });

  it('exits 1: one account cannot be reached and one account×region cannot write its output', () => {
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('denied (333333333333) us-east-1: assume-role failed: AccessDenied');
    expect(r.stderr).toContain(
      `prod (222222222222) eu-west-1: output failed: AccessDenied: cannot write ${OUT}/prod/eu-west-1/ec2-no-owner/resources.json: Access Denied`,
    );
  });

  it('writes each account×region under prefix/<account>/<region>/<policy>/, as a local org run', () => {
    for (const [account, region] of [
      ['dev', 'us-east-1'],
      ['dev', 'eu-west-1'],
      ['prod', 'us-east-1'],
    ] as const) {
      const prefix = `org/out/${account}/${region}`;
      expect(s3Calls(r.calls, account, region)).toEqual([
        `DeleteObject ${prefix}/org-error.json`,
        ...policyFiles(prefix, ['resources.json', 'metadata.json']),
        ...logs(prefix),
      ]);
    }
    // With that account's vars (prod expects m5.large), as locally.
    const ids = (key: string) =>
      (JSON.parse(body(r.calls, key)) as { InstanceId: string }[]).map((i) => i.InstanceId);
    expect(ids('org/out/prod/us-east-1/ec2-unexpected-type/resources.json')).toEqual(['i-0prod000000000002']);
    expect(ids('org/out/dev/eu-west-1/ec2-no-owner/resources.json')).toEqual(['i-0dev0000000000002']);
    const meta = JSON.parse(body(r.calls, 'org/out/prod/us-east-1/ec2-no-owner/metadata.json'));
    expect(meta.config).toMatchObject({ account_id: '222222222222', region: 'us-east-1' });
    expect(body(r.calls, 'org/out/dev/us-east-1/ec2-no-owner/custodian-run.log')).toContain('matched 1');
  });

  it("puts objects as Cloud Custodian's S3 output does: owned by the bucket's owner, encrypted", () => {
    const puts = r.calls.filter((c) => c.operation === 'PutObject');
    expect(puts.length).toBeGreaterThan(0);
    for (const p of puts)
      expect(p.input).toMatchObject({ ACL: 'bucket-owner-full-control', ServerSideEncryption: 'AES256' });
  });

  it("writes the caller's S3 calls, not the account's: after the role is assumed, with the caller's flight", () => {
    const prod = r.calls.filter((c) => c.account === 'prod' && c.region === 'us-east-1');
    expect(prod.map((c) => c.operation).slice(0, 3)).toEqual([
      'DeleteObject',
      'AssumeRole',
      'DescribeInstances',
    ]);
  });

  it("records the denied account's failure in prefix/<account>/<region>/org-error.json", () => {
    for (const region of ['us-east-1', 'eu-west-1']) {
      const prefix = `org/out/denied/${region}`;
      expect(s3Calls(r.calls, 'denied', region)).toEqual([
        `DeleteObject ${prefix}/org-error.json`,
        `PutObject ${prefix}/org-error.json`,
      ]);
      expect(JSON.parse(body(r.calls, `${prefix}/org-error.json`))).toMatchObject({
        account: 'denied',
        account_id: '333333333333',
        region,
        stage: 'assume-role',
        code: 'AccessDenied',
      });
    }
  });

  it('a refused PutObject fails that account×region (stage output), after every write was tried', () => {
    const prefix = 'org/out/prod/eu-west-1';
    expect(s3Calls(r.calls, 'prod', 'eu-west-1')).toEqual([
      `DeleteObject ${prefix}/org-error.json`,
      ...policyFiles(prefix, ['resources.json AccessDenied', 'metadata.json AccessDenied']),
      ...logs(prefix, 'AccessDenied'),
      `PutObject ${prefix}/org-error.json AccessDenied`,
    ]);
    expect(JSON.parse(body(r.calls, `${prefix}/org-error.json`))).toMatchObject({
      stage: 'output',
      code: 'AccessDenied',
    });
  });

  it('prints the summary as a local org run does, and writes nothing locally', () => {
    const lines = r.stdout.trimEnd().split('\n');
    const row = (account: string, region: string) =>
      lines.find((l) => l.startsWith(`${account} `) && l.includes(` ${region} `))?.split(/\s{2,}/);
    expect(row('dev', 'us-east-1')).toEqual(['dev', '111111111111', 'us-east-1', '1', '1', 'ok']);
    expect(row('prod', 'eu-west-1')).toEqual([
      'prod',
      '222222222222',
      'eu-west-1',
      '-',
      '-',
      'error: output AccessDenied',
    ]);
    expect(lines.at(-1)?.split(/\s{2,}/)).toEqual(['total', '6 run', '3', '3', '3 failed']);
    expect(readdirSync(r.cwd)).toEqual([]);
  });

  it('lists the flight log in the summary order, whatever order the account×regions finished in', () => {
    const cells = [...new Set(r.calls.map((c) => `${c.account}/${c.region}`))];
    expect(cells).toEqual([
      'dev/eu-west-1',
      'dev/us-east-1',
      'prod/eu-west-1',
      'prod/us-east-1',
      'denied/eu-west-1',
      'denied/us-east-1',
    ]);
  });
});

describe('org run -s s3:// variants', () => {
  it('--dryrun writes plan.json and plan.txt beside each policy, as a local dry run', async () => {
    const r = await orgS3('-s', OUT, '-a', 'dev', '--dryrun');
    expect(r.code, r.stderr).toBe(0);
    for (const region of ['us-east-1', 'eu-west-1']) {
      const prefix = `org/out/dev/${region}`;
      expect(s3Calls(r.calls, 'dev', region)).toEqual([
        `DeleteObject ${prefix}/org-error.json`,
        ...policyFiles(prefix, ['resources.json', 'metadata.json', 'plan.json', 'plan.txt']),
        ...logs(prefix),
      ]);
    }
    expect(
      JSON.parse(body(r.calls, 'org/out/dev/us-east-1/ec2-no-owner/metadata.json')).execution,
    ).toMatchObject({
      dryrun: true,
    });
  });

  it('-r all in an account whose role is refused writes prefix/<account>/org-error.json', async () => {
    const r = await orgS3('-s', OUT, '-a', 'denied', '-r', 'all');
    expect(r.code).toBe(1);
    expect(s3Calls(r.calls, 'denied', 'all')).toEqual(['PutObject org/out/denied/org-error.json']);
    expect(JSON.parse(body(r.calls, 'org/out/denied/org-error.json'))).toMatchObject({
      region: 'all',
      stage: 'describe-regions',
      code: 'AccessDenied',
    });
  });

  it.each([
    ['s3://', '-s s3://: expected s3://bucket/prefix'],
    ['s3:///prefix', '-s s3:///prefix: expected s3://bucket/prefix'],
  ])('-s %s is invalid input: exit 2, one line, nothing run', async (url, message) => {
    const r = await orgS3('-s', url);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`c7n-ts: ${message}\n`);
    expect(r.stdout).toBe('');
    expect(r.calls).toEqual([]);
  });

  it('--flight-log with a local OUT is invalid input (OUT gets the flight logs)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-org-'));
    const r = await orgS3('-s', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--flight-log needs -s s3://... and --replay or --record');
    expect(readdirSync(out)).toEqual([]);
  });

  it('org remove -s s3:// is not supported yet (exit 2)', async () => {
    const r = await runCliAsync([
      'org',
      'remove',
      '-c',
      accounts,
      '-s',
      OUT,
      '--replay',
      flight,
      join(root, 'test', 'e2e', 'org', 'deploy', 'policies.yml'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `-s ${OUT}: this command writes to a local directory only (not supported yet)`,
    );
  });
});
