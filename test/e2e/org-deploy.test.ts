/**
 * Lambda-mode policies across accounts through the built CLI, on hand-written flight data
 * (test/e2e/org/deploy/): `org run` deploys them into each account×region with that account's
 * role and id (dev, prod), records a refused deployment (staging: iam:PassRole denied) and a
 * refused role (denied) without stopping the others; `org remove` and `org prune` work per account.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEPLOY_CALL_PERMISSIONS } from '@c7n-ts/aws';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FlightLogEntry, isMutating, root, runCliAsync } from './harness.js';

const dir = join(root, 'test', 'e2e', 'org', 'deploy');
const accounts = join(dir, 'accounts.yml');
const policies = join(dir, 'policies.yml');
// A fixed archive (hidden --archive): no bundle is built, the upload is 169 known bytes.
const archive = join(root, 'test', 'e2e', 'deploy', 'archive.zip');
const VERSION = (
  JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string }
).version;
const EC2_FN = 'custodian-ec2-tag-new';
const EBS_FN = 'custodian-ebs-unattached-daily';
const ACCOUNTS = { dev: '111111111111', prod: '222222222222', staging: '444444444444' } as const;

function org(command: string, flight: string, ...args: string[]) {
  const out = mkdtempSync(join(tmpdir(), `c7n-ts-org-${command}-`));
  const run = runCliAsync(
    ['org', command, '-c', accounts, '-s', out, '--replay', join(dir, flight), ...args, policies],
    undefined,
    { C7N_TS_NOW: '2026-12-07T12:00:00Z' },
  );
  return run.then((r) => ({ ...r, out }));
}

const read = (...p: string[]) => JSON.parse(readFileSync(join(...p), 'utf8'));

/** An account×region's calls, each checked against the deployer permission table. */
function log(out: string, account: string): FlightLogEntry[] {
  const calls = read(out, account, 'us-east-1', 'flight-log.json') as FlightLogEntry[];
  for (const c of calls.slice(1))
    if (c.service !== 'ec2')
      expect(DEPLOY_CALL_PERMISSIONS, 'a call missing from DEPLOY_CALL_PERMISSIONS').toHaveProperty([
        `${c.service}.${c.operation}`,
      ]);
  return calls;
}
const calls = (l: FlightLogEntry[]) => l.map((c) => `${c.service}.${c.operation}`);
const mutations = (l: FlightLogEntry[]) =>
  l.filter((c) => c.service !== 'sts' && isMutating(c.operation)).map((c) => [c.operation, c.input]);
