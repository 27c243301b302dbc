/**
 * `org run` through the built CLI on hand-written flight data (test/e2e/org/): three accounts of
 * c7n-org's accounts.yml in two regions, one whose role cannot be assumed (AccessDenied). The
 * others complete, the failure is recorded, exit 1; bad accounts files exit 2 with a location.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, runCli, runCliAsync } from './harness.js';

const dir = join(root, 'test', 'e2e', 'org');
const accounts = join(dir, 'accounts.yml');
const policy = join(dir, 'ec2.yml');
const flight = join(dir, 'flight');
const env = { C7N_TS_NOW: '2026-12-07T12:00:00Z' };

function org(args: string[]) {
  return runCliAsync(['org', 'run', ...args], undefined, env);
}

const read = (...p: string[]) => JSON.parse(readFileSync(join(...p), 'utf8'));
const ids = (...p: string[]) => (read(...p) as { InstanceId: string }[]).map((r) => r.InstanceId).sort();

describe('org run', () => {
  let out: string;
  let r: Awaited<ReturnType<typeof org>>;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'c7n-ts-org-'));
    r = await org(['-c', accounts, '-s', out, '--replay', flight, policy]);
  });

  it('exits 1 when one account cannot be reached, after running the others', () => {
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('denied (333333333333) us-east-1: assume-role failed: AccessDenied');
  });

  it("writes each account×region's policy output as run does, with that account's vars", () => {
    expect(ids(out, 'dev', 'us-east-1', 'ec2-no-owner', 'resources.json')).toEqual(['i-0dev0000000000002']);
    expect(ids(out, 'dev', 'eu-west-1', 'ec2-no-owner', 'resources.json')).toEqual(['i-0dev0000000000002']);
    // prod's vars say m5.large is expected; the top-level vars say t3.micro for dev.
    expect(ids(out, 'dev', 'us-east-1', 'ec2-unexpected-type', 'resources.json')).toEqual([
      'i-0dev0000000000002',
    ]);
    expect(ids(out, 'prod', 'us-east-1', 'ec2-unexpected-type', 'resources.json')).toEqual([
      'i-0prod000000000002',
    ]);
    expect(ids(out, 'prod', 'us-east-1', 'ec2-no-owner', 'resources.json')).toEqual(['i-0prod000000000001']);
    expect(ids(out, 'prod', 'eu-west-1', 'ec2-no-owner', 'resources.json')).toEqual([]);
    const meta = read(out, 'prod', 'eu-west-1', 'ec2-no-owner', 'metadata.json');
    expect(meta.config).toMatchObject({ account_id: '222222222222', region: 'eu-west-1' });
    for (const f of ['metadata.json', 'custodian-run.log'])
      expect(existsSync(join(out, 'dev', 'eu-west-1', 'ec2-unexpected-type', f))).toBe(true);
  });

  it('assumes each role with its external id; a role name is the role in that account', () => {
    const log = read(out, 'prod', 'us-east-1', 'flight-log.json') as { operation: string; input: unknown }[];
    expect(log.map((c) => c.operation)).toEqual(['AssumeRole', 'DescribeInstances']);
    expect(log[0]?.input).toEqual({
      RoleArn: 'arn:aws:iam::222222222222:role/custodian',
      RoleSessionName: 'c7n-ts-org',
      ExternalId: 'prod-external-id',
    });
  });

  it('records the failure per account×region and writes no policy output there', () => {
    for (const region of ['us-east-1', 'eu-west-1']) {
      expect(read(out, 'denied', region, 'org-error.json')).toMatchObject({
        account: 'denied',
        account_id: '333333333333',
        region,
        stage: 'assume-role',
        code: 'AccessDenied',
      });
      expect(existsSync(join(out, 'denied', region, 'ec2-no-owner'))).toBe(false);
    }
  });

  it('prints a table of matched counts per account×region and policy', () => {
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^account\s+account_id\s+region\s+ec2-no-owner\s+ec2-unexpected-type\s+status$/);
    const row = (account: string, region: string) =>
      lines.find((l) => l.startsWith(`${account} `) && l.includes(` ${region} `))?.split(/\s{2,}/);
    expect(row('dev', 'us-east-1')).toEqual(['dev', '111111111111', 'us-east-1', '1', '1', 'ok']);
    expect(row('prod', 'eu-west-1')).toEqual(['prod', '222222222222', 'eu-west-1', '0', '0', 'ok']);
    expect(row('denied', 'us-east-1')).toEqual([
      'denied',
      '333333333333',
      'us-east-1',
      '-',
      '-',
      'error: assume-role AccessDenied',
    ]);
    expect(lines.at(-1)?.split(/\s{2,}/)).toEqual(['total', '6 run', '3', '3', '2 failed']);
  });

  it('gives the same results whatever the concurrency, as JSON with -o json', async () => {
    const one = mkdtempSync(join(tmpdir(), 'c7n-ts-org-'));
    const j = await org([
      '-c',
      accounts,
      '-s',
      one,
      '--replay',
      flight,
      '--concurrency',
      '1',
      '-o',
      'json',
      policy,
    ]);
    expect(j.code).toBe(1);
    const summary = JSON.parse(j.stdout);
    expect(summary.totals).toEqual({ 'ec2-no-owner': 3, 'ec2-unexpected-type': 3 });
    expect(summary.failed).toBe(2);
    expect(summary.accounts).toHaveLength(6);
    expect(summary.accounts.find((a: { account: string }) => a.account === 'denied').error).toMatchObject({
      stage: 'assume-role',
      code: 'AccessDenied',
    });
    expect(ids(one, 'prod', 'us-east-1', 'ec2-no-owner', 'resources.json')).toEqual(['i-0prod000000000001']);
  });
});

describe('org run selection', () => {
  it('runs the accounts -a names (by name or id) and exits 0 when they all run', async () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-org-'));
    const r = await org([
      '-c',
      accounts,
      '-s',
      out,
      '--replay',
      flight,
      '-a',
      'dev',
      '-a',
      '222222222222',
      policy,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, 'denied'))).toBe(false);
    expect(existsSync(join(out, 'prod', 'eu-west-1', 'ec2-no-owner', 'resources.json'))).toBe(true);
  });

  it('--tags keeps the accounts carrying every tag given; -r replaces their regions', async () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-org-'));
    const r = await org([
      '-c',
      accounts,
      '-s',
      out,
      '--replay',
      flight,
      '--tags',
      'env:prod',
      '--tags',
      'team:platform',
      '-r',
      'us-east-1',
      '-o',
      'json',
      policy,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const cells = JSON.parse(r.stdout).accounts.map(
      (a: { account: string; region: string }) => `${a.account}/${a.region}`,
    );
    expect(cells).toEqual(['prod/us-east-1']);
  });

  it("-r all runs in each region the account's DescribeRegions lists", async () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-org-'));
    const r = await org([
      '-c',
      accounts,
      '-s',
      out,
      '--replay',
      flight,
      '-a',
      'dev',
      '-r',
      'all',
      '-o',
      'json',
      policy,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const regions = JSON.parse(r.stdout).accounts.map((a: { region: string }) => a.region);
    expect(regions).toEqual(['ap-south-1', 'us-east-1']);
    expect(ids(out, 'dev', 'ap-south-1', 'ec2-no-owner', 'resources.json')).toEqual(['i-0dev0000000000002']);
  });

  it('-r all in an account whose role cannot be assumed records the account as failed', async () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-org-'));
    const r = await org(['-c', accounts, '-s', out, '--replay', flight, '-a', 'denied', '-r', 'all', policy]);
    expect(r.code).toBe(1);
    expect(read(out, 'denied', 'org-error.json')).toMatchObject({ region: 'all', code: 'AccessDenied' });
  });
});

describe('org run bad input (exit 2, nothing run)', () => {
  const bad = (file: string, ...extra: string[]) => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-org-'));
    const r = runCli(['org', 'run', '-c', file, '-s', out, '--replay', flight, ...extra, policy]);
    return { ...r, out };
  };

  it('a misspelt account key, located, with a did-you-mean', () => {
    const r = bad(join(dir, 'bad', 'misspelt.yml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('misspelt.yml:5:5  unknown account key "regoins"; did you mean "regions"?');
    expect(existsSync(join(r.out, 'dev'))).toBe(false);
  });

  it('an account without account_id', () => {
    const r = bad(join(dir, 'bad', 'no-account-id.yml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-account-id.yml:5:5  account is missing "account_id"');
    expect(existsSync(join(r.out, 'dev'))).toBe(false);
  });

  it('a misspelt top-level key', () => {
    const r = bad(join(dir, 'bad', 'top-level.yml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'top-level.yml:1:1  unknown key "acounts" at the top of the file; did you mean "accounts"?',
    );
  });

  it('an -a that names no account', () => {
    const r = bad(accounts, '-a', 'prd');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-a prd: no account of that name or id in');
    expect(r.stderr).toContain('did you mean "prod"?');
    expect(existsSync(join(r.out, 'dev'))).toBe(false);
  });

  it('a missing accounts file', () => {
    const r = bad(join(dir, 'nope.yml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yml  no such file');
  });
});
