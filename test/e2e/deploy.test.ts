/**
 * Deploy, update, remove and prune through the built CLI on hand-written flight data
 * (test/e2e/deploy/<scenario>/flight). The code uploaded is the fixed test/e2e/deploy/archive.zip
 * (hidden `run --archive`), so its CodeSha256 is known to the flight data and no bundle is built.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEPLOY_CALL_PERMISSIONS } from '@c7n-ts/aws';
import { describe, expect, it } from 'vitest';
import { type FlightLogEntry, isMutating, root, runCli } from './harness.js';

const dir = join(root, 'test', 'e2e', 'deploy');
const policies = join(dir, 'policies.yml');
const archive = join(dir, 'archive.zip');
const VERSION = (
  JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string }
).version;
const SHA = createHash('sha256').update(readFileSync(archive)).digest('base64');
const ACCOUNT = '123456789012';
const EC2_FN = 'custodian-ec2-tag-new';
const EBS_FN = 'custodian-ebs-unattached-daily';
const fnArn = (n: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${n}`;
const ruleArn = (n: string) => `arn:aws:events:us-east-1:${ACCOUNT}:rule/${n}`;

function account(scenario: string) {
  return ['--replay', join(dir, scenario, 'flight'), '--account-id', ACCOUNT, '-r', 'us-east-1'];
}

/** `run` (deploying) on a scenario's flight data. */
function deploy(scenario: string, ...args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'c7n-ts-deploy-'));
  const result = runCli(['run', '-s', out, ...account(scenario), '--archive', archive, ...args, policies]);
  return {
    ...result,
    out,
    log: readLog(join(out, 'flight-log.json')),
    json: (f: string) => readJson(out, f),
  };
}

/** `remove` / `prune` on a scenario's flight data. */
function command(name: string, scenario: string, ...args: string[]) {
  const logFile = join(mkdtempSync(join(tmpdir(), 'c7n-ts-remove-')), 'log.json');
  const result = runCli([name, ...account(scenario), '--flight-log', logFile, ...args, policies]);
  return { ...result, log: readLog(logFile) };
}

