/**
 * The event modes beyond cloudtrail and periodic (ec2-instance-state, schedule, phd, guard-duty)
 * deployed, deployed again unchanged, removed and pruned through the built CLI on hand-written
 * flight data (test/e2e/deploy-modes/<scenario>/flight). The code is test/e2e/deploy/archive.zip.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEPLOY_CALL_PERMISSIONS } from '@c7n-ts/aws';
import { describe, expect, it } from 'vitest';
import { type FlightLogEntry, isMutating, root, runCli } from './harness.js';

const dir = join(root, 'test', 'e2e', 'deploy-modes');
const policies = join(dir, 'policies.yml');
const archive = join(root, 'test', 'e2e', 'deploy', 'archive.zip');
const ACCOUNT = '123456789012';
const fnArn = (n: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:custodian-${n}`;
const account = (scenario: string) => [
  '--replay',
  join(dir, scenario, 'flight'),
  '--account-id',
  ACCOUNT,
  '-r',
  'us-east-1',
];

function deploy(scenario: string) {
  const out = mkdtempSync(join(tmpdir(), 'c7n-ts-deploy-modes-'));
  const result = runCli(['run', '-s', out, ...account(scenario), '--archive', archive, policies]);
  return { ...result, log: readLog(join(out, 'flight-log.json')) };
}

function command(name: string, scenario: string, ...args: string[]) {
  const logFile = join(mkdtempSync(join(tmpdir(), 'c7n-ts-remove-modes-')), 'log.json');
  const result = runCli([name, ...account(scenario), '--flight-log', logFile, ...args, policies]);
  return { ...result, log: readLog(logFile) };
}

/** The log, every call of which `permissions --deploy` lists. */
function readLog(f: string): FlightLogEntry[] {
  const log = JSON.parse(readFileSync(f, 'utf8')) as FlightLogEntry[];
  for (const c of log) expect(DEPLOY_CALL_PERMISSIONS).toHaveProperty([`${c.service}.${c.operation}`]);
  return log;
}
const calls = (log: FlightLogEntry[]) => log.map((c) => `${c.service}.${c.operation}`);
const context = (r: { stdout: string; stderr: string }) => `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
const rule = ['events.DescribeRule', 'events.PutRule', 'events.PutTargets', 'lambda.AddPermission'];
const fn = ['lambda.GetFunction', 'lambda.CreateFunction', 'logs.CreateLogGroup'];

describe.concurrent('deploying ec2-instance-state, schedule, phd and guard-duty policies', () => {
  it('creates a rule with the mode pattern, or a Scheduler schedule for schedule mode', () => {
    const r = deploy('create');
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout).toContain(
      'custodian-ebs-weekday-scan: created (created function, created log group, created schedule)',
    );
    expect(calls(r.log)).toEqual([
      ...fn,
      ...rule,
      ...fn,
      'scheduler.GetSchedule',
      'scheduler.CreateSchedule',
      ...fn,
      ...rule,
      ...fn,
      ...rule,
    ]);
    const patterns = r.log
      .filter((c) => c.operation === 'PutRule')
      .map((c) => JSON.parse((c.input as { EventPattern: string }).EventPattern));
    expect(patterns).toEqual([
      {
        source: ['aws.ec2'],
        'detail-type': ['EC2 Instance State-change Notification'],
        detail: { state: ['running'] },
      },
      {
        source: ['aws.health'],
        detail: { eventTypeCode: ['AWS_EBS_VOLUME_LOST'], eventTypeCategory: ['issue'] },
      },
      {
        source: ['aws.guardduty'],
        'detail-type': ['GuardDuty Finding'],
        detail: { resource: { resourceType: ['Instance'] } },
      },
    ]);
    const create = r.log.find((c) => c.operation === 'CreateSchedule')!;
    expect(create.input).toEqual({
      Name: 'custodian-ebs-weekday-scan',
      GroupName: 'custodian',
      Description: 'c7n-ts policy ebs-weekday-scan',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ScheduleExpression: 'cron(0 8 ? * MON-FRI *)',
      ScheduleExpressionTimezone: 'Europe/Paris',
      Target: {
        Arn: fnArn('ebs-weekday-scan'),
        RoleArn: `arn:aws:iam::${ACCOUNT}:role/custodian-scheduler`,
      },
    });
    // The function names its schedule (schedules carry no tags), as c7n's custodian-schedule tag.
    const scheduled = r.log.find(
      (c) =>
        c.operation === 'CreateFunction' &&
        (c.input as { FunctionName: string }).FunctionName.includes('weekday'),
    )!;
    expect((scheduled.input as { Tags: Record<string, string> }).Tags['c7n-ts:schedule']).toBe(
      'name=custodian-ebs-weekday-scan:group=custodian',
    );
    const logGroup = r.log.find(
      (c) =>
        c.operation === 'CreateLogGroup' &&
        (c.input as { logGroupName: string }).logGroupName.endsWith('weekday-scan'),
    )!;
    expect(logGroup.input).toEqual({
      logGroupName: '/aws/lambda/custodian-ebs-weekday-scan',
      tags: { 'c7n-ts:policy': 'ebs-weekday-scan', 'c7n-ts:version': expect.any(String) },
    });
  });

  it('deploy --dryrun says it would create the schedule, with reads only', () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-deploy-modes-'));
    const logFile = join(out, 'log.json');
    const r = runCli([
      'deploy',
      '--dryrun',
      '-s',
      out,
      ...account('create'),
      '--archive',
      archive,
      '--flight-log',
      logFile,
      '-p',
      'ebs-weekday-scan',
      policies,
    ]);
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout).toContain(
      'custodian-ebs-weekday-scan: would create function, create log group, create schedule',
    );
    expect(calls(readLog(logFile))).toEqual(['lambda.GetFunction', 'scheduler.GetSchedule']);
  });

  it('makes only reads when nothing changed', () => {
    const r = deploy('unchanged');
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout.match(/: unchanged/g)).toHaveLength(4);
    expect(calls(r.log).filter((c) => isMutating(c.split('.')[1]!))).toEqual([]);
    expect(calls(r.log)).toContain('scheduler.GetSchedule');
  });

  it('remove deletes the schedule in its group, then the function and its log group', () => {
    const r = command('remove', 'remove-schedule', '-p', 'ebs-weekday-scan');
    expect(r.code, context(r)).toBe(0);
    expect(r.log.filter((c) => isMutating(c.operation)).map((c) => [c.operation, c.input])).toEqual([
      ['DeleteSchedule', { Name: 'custodian-ebs-weekday-scan', GroupName: 'custodian' }],
      ['DeleteFunction', { FunctionName: 'custodian-ebs-weekday-scan' }],
      ['DeleteLogGroup', { logGroupName: '/aws/lambda/custodian-ebs-weekday-scan' }],
    ]);
  });

  it('prune lists a stale schedule from its function tag, and --yes removes it', () => {
    const list = command('prune', 'prune');
    expect(list.code, context(list)).toBe(0);
    expect(list.stdout).toContain(
      'old-nightly  us-east-1  function custodian-old-nightly, schedule default/custodian-old-nightly, log group /aws/lambda/custodian-old-nightly',
    );
    expect(list.stdout).not.toContain('ec2-state-tag');
    const r = command('prune', 'prune', '--yes');
    expect(r.code, context(r)).toBe(0);
    expect(r.log.filter((c) => isMutating(c.operation)).map((c) => [c.operation, c.input])).toEqual([
      ['RemoveTargets', { Rule: 'custodian-old-health', Ids: ['custodian-old-health'] }],
      ['DeleteRule', { Name: 'custodian-old-health' }],
      ['DeleteFunction', { FunctionName: 'custodian-old-health' }],
      ['DeleteSchedule', { Name: 'custodian-old-nightly', GroupName: 'default' }],
      ['DeleteFunction', { FunctionName: 'custodian-old-nightly' }],
      ['DeleteLogGroup', { logGroupName: '/aws/lambda/custodian-old-nightly' }],
    ]);
  });

  it('permissions --deploy names the Scheduler calls', () => {
    const r = runCli(['permissions', '--deploy']);
    const actions = JSON.parse(r.stdout).Statement[0].Action as string[];
    for (const a of [
      'scheduler:CreateSchedule',
      'scheduler:UpdateSchedule',
      'scheduler:DeleteSchedule',
      'scheduler:GetSchedule',
    ])
      expect(actions).toContain(a);
  });
});
