/**
 * config-rule, config-poll-rule, hub-finding and hub-action through the built CLI on hand-written
 * flight data (test/e2e/config-hub-modes): deployed, deployed again unchanged, removed and pruned
 * (with their Config rule and Security Hub custom action), and invoked on the sample events of
 * packages/aws/src/lambda/__fixtures__/events (evaluations put back for the config modes).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEPLOY_CALL_PERMISSIONS } from '@c7n-ts/aws';
import { describe, expect, it } from 'vitest';
import { type CliResult, cli, type FlightLogEntry, isMutating, root } from './harness.js';
import { describeUncovered, uncoveredCalls } from './permission-coverage.js';

const dir = join(root, 'test', 'e2e', 'config-hub-modes');
const policies = join(dir, 'policies.yml');
const archive = join(root, 'test', 'e2e', 'deploy', 'archive.zip');
const ACCOUNT = '123456789012';
const fnArn = (n: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:custodian-${n}`;
const ACTION = `arn:aws:securityhub:us-east-1:${ACCOUNT}:action/custom/ec2-hub-stop`;
const eventFile = (name: string) =>
  join(root, 'packages', 'aws', 'src', 'lambda', '__fixtures__', 'events', `${name}.json`);

function runCli(args: readonly string[]): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, timeout: 120_000 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

const replay = (scenario: string) => [
  '--replay',
  join(dir, scenario),
  '--account-id',
  ACCOUNT,
  '-r',
  'us-east-1',
];
const readLog = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as FlightLogEntry[];
const calls = (log: FlightLogEntry[]) => log.map((c) => `${c.service}.${c.operation}`);
const context = (r: CliResult) => `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

/** A deploy-side command with its flight log, every call of which `permissions --deploy` lists. */
async function command(args: string[], scenario: string) {
  const out = mkdtempSync(join(tmpdir(), 'c7n-ts-config-hub-'));
  const logFile = join(out, 'log.json');
  const r = await runCli([...args, ...replay(scenario), '--flight-log', logFile, policies]);
  const log = readLog(logFile);
  for (const c of log) expect(DEPLOY_CALL_PERMISSIONS).toHaveProperty([`${c.service}.${c.operation}`]);
  return { ...r, log };
}

const fn = ['lambda.GetFunction', 'lambda.CreateFunction', 'logs.CreateLogGroup'];
const configRule = ['config.DescribeConfigRules', 'lambda.AddPermission', 'config.PutConfigRule'];
const rule = ['events.DescribeRule', 'events.PutRule', 'events.PutTargets', 'lambda.AddPermission'];