const context = (r: { stdout: string; stderr: string }) => `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
const row = (stdout: string, account: string) =>
  stdout
    .split('\n')
    .find((l) => l.startsWith(`${account} `))
    ?.split(/\s{2,}/);

describe('org run with Lambda-mode policies', () => {
  let r: Awaited<ReturnType<typeof org>>;
  beforeAll(async () => {
    r = await org('run', 'flight-deploy', '--archive', archive);
  });

  it('deploys into each account with its role, and runs the pull-mode policy there', () => {
    for (const [name, id] of [
      ['dev', ACCOUNTS.dev],
      ['prod', ACCOUNTS.prod],
    ] as const) {
      const l = log(r.out, name);
      expect(calls(l)).toEqual([
        'sts.AssumeRole',
        'lambda.GetFunction',
        'lambda.CreateFunction',
        'logs.CreateLogGroup',
        'events.DescribeRule',
        'events.PutRule',
        'events.PutTargets',
        'lambda.AddPermission',
        'lambda.GetFunction',
        'lambda.CreateFunction',
        'logs.CreateLogGroup',
        'events.DescribeRule',
        'events.PutRule',
        'events.PutTargets',
        'lambda.AddPermission',
        'ec2.DescribeInstances',
      ]);
      expect(l[0]?.input).toMatchObject({ RoleArn: `arn:aws:iam::${id}:role/custodian` });
      const fnArn = (n: string) => `arn:aws:lambda:us-east-1:${id}:function:${n}`;
      const ruleArn = (n: string) => `arn:aws:events:us-east-1:${id}:rule/${n}`;
      // A role name is the role in the account deployed to.
      expect(l[2]?.input).toEqual({
        FunctionName: EC2_FN,
        Runtime: 'nodejs20.x',
        Role: `arn:aws:iam::${id}:role/custodian-lambda`,
        Handler: 'index.handler',
        Description: 'Tag new instances with their creator',
        MemorySize: 512,
        Timeout: 900,
        Code: { ZipFile: '<169 bytes>' },
        Tags: { Team: 'cloud', 'c7n-ts:policy': 'ec2-tag-new', 'c7n-ts:version': VERSION },
      });
      const putRule = l[5]?.input as Record<string, unknown>;
      expect(putRule.Name).toBe(EC2_FN);
      expect(JSON.parse(putRule.EventPattern as string)).toEqual({
        'detail-type': ['AWS API Call via CloudTrail'],
        detail: { eventSource: ['ec2.amazonaws.com'], eventName: ['RunInstances', 'CreateVolume'] },
      });
      expect(l[6]?.input).toEqual({ Rule: EC2_FN, Targets: [{ Id: EC2_FN, Arn: fnArn(EC2_FN) }] });
      expect(l[7]?.input).toMatchObject({ FunctionName: EC2_FN, SourceArn: ruleArn(EC2_FN) });
      // {account_id} in the periodic policy's role is this account's id.
      expect(l[9]?.input).toMatchObject({
        FunctionName: EBS_FN,
        Role: `arn:aws:iam::${id}:role/custodian`,
        MemorySize: 256,
      });
      expect(l[12]?.input).toMatchObject({ Name: EBS_FN, ScheduleExpression: 'rate(1 day)' });
      expect(l[13]?.input).toEqual({ Rule: EBS_FN, Targets: [{ Id: EBS_FN, Arn: fnArn(EBS_FN) }] });
      expect(read(r.out, name, 'us-east-1', 'ec2-tag-new', 'deploy.json')).toMatchObject({
        status: 'created',
        region: 'us-east-1',
        functionArn: fnArn(EC2_FN),
        ruleArn: ruleArn(EC2_FN),
      });
      expect(read(r.out, name, 'us-east-1', 'ec2-no-owner', 'resources.json')).toHaveLength(1);
      // Deployed, not run: no resources.json for a Lambda-mode policy.
      expect(existsSync(join(r.out, name, 'us-east-1', 'ec2-tag-new', 'resources.json'))).toBe(false);
    }
  });

  it('records a deployment the account refuses, and still deploys and runs the others there', () => {
    const l = log(r.out, 'staging');
    expect(calls(l)).toEqual([
      'sts.AssumeRole',
      'lambda.GetFunction',
      'lambda.CreateFunction',
      'lambda.GetFunction',
      'lambda.CreateFunction',
      'logs.CreateLogGroup',
      'events.DescribeRule',
      'events.PutRule',
      'events.PutTargets',
      'lambda.AddPermission',
      'ec2.DescribeInstances',
    ]);
    expect(read(r.out, 'staging', 'us-east-1', 'ec2-tag-new', 'deploy.json')).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('AccessDeniedException'),
    });
    expect(read(r.out, 'staging', 'us-east-1', 'ebs-unattached-daily', 'deploy.json')).toMatchObject({
      status: 'created',
    });
    expect(r.stderr).toContain(
      'staging (444444444444) us-east-1: ec2-tag-new: not deployed: AccessDeniedException',
    );
  });

  it('records the account whose role is refused; exits 1', () => {
    expect(r.code, context(r)).toBe(1);
    expect(read(r.out, 'denied', 'us-east-1', 'org-error.json')).toMatchObject({
      stage: 'assume-role',
      code: 'AccessDenied',
    });
    expect(calls(log(r.out, 'denied'))).toEqual(['sts.AssumeRole']);
  });

  it('shows deployed policies as "deployed" in the summary', () => {
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^account\s+account_id\s+region\s+ec2-tag-new\s+ebs-unattached-daily\s+ec2-no-owner\s+status$/,
    );
    expect(row(r.stdout, 'dev')).toEqual([
      'dev',
      ACCOUNTS.dev,
      'us-east-1',
      'deployed',
      'deployed',
      '1',
      'ok',
    ]);
    expect(row(r.stdout, 'staging')).toEqual([
      'staging',
      ACCOUNTS.staging,
      'us-east-1',
      'FAIL',
      'deployed',
      '1',
      'failed',
    ]);
    expect(row(r.stdout, 'denied')).toEqual([
      'denied',
      '333333333333',
      'us-east-1',
      '-',
      '-',
      '-',
      'error: assume-role AccessDenied',
    ]);
    expect(lines.at(-1)?.split(/\s{2,}/)).toEqual([
      'total',
      '4 run',
      '2 deployed',
      '3 deployed',
      '3',
      '2 failed',
    ]);
  });

  it('-o json gives each deployment', async () => {
    const j = await org('run', 'flight-deploy', '--archive', archive, '-a', 'dev', '-o', 'json');
    expect(j.code, context(j)).toBe(0);
    const summary = JSON.parse(j.stdout);
    expect(summary.deployed).toEqual({ 'ec2-tag-new': 1, 'ebs-unattached-daily': 1 });
    expect(summary.accounts[0].policies).toContainEqual(
      expect.objectContaining({
        policy: 'ec2-tag-new',
        status: 'ok',
        deploy: expect.objectContaining({ status: 'created', functionName: EC2_FN }),
      }),
    );
  });

  it('--dryrun evaluates Lambda-mode policies in pull mode instead, as run --dryrun', async () => {
    const d = await org('run', 'flight-deploy', '-a', 'dev', '--dryrun', '-p', 'ec2-*');
    expect(d.code, context(d)).toBe(0);
    // ec2-tag-new and ec2-no-owner each list the instances; nothing is deployed.
    expect(calls(log(d.out, 'dev'))).toEqual([
      'sts.AssumeRole',
      'ec2.DescribeInstances',
      'ec2.DescribeInstances',
    ]);
    expect(existsSync(join(d.out, 'dev', 'us-east-1', 'ec2-tag-new', 'plan.json'))).toBe(true);
    expect(existsSync(join(d.out, 'dev', 'us-east-1', 'ec2-tag-new', 'deploy.json'))).toBe(false);
  });
});

describe('org remove', () => {
  it("removes a policy's deployment in each account, with that account's ARNs", async () => {
    const r = await org('remove', 'flight-remove', '-a', 'dev,prod', '-p', 'ec2-tag-new');
    expect(r.code, context(r)).toBe(0);
    for (const [name, id] of [
      ['dev', ACCOUNTS.dev],
      ['prod', ACCOUNTS.prod],
    ] as const) {
      const l = log(r.out, name);
      expect(l[0]?.input).toMatchObject({ RoleArn: `arn:aws:iam::${id}:role/custodian` });
      expect(l.find((c) => c.service === 'events' && c.operation === 'ListTagsForResource')?.input).toEqual({
        ResourceARN: `arn:aws:events:us-east-1:${id}:rule/${EC2_FN}`,
      });
      expect(l.find((c) => c.service === 'logs')?.input).toEqual({
        resourceArn: `arn:aws:logs:us-east-1:${id}:log-group:/aws/lambda/${EC2_FN}`,
      });
    }
    expect(mutations(log(r.out, 'dev'))).toEqual([
      ['RemoveTargets', { Rule: EC2_FN, Ids: [EC2_FN] }],
      ['DeleteRule', { Name: EC2_FN }],
      ['DeleteFunction', { FunctionName: EC2_FN }],
      ['DeleteLogGroup', { logGroupName: `/aws/lambda/${EC2_FN}` }],
    ]);
    // prod's log group was already gone: nothing to delete, no failure.
    expect(mutations(log(r.out, 'prod')).map(([op]) => op)).toEqual([
      'RemoveTargets',
      'DeleteRule',
      'DeleteFunction',
    ]);
    expect(row(r.stdout, 'dev')).toEqual(['dev', ACCOUNTS.dev, 'us-east-1', 'removed', 'ok']);
    expect(row(r.stdout, 'prod')).toEqual(['prod', ACCOUNTS.prod, 'us-east-1', 'removed', 'ok']);
  });

  it('records an account whose role is refused and goes on; exits 1', async () => {
    const r = await org(
      'remove',
      'flight-remove',
      '-a',
      'dev',
      '-a',
      'denied',
      '-p',
      'ec2-tag-new',
      '-o',
      'json',
    );
    expect(r.code, context(r)).toBe(1);
    const cells = JSON.parse(r.stdout).accounts;
    expect(cells.map((c: { account: string; status: string }) => `${c.account}:${c.status}`)).toEqual([
      'dev:ok',
      'denied:error',
    ]);
    expect(cells[0].removals[0]).toMatchObject({ policy: 'ec2-tag-new', removed: expect.any(Array) });
    expect(read(r.out, 'denied', 'us-east-1', 'org-error.json')).toMatchObject({ code: 'AccessDenied' });
  });

  it('a selection with no Lambda-mode policy is invalid input (exit 2), nothing is called', async () => {
    const r = await org('remove', 'flight-remove', '-p', 'ec2-no-owner');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no Lambda-mode policy matches the selection');
    expect(existsSync(join(r.out, 'dev'))).toBe(false);
  });
});

describe('org prune', () => {
  it('lists, per account, deployments of policies not in the files and changes nothing', async () => {
    const r = await org('prune', 'flight-prune', '-a', 'dev,prod');
    expect(r.code, context(r)).toBe(0);
    for (const name of ['dev', 'prod'] as const) {
      expect(calls(log(r.out, name))).toEqual(['sts.AssumeRole', 'tagging.GetResources']);
    }
    expect(row(r.stdout, 'dev')).toEqual(['dev', ACCOUNTS.dev, 'us-east-1', 'old-policy', 'ok']);
    expect(row(r.stdout, 'prod')).toEqual(['prod', ACCOUNTS.prod, 'us-east-1', 'none', 'ok']);
    expect(r.stdout).toContain(
      'dev  us-east-1  old-policy  function custodian-old-policy, rule custodian-old-policy, log group /aws/lambda/custodian-old-policy',
    );
    expect(r.stdout).toContain('run again with --yes to remove them');
  });

  it('--yes removes them in the account they are in', async () => {
    const r = await org('prune', 'flight-prune', '-a', 'dev,prod', '--yes');
    expect(r.code, context(r)).toBe(0);
    expect(mutations(log(r.out, 'dev'))).toEqual([
      ['DeleteRule', { Name: 'custodian-old-policy' }],
      ['DeleteFunction', { FunctionName: 'custodian-old-policy' }],
      ['DeleteLogGroup', { logGroupName: '/aws/lambda/custodian-old-policy' }],
    ]);
    expect(log(r.out, 'dev').find((c) => c.service === 'logs')?.input).toEqual({
      resourceArn: `arn:aws:logs:us-east-1:${ACCOUNTS.dev}:log-group:/aws/lambda/custodian-old-policy`,
    });
    expect(mutations(log(r.out, 'prod'))).toEqual([]);
  });

  it('--yes with --dryrun is invalid input', async () => {
    const r = await org('prune', 'flight-prune', '--yes', '--dryrun');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes and --dryrun cannot be used together');
  });
});
