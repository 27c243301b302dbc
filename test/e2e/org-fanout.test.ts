/**
 * `org deploy-fanout` through the built CLI on hand-written flight data (test/e2e/org-fanout/):
 * the definition validated by ValidateStateMachineDefinition before the function and the state
 * machine are created; a definition Step Functions refuses (exit 2, nothing created); --dryrun
 * (reads only); bad input (exit 2); Lambda-mode policies embedded. The run side and the item
 * function are tested on replayed traffic in packages/aws/src/fanout/ and
 * packages/cli/src/actions/org-fanout-run.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FlightLogEntry, root, runCliAsync } from './harness.js';

const dir = join(root, 'test', 'e2e', 'org-fanout');
// A fixed archive (hidden --archive): no bundle is built.
const archive = join(root, 'test', 'e2e', 'deploy', 'archive.zip');
const ROLE = 'arn:aws:iam::111122223333:role/c7n-fanout';

async function deployFanout(flight: string, ...args: string[]) {
  const log = join(mkdtempSync(join(tmpdir(), 'c7n-ts-fanout-')), 'flight-log.json');
  const r = await runCliAsync([
    'org',
    'deploy-fanout',
    '-c',
    join(dir, 'accounts.yml'),
    '--role',
    ROLE,
    '--bucket',
    's3://c7n-bucket/fanout',
    '--name',
    'c7n-fanout',
    '--account-id',
    '111122223333',
    '-r',
    'us-east-1',
    '--replay',
    join(dir, flight),
    '--flight-log',
    log,
    '--archive',
    archive,
    ...args,
  ]);
  let calls: FlightLogEntry[] = [];
  try {
    calls = JSON.parse(readFileSync(log, 'utf8')) as FlightLogEntry[];
  } catch {}
  return { ...r, calls };
}
const context = (r: { stdout: string; stderr: string }) => `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
const ops = (calls: FlightLogEntry[]) => calls.map((c) => `${c.service}.${c.operation}`);

describe('org deploy-fanout', () => {
  it('validates the definition, then creates the function and the state machine', async () => {
    const r = await deployFanout(
      'deploy-new',
      '--concurrency',
      '25',
      '-o',
      'json',
      join(dir, 'policies.yml'),
    );
    expect(r.code, context(r)).toBe(0);
    expect(ops(r.calls)).toEqual([
      'states.ValidateStateMachineDefinition',
      'lambda.GetFunction',
      'lambda.CreateFunction',
      'states.DescribeStateMachine',
      'states.CreateStateMachine',
    ]);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      status: 'created',
      changes: ['created function', 'created state machine'],
      stateMachineArn: 'arn:aws:states:us-east-1:111122223333:stateMachine:c7n-fanout',
    });
    const map = out.definition.States.AccountRegions;
    expect(map.MaxConcurrency).toBe(25);
    expect(map.ItemProcessor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' });
    expect(map.ResultWriter.Parameters).toEqual({ Bucket: 'c7n-bucket', Prefix: 'fanout/results' });
    expect(map.ItemProcessor.States.RunAccountRegion.Parameters.FunctionName).toBe(
      'arn:aws:lambda:us-east-1:111122223333:function:c7n-fanout',
    );
    const create = r.calls[2]?.input as Record<string, unknown>;
    expect(create).toMatchObject({ FunctionName: 'c7n-fanout', Role: ROLE, Handler: 'index.handler' });
    // The role serves the state machine too when --states-role is not given.
    expect(r.calls[4]?.input).toMatchObject({ name: 'c7n-fanout', roleArn: ROLE, type: 'STANDARD' });
    expect(JSON.parse(String((r.calls[4]!.input as { definition?: string }).definition))).toEqual(
      out.definition,
    );
  });

  it('--dryrun reads only and says what it would create', async () => {
    const r = await deployFanout('deploy-new', '--dryrun', join(dir, 'policies.yml'));
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout).toContain(
      'fan-out c7n-fanout in us-east-1: would create function, create state machine',
    );
    expect(r.stdout).toContain('Nothing was changed (--dryrun).');
    expect(ops(r.calls)).toEqual([
      'states.ValidateStateMachineDefinition',
      'lambda.GetFunction',
      'states.DescribeStateMachine',
    ]);
  });

  it('refuses a definition Step Functions finds invalid, with its diagnostics (exit 2, nothing created)', async () => {
    const r = await deployFanout('deploy-invalid', join(dir, 'policies.yml'));
    expect(r.code, context(r)).toBe(2);
    expect(r.stderr).toContain('Step Functions refused the fan-out definition');
    expect(r.stderr).toContain('SCHEMA_VALIDATION_FAILED at /States/AccountRegions/ItemReader');
    expect(r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(ops(r.calls)).toEqual(['states.ValidateStateMachineDefinition']);
  });

  it.each([
    [['--bucket', '/tmp/local'], /--bucket \/tmp\/local: give s3:\/\/bucket\/prefix/],
    [['--role', 'c7n-fanout'], /--role c7n-fanout: give an IAM role ARN/],
    [['--concurrency', '0'], /--concurrency/],
  ])('refuses bad input %j (exit 2, no call)', async (extra, message) => {
    const r = await deployFanout('deploy-new', ...extra, join(dir, 'policies.yml'));
    expect(r.code, context(r)).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.calls).toEqual([]);
  });

  it('takes Lambda-mode policies too: the items deploy them (org run --fanout builds their code)', async () => {
    const r = await deployFanout('deploy-new', '--dryrun', join(dir, 'lambda-mode.yml'));
    expect(r.code, context(r)).toBe(0);
    expect(r.stdout).toMatch(/policies +ec2-tag-new /);
    expect(ops(r.calls)).toEqual([
      'states.ValidateStateMachineDefinition',
      'lambda.GetFunction',
      'states.DescribeStateMachine',
    ]);
  });
});

/** `org run --fanout` of the recorded state machine, with the accounts of `fixtures`. */
const fanoutRun = (fixtures: string) => [
  'org',
  'run',
  '--fanout',
  'arn:aws:states:us-east-1:111122223333:stateMachine:c7n-ts-org-fanout',
  '--fanout-region',
  'us-east-1',
  '-c',
  join(fixtures, 'accounts.yml'),
];

