/**
 * The asg-instance-state mode through the built CLI on hand-written flight data
 * (test/e2e/asg-instance-state/<scenario>/flight): deploy creates Cloud Custodian's rule, a
 * second deploy makes only reads, `invoke` on the sample event fetches the group the event names
 * and acts on it, and prune removes an older asg-instance-state function with its rule.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEPLOY_CALL_PERMISSIONS } from '@c7n-ts/aws';
import { describe, expect, it } from 'vitest';
import { type FlightLogEntry, isMutating, root, runCliAsync } from './harness.js';

const dir = join(root, 'test', 'e2e', 'asg-instance-state');
const policies = join(dir, 'policies.yml');
const archive = join(root, 'test', 'e2e', 'deploy', 'archive.zip');
const event = join(
  root,
  'packages',
  'aws',
  'src',
  'lambda',
  '__fixtures__',
  'events',
  'asg-launch-unsuccessful.json',
);
const account = (scenario: string) => [
  '--replay',
  join(dir, scenario, 'flight'),
  '--account-id',
  '123456789012',
  '-r',
  'us-east-1',
];

/** The log, every call of which `permissions --deploy` lists. */
function readLog(f: string, deploy = true): FlightLogEntry[] {
  const log = JSON.parse(readFileSync(f, 'utf8')) as FlightLogEntry[];
  if (deploy)
    for (const c of log) expect(DEPLOY_CALL_PERMISSIONS).toHaveProperty([`${c.service}.${c.operation}`]);
  return log;
}
const calls = (log: FlightLogEntry[]) => log.map((c) => `${c.service}.${c.operation}`);
const context = (r: { stdout: string; stderr: string }) => `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
const mutations = (log: FlightLogEntry[]) =>
  log.filter((c) => isMutating(c.operation)).map((c) => [c.operation, c.input]);

async function deploy(scenario: string) {
  const out = mkdtempSync(join(tmpdir(), 'c7n-ts-asg-mode-'));
  const result = await runCliAsync(['run', '-s', out, ...account(scenario), '--archive', archive, policies]);
  return { ...result, log: readLog(join(out, 'flight-log.json')) };
}

async function prune(...args: string[]) {
  const logFile = join(mkdtempSync(join(tmpdir(), 'c7n-ts-asg-mode-')), 'log.json');
  const result = await runCliAsync([
    'prune',
    ...account('prune'),
    '--flight-log',
    logFile,
    ...args,
    policies,
  ]);
  return { ...result, log: readLog(logFile) };
}

describe.concurrent('asg-instance-state', () => {
  it('deploys a function and a rule on aws.autoscaling with the detail-types of its events', async () => {
    const r = await deploy('create');
    expect(r.code, context(r)).toBe(0);
    expect(calls(r.log)).toEqual([
      'lambda.GetFunction',
      'lambda.CreateFunction',
      'logs.CreateLogGroup',
      'events.DescribeRule',
      'events.PutRule',
      'events.PutTargets',
      'lambda.AddPermission',
    ]);
    const put = r.log.find((c) => c.operation === 'PutRule')!;
    expect(JSON.parse((put.input as { EventPattern: string }).EventPattern)).toEqual({
      source: ['aws.autoscaling'],
      'detail-type': ['EC2 Instance Launch Unsuccessful'],
    });
  });

  it('makes only reads when nothing changed', async () => {
    const r = await deploy('unchanged');
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout).toContain('custodian-asg-launch-failed: unchanged');
    expect(mutations(r.log)).toEqual([]);
  });

  it('invoke on a launch failure fetches the group the event names and tags it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-asg-mode-'));
    const r = await runCliAsync([
      'invoke',
      policies,
      '-p',
      'asg-launch-failed',
      '--replay',
      join(dir, 'invoke', 'flight'),
      '-s',
      out,
      '--event',
      event,
    ]);
    expect(r.code, context(r)).toBe(0);
    const ids = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { step?: string; ids?: string[] })
      .find((l) => l.step === 'ids')?.ids;
    expect(ids).toEqual(['batch-dev']);
    const log = readLog(join(out, 'flight-log.json'), false);
    expect(calls(log)).toEqual(['autoscaling.DescribeAutoScalingGroups', 'autoscaling.CreateOrUpdateTags']);
    expect(log[0]?.input).toEqual({ AutoScalingGroupNames: ['batch-dev'] });
    expect(log[1]?.input).toEqual({
      Tags: [
        {
          Key: 'LaunchFailed',
          Value: 'yes',
          PropagateAtLaunch: false,
          ResourceType: 'auto-scaling-group',
          ResourceId: 'batch-dev',
        },
      ],
    });
    expect(r.stderr).toContain('invoke asg-launch-failed: ok');
  });

  it('prune keeps the deployed policy and removes an older one with its rule', async () => {
    const list = await prune();
    expect(list.code, context(list)).toBe(0);
    expect(list.stdout).toContain('old-asg-terminate');
    expect(list.stdout).not.toContain('asg-launch-failed');
    const r = await prune('--yes');
    expect(r.code, context(r)).toBe(0);
    expect(mutations(r.log)).toEqual([
      ['RemoveTargets', { Rule: 'custodian-old-asg-terminate', Ids: ['custodian-old-asg-terminate'] }],
      ['DeleteRule', { Name: 'custodian-old-asg-terminate' }],
      ['DeleteFunction', { FunctionName: 'custodian-old-asg-terminate' }],
    ]);
  });
});