describe.concurrent('deploying config and Security Hub modes', { timeout: 180_000 }, () => {
  it('creates a custom Config rule (Config may invoke), the hub rules and the custom action', async () => {
    const r = await command(
      ['run', '-s', mkdtempSync(join(tmpdir(), 'c7n-ts-config-hub-')), '--archive', archive],
      'create/flight',
    );
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout).toContain(
      'custodian-ec2-hub-stop: created (created function, created log group, created rule, added rule target, added invoke permission, created hub action)',
    );
    expect(calls(r.log)).toEqual([
      ...fn,
      ...configRule,
      ...fn,
      ...configRule,
      ...fn,
      ...rule,
      ...fn,
      ...rule,
      'securityhub.DescribeActionTargets',
      'securityhub.CreateActionTarget',
    ]);
    const inputs = (op: string) =>
      r.log.filter((c) => c.operation === op).map((c) => c.input as Record<string, any>);
    expect(inputs('PutConfigRule')).toEqual([
      {
        ConfigRule: {
          ConfigRuleName: 'custodian-ec2-config-owner',
          Description: 'Instances without an Owner tag are non-compliant',
          Source: {
            Owner: 'CUSTOM_LAMBDA',
            SourceIdentifier: fnArn('ec2-config-owner'),
            SourceDetails: [
              { EventSource: 'aws.config', MessageType: 'ConfigurationItemChangeNotification' },
            ],
          },
          Scope: { ComplianceResourceTypes: ['AWS::EC2::Instance'] },
        },
      },
      {
        ConfigRule: {
          ConfigRuleName: 'custodian-ebs-poll-unattached',
          Description: 'c7n-ts policy ebs-poll-unattached',
          Source: {
            Owner: 'CUSTOM_LAMBDA',
            SourceIdentifier: fnArn('ebs-poll-unattached'),
            SourceDetails: [{ EventSource: 'aws.config', MessageType: 'ScheduledNotification' }],
          },
          MaximumExecutionFrequency: 'Six_Hours',
        },
      },
    ]);
    expect(inputs('AddPermission')[0]).toEqual({
      FunctionName: 'custodian-ec2-config-owner',
      StatementId: 'custodian-ec2-config-owner',
      Action: 'lambda:InvokeFunction',
      Principal: 'config.amazonaws.com',
      SourceAccount: ACCOUNT,
    });
    expect(inputs('PutRule').map((i) => JSON.parse(i.EventPattern))).toEqual([
      { source: ['aws.securityhub'], 'detail-type': ['Security Hub Findings - Imported'] },
      {
        resources: [ACTION],
        source: ['aws.securityhub'],
        'detail-type': ['Security Hub Findings - Custom Action', 'Security Hub Insight Results'],
      },
    ]);
    expect(inputs('CreateActionTarget')).toEqual([
      { Name: 'Ec2 ec2-hub-stop', Description: 'ec2-hub-stop', Id: 'ec2-hub-stop' },
    ]);
    // The function names its Config rule and custom action, so prune finds them.
    expect(inputs('CreateFunction').map((i) => i.Tags)).toMatchObject([
      { 'c7n-ts:config-rule': 'custodian-ec2-config-owner' },
      { 'c7n-ts:config-rule': 'custodian-ebs-poll-unattached' },
      {},
      { 'c7n-ts:hub-action': ACTION },
    ]);
  });

  it('makes only reads when nothing changed', async () => {
    const r = await command(
      ['run', '-s', mkdtempSync(join(tmpdir(), 'c7n-ts-config-hub-')), '--archive', archive],
      'unchanged/flight',
    );
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout.match(/: unchanged/g)).toHaveLength(4);
    expect(calls(r.log).filter((c) => isMutating(c.split('.')[1]!))).toEqual([]);
    expect(calls(r.log)).toContain('config.DescribeConfigRules');
    expect(calls(r.log)).toContain('securityhub.DescribeActionTargets');
  });

  it('remove deletes the Config rule and the custom action with the function', async () => {
    const r = await command(['remove', '-p', 'ec2-config-owner', '-p', 'ec2-hub-stop'], 'remove/flight');
    expect(r.code, context(r)).toBe(0);
    expect(r.log.filter((c) => isMutating(c.operation)).map((c) => [c.operation, c.input])).toEqual([
      ['DeleteConfigRule', { ConfigRuleName: 'custodian-ec2-config-owner' }],
      ['DeleteFunction', { FunctionName: 'custodian-ec2-config-owner' }],
      ['DeleteLogGroup', { logGroupName: '/aws/lambda/custodian-ec2-config-owner' }],
      ['RemoveTargets', { Rule: 'custodian-ec2-hub-stop', Ids: ['custodian-ec2-hub-stop'] }],
      ['DeleteRule', { Name: 'custodian-ec2-hub-stop' }],
      ['DeleteActionTarget', { ActionTargetArn: ACTION }],
      ['DeleteFunction', { FunctionName: 'custodian-ec2-hub-stop' }],
      ['DeleteLogGroup', { logGroupName: '/aws/lambda/custodian-ec2-hub-stop' }],
    ]);
  });

  it("prune finds a stale policy's Config rule and custom action from its function tags", async () => {
    const r = await command(['prune', '--yes'], 'prune/flight');
    expect(r.code, context(r)).toBe(0);
    expect(r.log.filter((c) => isMutating(c.operation)).map((c) => [c.operation, c.input])).toEqual([
      [
        'DeleteActionTarget',
        { ActionTargetArn: `arn:aws:securityhub:us-east-1:${ACCOUNT}:action/custom/old-hub` },
      ],
      ['DeleteFunction', { FunctionName: 'custodian-old-hub' }],
      ['DeleteConfigRule', { ConfigRuleName: 'custodian-old-poll' }],
      ['DeleteFunction', { FunctionName: 'custodian-old-poll' }],
    ]);
  });

  it('permissions --deploy names the Config rule and custom action calls', async () => {
    const r = await runCli(['permissions', '--deploy']);
    const actions = JSON.parse(r.stdout).Statement[0].Action as string[];
    for (const a of [
      'config:DescribeConfigRules',
      'config:PutConfigRule',
      'config:DeleteConfigRule',
      'securityhub:CreateActionTarget',
      'securityhub:DescribeActionTargets',
      'securityhub:UpdateActionTarget',
      'securityhub:DeleteActionTarget',
    ])
      expect(actions).toContain(a);
  });
});