describe('org run --fanout (built CLI)', () => {
  it('starts the deployed fan-out, waits, and prints the summary from its results (exit 1: two cells failed)', async () => {
    const fixtures = join(root, 'packages', 'cli', 'src', 'actions', '__fixtures__', 'org-fanout-run');
    // The item list's key is named after the run's clock.
    const r = await runCliAsync(
      [
        ...fanoutRun(fixtures),
        '-s',
        's3://fanout-bucket/c7n/out',
        '--replay',
        join(fixtures, 'flight'),
        '-o',
        'json',
        join(fixtures, 'policies.yml'),
      ],
      undefined,
      { C7N_TS_NOW: '2026-12-07T12:00:00Z' },
    );
    expect(r.code, r.stderr).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary.totals).toEqual({ 'ec2-old': 1 });
    expect(summary.failed).toBe(2);
  });

  it('builds the archive of each Lambda-mode policy, uploads it beside the items, then starts the execution', async () => {
    const fixtures = join(root, 'packages', 'cli', 'src', 'actions', '__fixtures__', 'org-fanout-run');
    const log = join(mkdtempSync(join(tmpdir(), 'c7n-ts-fanout-')), 'flight-log.json');
    const r = await runCliAsync(
      [
        ...fanoutRun(fixtures),
        '-a',
        'dev',
        '-s',
        's3://fanout-bucket/c7n/out',
        '--replay',
        join(fixtures, 'flight-lambda'),
        '--flight-log',
        log,
        join(fixtures, 'policies-lambda.yml'),
      ],
      undefined,
      { C7N_TS_NOW: '2026-12-07T12:00:00Z' },
    );
    // ec2-tag-new's deployment is refused in the recorded answer: exit 1, as org run.
    expect(r.code, context(r)).toBe(1);
    expect(r.stdout).toMatch(/^dev +222222222222 +us-east-1 +deployed +FAIL +1 +failed$/m);
    const calls = JSON.parse(readFileSync(log, 'utf8')) as FlightLogEntry[];
    expect(ops(calls)).toEqual([
      'states.DescribeStateMachine',
      's3.PutObject',
      's3.PutObject',
      's3.PutObject',
      'states.StartExecution',
      'states.DescribeExecution',
      's3.GetObject',
      's3.GetObject',
    ]);
    const keys = calls.slice(1, 3).map((c) => (c.input as { Key: string }).Key);
    expect(keys).toEqual([
      expect.stringMatching(/^c7n\/archives\/ebs-unattached-daily\/[0-9a-f]{64}\.zip$/),
      expect.stringMatching(/^c7n\/archives\/ec2-tag-new\/[0-9a-f]{64}\.zip$/),
    ]);
    const [item] = JSON.parse((calls[3]!.input as { Body: string }).Body);
    expect(item.archives.map((a: { key: string }) => a.key)).toEqual(keys);
  });
});
