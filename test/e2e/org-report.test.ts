/**
 * `org report` through the built CLI on a hand-written `org run` output (test/e2e/org-report/out):
 * three accounts in two regions, where staging/eu-west-1 has no output, prod/eu-west-1 could not
 * run (its role was refused: org-error.json, beside a resources.json an earlier run left),
 * dev/eu-west-1's ebs-unattached failed before it matched (metadata.json only) and
 * prod/us-east-1's failed in an action (resources.json kept). The same merge in table, csv and
 * json; bad input. The same report from S3 is in org-report-s3.test.ts.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCliAsync } from './harness.js';

const dir = join(root, 'test', 'e2e', 'org-report');
// Relative paths from the fixture folder, so messages name out/<account>/<region>/... as a user sees them.
const orgReport = (...args: string[]) => runCliAsync(['org', 'report', ...args], dir);
const base = ['-c', 'accounts.yml', '-s', 'out'];
// The S3 output's flight data (org-report-s3.test.ts), from the fixture folder.
const s3 = '../org-report-s3';

const denied =
  'assume-role: AccessDenied: User: arn:aws:sts::999999999999:assumed-role/OrgRunner/c7n-ts is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::333333333333:role/Custodian';

describe.concurrent('org report', () => {
  it('merges every account and region into one table per policy, listing what failed or has no output', async () => {
    const r = await orgReport(...base, 'policy.yml');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe(
      [
        'policy ec2-no-owner (aws.ec2): 4 resources in 6 account-regions, 1 FAILED, 1 without output',
        '  staging/eu-west-1: no output at out/staging/eu-west-1/ec2-no-owner/resources.json',
        `  prod/eu-west-1 FAILED: ${denied}`,
        'account  account_id    region     InstanceId   tag:Name   InstanceType  LaunchTime                VpcId    PrivateIpAddress',
        '-------  ------------  ---------  -----------  ---------  ------------  ------------------------  -------  ----------------',
        'dev      111111111111  us-east-1  i-0dev00001  build-1    t3.micro      2026-10-01T08:00:00.000Z  vpc-0a1  10.1.0.11',
        'staging  222222222222  us-east-1  i-0stg00001  api, blue  m5.large      2026-10-01T08:00:00.000Z  vpc-0b2  10.2.0.5',
        'staging  222222222222  us-east-1  i-0stg00002             m5.large      2026-10-01T08:00:00.000Z  vpc-0b2  10.2.0.6',
        'prod     333333333333  us-east-1  i-0prd00001  batch      c6i.xlarge    2026-10-01T08:00:00.000Z  vpc-0c3  10.3.0.7',
        '',
        'policy ebs-unattached (aws.ebs): 2 resources in 6 account-regions, 3 FAILED, 1 without output',
        '  dev/eu-west-1 FAILED: ThrottlingException: Rate exceeded (DescribeVolumes, after 8 attempts)',
        '  staging/eu-west-1: no output at out/staging/eu-west-1/ebs-unattached/resources.json',
        '  prod/us-east-1 FAILED: action delete failed on 1 of 1 resources',
        '    delete failed on vol-0prd00001 (VolumeInUse)',
        `  prod/eu-west-1 FAILED: ${denied}`,
        'account  account_id    region     VolumeId       Attachments[0].InstanceId  Size  VolumeType  KmsKeyId',
        '-------  ------------  ---------  -------------  -------------------------  ----  ----------  --------',
        'dev      111111111111  us-east-1  vol-0dev00001                             8     gp3',
        'prod     333333333333  us-east-1  vol-0prd00001                             500   io2',
        '',
      ].join('\n'),
    );
    expect(r.stderr.split('\n')).toEqual([
      'no output for policy ec2-no-owner at out/staging/eu-west-1/ec2-no-owner/resources.json',
      `policy ec2-no-owner in prod/eu-west-1 FAILED: ${denied}`,
      'policy ebs-unattached in dev/eu-west-1 FAILED: ThrottlingException: Rate exceeded (DescribeVolumes, after 8 attempts)',
      'no output for policy ebs-unattached at out/staging/eu-west-1/ebs-unattached/resources.json',
      'policy ebs-unattached in prod/us-east-1 FAILED: action delete failed on 1 of 1 resources',
      `policy ebs-unattached in prod/eu-west-1 FAILED: ${denied}`,
      '6 of 12 policy runs (account × region × policy): 4 failed, 2 without output',
      '',
    ]);
  });

  it('writes csv: policy, account, account_id and region, then the union of the resource columns', async () => {
    const r = await orgReport(...base, '--format', 'csv', 'policy.yml');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      'policy,account,account_id,region,InstanceId,tag:Name,InstanceType,LaunchTime,VpcId,PrivateIpAddress,VolumeId,Attachments[0].InstanceId,Size,VolumeType,KmsKeyId',
      'ec2-no-owner,dev,111111111111,us-east-1,i-0dev00001,build-1,t3.micro,2026-10-01T08:00:00.000Z,vpc-0a1,10.1.0.11,,,,,',
      'ec2-no-owner,staging,222222222222,us-east-1,i-0stg00001,"api, blue",m5.large,2026-10-01T08:00:00.000Z,vpc-0b2,10.2.0.5,,,,,',
      'ec2-no-owner,staging,222222222222,us-east-1,i-0stg00002,,m5.large,2026-10-01T08:00:00.000Z,vpc-0b2,10.2.0.6,,,,,',
      'ec2-no-owner,prod,333333333333,us-east-1,i-0prd00001,batch,c6i.xlarge,2026-10-01T08:00:00.000Z,vpc-0c3,10.3.0.7,,,,,',
      'ebs-unattached,dev,111111111111,us-east-1,,,,,,,vol-0dev00001,,8,gp3,',
      'ebs-unattached,prod,333333333333,us-east-1,,,,,,,vol-0prd00001,,500,io2,',
      '',
    ]);
    expect(r.stderr).toContain(
      'no output for policy ec2-no-owner at out/staging/eu-west-1/ec2-no-owner/resources.json',
    );
    expect(r.stderr).toContain(`policy ec2-no-owner in prod/eu-west-1 FAILED: ${denied}`);
    expect(r.stdout).not.toContain('i-0prdstale'); // an earlier run's, where this one could not run
  });

  it('writes json rows, formatted as report writes them, for the selected accounts and policy', async () => {
    const r = await orgReport(
      ...base,
      '--format',
      'json',
      '-a',
      'dev,333333333333',
      '-p',
      'ec2-no-owner',
      '--no-default-fields',
      '--field',
      'id=InstanceId',
      '--field',
      'Owner=tag:Owner',
      'policy.yml',
    );
    expect(r.code, r.stderr).toBe(1); // prod/eu-west-1 failed
    const rows = [
      { account: 'dev', account_id: '111111111111', id: 'i-0dev00001' },
      { account: 'prod', account_id: '333333333333', id: 'i-0prd00001' },
    ].map((x) => ({ policy: 'ec2-no-owner', ...x, region: 'us-east-1', Owner: null }));
    expect(JSON.parse(r.stdout)).toEqual(rows.map(({ id, Owner, ...org }) => ({ ...org, id, Owner })));
    expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
    expect(r.stderr).not.toContain('staging');
  });

  it('selects accounts by tag and regions with -r; exit 0 when every output is there', async () => {
    const r = await orgReport(
      ...base,
      '--format',
      'csv',
      '-t',
      'env:staging',
      '-r',
      'us-east-1',
      'policy.yml',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      'policy,account,account_id,region,InstanceId',
      'ec2-no-owner,staging,222222222222,us-east-1,i-0stg00001',
      'ec2-no-owner,staging,222222222222,us-east-1,i-0stg00002',
      '',
    ]);
  });

  it('-r all reads the region directories the run wrote', async () => {
    const r = await orgReport(...base, '-r', 'all', '-p', 'ec2-no-owner', '--format', 'json', 'policy.yml');
    expect(r.code).toBe(1); // prod/eu-west-1 failed
    expect(r.stderr).not.toContain('no output'); // staging wrote us-east-1 only
    expect(JSON.parse(r.stdout).map((x: any) => `${x.account}/${x.region}`)).toEqual([
      'dev/us-east-1',
      'staging/us-east-1',
      'staging/us-east-1',
      'prod/us-east-1',
    ]);
  });

  it('an empty policy run is a table with no rows', async () => {
    const r = await orgReport(...base, '-a', 'dev', '-r', 'eu-west-1', '-p', 'ec2-no-owner', 'policy.yml');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('policy ec2-no-owner (aws.ec2): 0 resources in 1 account-region');
    expect(r.stdout.split('\n')).toHaveLength(4);
  });

  it('reads the accounts.yml org accounts writes', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'c7n-ts-org-'));
    const file = join(tmp, 'accounts.yml');
    const w = await runCliAsync([
      'org',
      'accounts',
      '-f',
      file,
      '--replay',
      join(root, 'test', 'e2e', 'org-accounts', 'flight'),
    ]);
    expect(w.code, w.stderr).toBe(0);
    const out = join(tmp, 'out');
    cpSync(join(dir, 'out', 'dev'), join(out, 'dev'), { recursive: true });
    const r = await runCliAsync([
      'org',
      'report',
      '-c',
      file,
      '-s',
      out,
      '-t',
      'env:dev',
      '-r',
      'us-east-1',
      join(dir, 'policy.yml'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('dev      222222222222  us-east-1  i-0dev00001');
    expect(r.stderr).toBe(''); // every key it writes is one accounts.yml readers know
    // No `regions` written: c7n-org's default pair.
    const d = await runCliAsync([
      'org',
      'report',
      '-c',
      file,
      '-s',
      out,
      '-a',
      'prod',
      join(dir, 'policy.yml'),
    ]);
    expect(d.code).toBe(1);
    expect(d.stdout).toContain('prod/us-east-1: no output');
    expect(d.stdout).toContain('prod/us-west-2: no output');
  });
});

describe('org report after org run', () => {
  it('merges what org run wrote for test/e2e/org (one account whose role is refused)', async () => {
    const org = join(root, 'test', 'e2e', 'org');
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-org-'));
    const accountsFile = join(org, 'accounts.yml');
    const policy = join(org, 'ec2.yml');
    const run = await runCliAsync([
      'org',
      'run',
      '-c',
      accountsFile,
      '-s',
      out,
      '--replay',
      join(org, 'flight'),
      policy,
    ]);
    expect(run.code, run.stderr).toBe(1);
    const r = await runCliAsync(['org', 'report', '-c', accountsFile, '-s', out, '--format', 'csv', policy]);
    expect(r.code, r.stderr).toBe(1);
    const rows = r.stdout.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((l) => l.split(',').slice(1, 3).join(',')))).toEqual(
      new Set(['dev,111111111111', 'prod,222222222222']),
    );
    for (const region of ['us-east-1', 'eu-west-1'])
      expect(r.stderr).toContain(`policy ec2-no-owner in denied/${region} FAILED: assume-role: AccessDenied`);
  });
});

describe.concurrent('org report: bad input (exit 2)', () => {
  const bad = async (args: string[], message: string) => {
    const r = await orgReport(...args);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
  };

  it('an account_id YAML reads as a number, located', () =>
    bad(
      ['-c', 'bad/account-id-number.yml', '-s', 'out', 'policy.yml'],
      'bad/account-id-number.yml:6:17  "account_id" must be a quoted string of 12 digits, not number',
    ));
  it('two accounts of one name', () =>
    bad(
      ['-c', 'bad/duplicate-name.yml', '-s', 'out', 'policy.yml'],
      'bad/duplicate-name.yml:5:11  account name "dev" is already used by account 1',
    ));
  it('an account without role or profile, as c7n-org', () =>
    bad(
      ['-c', 'bad/no-role.yml', '-s', 'out', 'policy.yml'],
      'bad/no-role.yml:2:5  account needs "role" (assumed) or "profile"',
    ));
  it('a non-AWS accounts file', () =>
    bad(
      ['-c', 'bad/subscriptions.yml', '-s', 'out', 'policy.yml'],
      '"subscriptions" (a Azure list) is not supported yet',
    ));
  it('a missing accounts file', () =>
    bad(['-c', 'nope.yml', '-s', 'out', 'policy.yml'], 'nope.yml  no such file'));
  it('an unknown account', () =>
    bad(
      [...base, '-a', 'prd', 'policy.yml'],
      '-a prd: no account of that name or id in accounts.yml; did you mean "prod"?',
    ));
  it('tags no account has', () =>
    bad(
      [...base, '-t', 'env:qa', 'policy.yml'],
      'no account in accounts.yml is selected by -a/--not-accounts/--tags',
    ));
  it('an unknown policy', () =>
    bad([...base, '-p', 'ec2-old', 'policy.yml'], '-p ec2-old: no policy of that name'));
  it('a field over an org column', () =>
    bad(
      [...base, '--field', 'region=Placement.AvailabilityZone', 'policy.yml'],
      '--field region: the org report has its own region column',
    ));
  it('a region typo', () =>
    bad([...base, '-r', 'us-east1', 'policy.yml'], '"us-east1" is not an AWS region name'));
  it('a missing output directory', () =>
    bad(['-c', 'accounts.yml', '-s', 'nowhere', 'policy.yml'], '-s nowhere: no such directory'));
  it('an s3 bucket that does not exist', () =>
    bad(
      [
        '-c',
        'accounts.yml',
        '-s',
        's3://c7n-org-bucket-typo/out',
        '--replay',
        `${s3}/flight-no-bucket`,
        'policy.yml',
      ],
      '-s s3://c7n-org-bucket-typo/out: no such bucket',
    ));
  it('an s3 prefix with nothing under it', () =>
    bad(
      [
        '-c',
        'accounts.yml',
        '-s',
        's3://c7n-org-bucket/runs/typo',
        '--replay',
        `${s3}/flight-empty`,
        'policy.yml',
      ],
      '-s s3://c7n-org-bucket/runs/typo: no object under that prefix',
    ));
  it('an s3 URL without a bucket', () =>
    bad(['-c', 'accounts.yml', '-s', 's3://', 'policy.yml'], '-s s3://: expected s3://bucket/prefix'));
  it('a missing replay directory', () =>
    bad([...base.slice(0, 2), '-s', 's3://c7n-org-bucket/out', '--replay', 'nope', 'policy.yml'], 'nope'));
  it('--replay with a local output', () =>
    bad([...base, '--replay', `${s3}/flight`, 'policy.yml'], '--replay reads an s3:// output'));
  it('a region typo in --s3-region', () =>
    bad(
      ['-c', 'accounts.yml', '-s', 's3://c7n-org-bucket/out', '--s3-region', 'eu-west', 'policy.yml'],
      '"eu-west" is not an AWS region name',
    ));
  it('a policy file with an error', () => bad([...base, 'nope-policy.yml'], 'nope-policy.yml'));
  it('a malformed resources.json', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'c7n-ts-org-'));
    cpSync(join(dir, 'out'), tmp, { recursive: true });
    writeFileSync(join(tmp, 'dev', 'us-east-1', 'ec2-no-owner', 'resources.json'), '{"InstanceId": "i-1"}');
    const r = await orgReport('-c', 'accounts.yml', '-s', tmp, '-a', 'dev', 'policy.yml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'resources.json is malformed (policy ec2-no-owner): expected a JSON array of resources',
    );
    expect(r.stdout).toContain(
      `dev/us-east-1: ${join(tmp, 'dev', 'us-east-1', 'ec2-no-owner', 'resources.json')} is malformed`,
    );
  });
});