interface InvokeCase {
  name: string;
  policy: string;
  event: string;
  flight: string;
  calls: string[];
  inputs: Record<number, Record<string, unknown>>;
}

const at = (iso: string) => iso;
const cases: InvokeCase[] = [
  {
    name: 'config-rule: the configuration item is the resource (no describe); it matches: NON_COMPLIANT',
    policy: 'ec2-config-owner',
    event: 'config-rule-ec2-change',
    flight: 'invoke-config-rule',
    calls: ['config.PutEvaluations'],
    inputs: {
      0: {
        ResultToken: 'config-result-token-0001',
        Evaluations: [
          {
            ComplianceResourceType: 'AWS::EC2::Instance',
            ComplianceResourceId: 'i-0c7a1b2c3d4e50001',
            ComplianceType: 'NON_COMPLIANT',
            Annotation: 'Resource is not compliant with policy:ec2-config-owner',
            OrderingTimestamp: at('2026-12-01T10:15:30.000Z'),
          },
        ],
      },
    },
  },
  {
    name: 'config-poll-rule: matched NON_COMPLIANT, the others COMPLIANT, gone ones NOT_APPLICABLE',
    policy: 'ebs-poll-unattached',
    event: 'config-poll-rule-scheduled',
    flight: 'invoke-config-poll',
    calls: ['ec2.DescribeVolumes', 'config.GetComplianceDetailsByConfigRule', 'config.PutEvaluations'],
    inputs: {
      1: { ConfigRuleName: 'custodian-ebs-poll-unattached', ComplianceTypes: ['COMPLIANT', 'NON_COMPLIANT'] },
      2: {
        ResultToken: 'config-result-token-0002',
        Evaluations: [
          {
            ComplianceResourceId: 'vol-0c7a1b2c3d4e50011',
            ComplianceType: 'NON_COMPLIANT',
            ComplianceResourceType: 'AWS::EC2::Volume',
          },
          { ComplianceResourceId: 'vol-0c7a1b2c3d4e50012', ComplianceType: 'COMPLIANT' },
          {
            ComplianceResourceId: 'vol-0c7a1b2c3d4e50010',
            ComplianceType: 'NOT_APPLICABLE',
            Annotation: 'The rule does not apply.',
          },
        ],
      },
    },
  },
  {
    name: "hub-finding: the finding's instance (not its volume) is fetched and tagged",
    policy: 'ec2-hub-imdsv1',
    event: 'hub-finding-ec2-imported',
    flight: 'invoke-hub-finding',
    calls: ['ec2.DescribeInstances', 'ec2.CreateTags'],
    inputs: { 0: { InstanceIds: ['i-0c7a1b2c3d4e50002'] } },
  },
  {
    name: 'hub-action: the instance a custom action names by bare id is fetched and stopped',
    policy: 'ec2-hub-stop',
    event: 'hub-action-ec2-custom-action',
    flight: 'invoke-hub-action',
    calls: ['ec2.DescribeInstances', 'ec2.StopInstances'],
    inputs: { 0: { InstanceIds: ['i-0c7a1b2c3d4e50003'] }, 1: { InstanceIds: ['i-0c7a1b2c3d4e50003'] } },
  },
];

describe.concurrent('c7n-ts invoke on config and Security Hub events (replayed data)', {
  timeout: 180_000,
}, () => {
  it.each(cases)('$name', async (c) => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-config-hub-'));
    const r = await runCli([
      'invoke',
      policies,
      '-p',
      c.policy,
      '--replay',
      join(dir, c.flight),
      '-s',
      out,
      '--event',
      eventFile(c.event),
    ]);
    expect(r.code, context(r)).toBe(0);
    const log = readLog(join(out, 'flight-log.json'));
    expect(calls(log), context(r)).toEqual(c.calls);
    expect(describeUncovered(uncoveredCalls(policies, ['-p', c.policy], log, 'invoke').uncovered)).toBe('');
    for (const [i, input] of Object.entries(c.inputs)) expect(log[Number(i)]?.input).toMatchObject(input);
    expect(r.stderr).toContain(`invoke ${c.policy}: ok`);
  });
});