/** The log, checked against the deployer permission table `permissions --deploy` prints. */
function readLog(f: string): FlightLogEntry[] {
  const log = JSON.parse(readFileSync(f, 'utf8')) as FlightLogEntry[];
  for (const c of log)
    expect(DEPLOY_CALL_PERMISSIONS, 'a call missing from DEPLOY_CALL_PERMISSIONS').toHaveProperty([
      `${c.service}.${c.operation}`,
    ]);
  return log;
}
const readJson = (out: string, f: string) => JSON.parse(readFileSync(join(out, f), 'utf8'));
const calls = (log: FlightLogEntry[]) => log.map((c) => `${c.service}.${c.operation}`);
const context = (r: { stdout: string; stderr: string }) => `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

describe.concurrent('deploy (run on a Lambda-mode policy)', () => {
  it('creates function, log group, rule, target and permission with exact parameters', () => {
    const r = deploy('create');
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout).toContain(`ok   ec2-tag-new  us-east-1  ${EC2_FN}: created`);
    expect(calls(r.log)).toEqual([
      'lambda.GetFunction',
      'lambda.CreateFunction',
      'lambda.PutFunctionConcurrency',
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
    ]);
    const input = (i: number) => r.log[i]!.input;
    expect(input(1)).toEqual({
      FunctionName: EC2_FN,
      Runtime: 'nodejs20.x',
      Role: `arn:aws:iam::${ACCOUNT}:role/custodian-lambda`,
      Handler: 'index.handler',
      Description: 'Tag new instances with their creator',
      MemorySize: 512,
      Timeout: 900,
      Code: { ZipFile: '<169 bytes>' },
      Tags: { Team: 'cloud', 'c7n-ts:policy': 'ec2-tag-new', 'c7n-ts:version': VERSION },
    });
    expect(input(2)).toEqual({ FunctionName: EC2_FN, ReservedConcurrentExecutions: 2 });
    expect(input(3)).toEqual({
      logGroupName: `/aws/lambda/${EC2_FN}`,
      tags: { 'c7n-ts:policy': 'ec2-tag-new', 'c7n-ts:version': VERSION },
    });
    const putRule = input(5) as Record<string, unknown>;
    expect({ ...putRule, EventPattern: JSON.parse(putRule.EventPattern as string) }).toEqual({
      Name: EC2_FN,
      Description: 'Tag new instances with their creator',
      State: 'ENABLED',
      EventPattern: {
        'detail-type': ['AWS API Call via CloudTrail'],
        detail: { eventSource: ['ec2.amazonaws.com'], eventName: ['RunInstances', 'CreateVolume'] },
      },
      Tags: [
        { Key: 'Team', Value: 'cloud' },
        { Key: 'c7n-ts:policy', Value: 'ec2-tag-new' },
        { Key: 'c7n-ts:version', Value: VERSION },
      ],
    });
    expect(input(6)).toEqual({ Rule: EC2_FN, Targets: [{ Id: EC2_FN, Arn: fnArn(EC2_FN) }] });
    expect(input(7)).toEqual({
      FunctionName: EC2_FN,
      StatementId: EC2_FN,
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      SourceArn: ruleArn(EC2_FN),
    });
    // The periodic policy: {account_id} interpolated in the role, a schedule instead of a pattern.
    expect(input(9)).toMatchObject({
      FunctionName: EBS_FN,
      Role: `arn:aws:iam::${ACCOUNT}:role/custodian`,
      MemorySize: 256,
      Description: 'c7n-ts policy ebs-unattached-daily',
    });
    expect(input(12)).toEqual({
      Name: EBS_FN,
      Description: 'c7n-ts policy ebs-unattached-daily',
      State: 'ENABLED',
      ScheduleExpression: 'rate(1 day)',
      Tags: [
        { Key: 'c7n-ts:policy', Value: 'ebs-unattached-daily' },
        { Key: 'c7n-ts:version', Value: VERSION },
      ],
    });
    expect(r.json('ec2-tag-new/deploy.json')).toMatchObject({
      status: 'created',
      functionArn: fnArn(EC2_FN),
      ruleArn: ruleArn(EC2_FN),
      codeSha256: SHA,
    });
  });

  it('makes only reads when nothing changed', () => {
    const r = deploy('unchanged');
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout).toContain(`${EC2_FN}: unchanged`);
    expect(r.stdout).toContain(`${EBS_FN}: unchanged`);
    expect(calls(r.log).filter((c) => isMutating(c.split('.')[1]!))).toEqual([]);
    expect(calls(r.log)).toEqual([
      'lambda.GetFunction',
      'events.DescribeRule',
      'events.ListTargetsByRule',
      'lambda.GetPolicy',
      'lambda.GetFunction',
      'events.DescribeRule',
      'events.ListTargetsByRule',
      'lambda.GetPolicy',
    ]);
    expect(r.json('ebs-unattached-daily/deploy.json')).toMatchObject({ status: 'unchanged', changes: [] });
  });

  it('uploads new code only when the CodeSha256 differs', () => {
    const r = deploy('update-code', '-p', 'ec2-tag-new');
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout).toContain(`${EC2_FN}: updated code`);
    expect(r.log.filter((c) => isMutating(c.operation)).map((c) => [c.operation, c.input])).toEqual([
      ['UpdateFunctionCode', { FunctionName: EC2_FN, ZipFile: '<169 bytes>' }],
    ]);
  });

  it('updates only the configuration field that changed', () => {
    const r = deploy('update-memory', '-p', 'ebs-unattached-daily');
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout).toContain(`${EBS_FN}: updated configuration (MemorySize)`);
    expect(r.log.filter((c) => isMutating(c.operation)).map((c) => [c.operation, c.input])).toEqual([
      ['UpdateFunctionConfiguration', { FunctionName: EBS_FN, MemorySize: 256 }],
    ]);
  });

  it('waits for a code update in progress before updating the configuration; restores target and permission', () => {
    const r = deploy('update-both', '-p', 'ec2-tag-new');
    expect(r.code, context(r)).toBe(0);
    expect(calls(r.log)).toEqual([
      'lambda.GetFunction',
      'lambda.UpdateFunctionCode',
      'lambda.GetFunctionConfiguration',
      'lambda.GetFunctionConfiguration',
      'lambda.UpdateFunctionConfiguration',
      'events.DescribeRule',
      'events.ListTargetsByRule',
      'events.PutTargets',
      'lambda.GetPolicy',
      'lambda.AddPermission',
    ]);
    expect(r.log[4]!.input).toEqual({ FunctionName: EC2_FN, MemorySize: 512 });
  });

  it("refuses to touch a function with our name that is someone else's", () => {
    const r = deploy('not-ours', '-p', 'ec2-tag-new');
    expect(r.code, context(r)).toBe(1);
    expect(calls(r.log)).toEqual(['lambda.GetFunction']);
    expect(r.stdout).toContain(
      `FAIL ec2-tag-new  us-east-1  not deployed: function ${EC2_FN} exists and belongs to no c7n-ts policy`,
    );
    expect(r.json('ec2-tag-new/deploy.json')).toMatchObject({ status: 'failed' });
  });
});

describe.concurrent('remove and prune', () => {
  it('remove tears down only what carries our tag, and tolerates what is gone', () => {
    const r = command('remove', 'remove');
    expect(r.code, context(r)).toBe(0);
    expect(r.log.filter((c) => isMutating(c.operation)).map((c) => [c.operation, c.input])).toEqual([
      ['RemoveTargets', { Rule: EC2_FN, Ids: [EC2_FN] }],
      ['DeleteRule', { Name: EC2_FN }],
      ['DeleteFunction', { FunctionName: EC2_FN }],
      ['DeleteLogGroup', { logGroupName: `/aws/lambda/${EC2_FN}` }],
    ]);
    expect(r.stdout).toContain(
      `ok   ec2-tag-new  us-east-1  removed rule ${EC2_FN}, function ${EC2_FN}, log group /aws/lambda/${EC2_FN}`,
    );
    expect(r.stderr).toContain(`rule ${EBS_FN} belongs to no c7n-ts policy (tag c7n-ts:policy); left alone`);
  });

  it('prune lists deployments of policies not in the files and changes nothing', () => {
    const r = command('prune', 'prune');
    expect(r.code, context(r)).toBe(0);
    expect(calls(r.log)).toEqual(['tagging.GetResources', 'tagging.GetResources']);
    expect(r.log[0]!.input).toEqual({
      TagFilters: [{ Key: 'c7n-ts:policy' }],
      ResourceTypeFilters: ['lambda:function', 'events:rule', 'logs:log-group'],
    });
    expect(r.log[1]!.input).toMatchObject({ PaginationToken: 'page-2' });
    expect(r.stdout).toContain(
      'old-policy  us-east-1  function custodian-old-policy, rule custodian-old-policy, log group /aws/lambda/custodian-old-policy',
    );
    expect(r.stdout).not.toContain('ec2-tag-new');
  });

  it('prune --yes removes them', () => {
    const r = command('prune', 'prune', '--yes');
    expect(r.code, context(r)).toBe(0);
    expect(r.log.filter((c) => isMutating(c.operation)).map((c) => [c.operation, c.input])).toEqual([
      ['DeleteRule', { Name: 'custodian-old-policy' }],
      ['DeleteFunction', { FunctionName: 'custodian-old-policy' }],
      ['DeleteLogGroup', { logGroupName: '/aws/lambda/custodian-old-policy' }],
    ]);
  });
});

describe.concurrent('permissions', () => {
  it('prints one IAM document for the policies, with what their functions need', () => {
    const r = runCli(['permissions', policies]);
    expect(r.code, context(r)).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'ec2:CreateTags',
            'ec2:DescribeInstances',
            'ec2:DescribeTags',
            'ec2:DescribeVolumes',
            'logs:CreateLogStream',
            'logs:PutLogEvents',
          ],
          Resource: '*',
        },
      ],
    });
  });

  it('--per-policy --explain names the element behind each action', () => {
    const r = runCli(['permissions', '--per-policy', '--explain', policies]);
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout).toMatch(/ec2-tag-new:\n {2}ec2:CreateTags +action tag\n/);
    expect(r.stdout).toMatch(/ebs-unattached-daily:\n {2}ec2:DescribeVolumes +resource aws\.ebs\n/);
  });

  it('a source: config policy needs the Config calls instead of the describe ones', () => {
    const policy = join(root, 'test', 'e2e', 'cases', 'config-source-dryrun', 'policy.yml');
    const r = runCli(['permissions', '--per-policy', '--explain', policy]);
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout).toMatch(/config:SelectResourceConfig +resource aws\.ec2 \(source config\)\n/);
    expect(r.stdout).toMatch(/config:GetResourceConfigHistory +resource aws\.ec2 \(source config\)\n/);
    expect(r.stdout).not.toMatch(/ec2:DescribeInstances/);
  });

  it('--deploy prints what the deploying user needs', () => {
    const r = runCli(['permissions', '--deploy']);
    expect(r.code, context(r)).toBe(0);
    const actions = JSON.parse(r.stdout).Statement[0].Action as string[];
    for (const a of ['iam:PassRole', 'lambda:CreateFunction', 'events:PutRule', 'tag:GetResources'])
      expect(actions).toContain(a);
  });
});
