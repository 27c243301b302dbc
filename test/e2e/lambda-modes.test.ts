/**
 * `c7n-ts invoke` on the sample events of the ec2-instance-state, schedule, phd and guard-duty
 * modes (packages/aws/src/lambda/__fixtures__/events), with replayed flight data: the ids each
 * event names, the calls the function makes, what it matched.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliResult, cli, type FlightLogEntry, root } from './harness.js';
import { describeUncovered, uncoveredCalls } from './permission-coverage.js';

const policies = join(root, 'test', 'e2e', 'deploy-modes', 'policies.yml');
const flights = join(root, 'test', 'e2e', 'lambda-modes');
const eventFile = (name: string) =>
  join(root, 'packages', 'aws', 'src', 'lambda', '__fixtures__', 'events', `${name}.json`);
const readJson = <T>(path: string): T | undefined =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;

function runCli(args: readonly string[]): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, timeout: 120_000 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

interface ModeCase {
  name: string;
  policy: string;
  event?: string;
  flight: string;
  calls: string[];
  inputs: Record<number, Record<string, unknown>>;
  /** Ids in OUT/<policy>/resources.json. */
  matched: string[];
  id: string;
  /** The `ids` step's ids; undefined when the mode lists the whole type. */
  ids?: string[];
  /** Fields every matched resource carries (annotations). */
  annotations?: Record<string, unknown>;
}

const INSTANCE = 'i-0d4e5f60a1b2c0003';
const HEALTH_EVENT = 'arn:aws:health:us-east-1::event/EBS/AWS_EBS_VOLUME_LOST/AWS_EBS_VOLUME_LOST_7a8b9c0d';

const cases: ModeCase[] = [
  {
    name: 'ec2-instance-state: the instance of detail.instance-id is fetched and tagged',
    policy: 'ec2-state-tag',
    event: 'ec2-instance-state-running',
    flight: 'flight-ec2-state',
    calls: ['ec2.DescribeInstances', 'ec2.CreateTags'],
    inputs: { 0: { InstanceIds: [INSTANCE] }, 1: { Resources: [INSTANCE] } },
    matched: [INSTANCE],
    id: 'InstanceId',
    ids: [INSTANCE],
  },
  {
    name: 'schedule without --event: the Scheduler payload ({}), the whole listing',
    policy: 'ebs-weekday-scan',
    flight: 'flight-ebs-schedule',
    calls: ['ec2.DescribeVolumes'],
    inputs: {},
    matched: ['vol-0fedcba9876540002'],
    id: 'VolumeId',
  },
  {
    name: 'schedule with its sample event',
    policy: 'ebs-weekday-scan',
    event: 'schedule',
    flight: 'flight-ebs-schedule',
    calls: ['ec2.DescribeVolumes'],
    inputs: {},
    matched: ['vol-0fedcba9876540002'],
    id: 'VolumeId',
  },
  {
    name: "phd: the health event's affected entities (every page, us-east-1) are fetched and tagged",
    policy: 'ebs-health-lost',
    event: 'phd-ebs-volume-lost',
    flight: 'flight-phd',
    calls: [
      'health.DescribeAffectedEntities',
      'health.DescribeAffectedEntities',
      'ec2.DescribeVolumes',
      'ec2.CreateTags',
    ],
    inputs: {
      0: { filter: { eventArns: [HEALTH_EVENT] } },
      1: { filter: { eventArns: [HEALTH_EVENT] }, nextToken: 'page-2' },
      2: { VolumeIds: ['vol-0fedcba9876540001', 'vol-0fedcba9876540002'] },
    },
    matched: ['vol-0fedcba9876540001', 'vol-0fedcba9876540002'],
    id: 'VolumeId',
    ids: ['vol-0fedcba9876540001', 'vol-0fedcba9876540002'],
    // As c7n's PHDMode.resolve_resources.
    annotations: { 'c7n:HealthEvent': [HEALTH_EVENT] },
  },
  {
    name: "guard-duty: the finding's instance is fetched and stopped",
    policy: 'ec2-guard-duty-stop',
    event: 'guard-duty-ec2-finding',
    flight: 'flight-guard-duty',
    calls: ['ec2.DescribeInstances', 'ec2.StopInstances'],
    inputs: { 0: { InstanceIds: [INSTANCE] }, 1: { InstanceIds: [INSTANCE] } },
    matched: [INSTANCE],
    id: 'InstanceId',
    ids: [INSTANCE],
  },
];

describe.concurrent('c7n-ts invoke on the other event modes (replayed data)', { timeout: 180_000 }, () => {
  it.each(cases)('$name', async (c) => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-modes-'));
    const args = ['invoke', policies, '-p', c.policy, '--replay', join(flights, c.flight), '-s', out];
    if (c.event) args.push('--event', eventFile(c.event));
    const r = await runCli(args);
    const context = `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
    expect(r.code, context).toBe(0);
    const logged = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.find((l) => l.step === 'ids')?.ids, context).toEqual(c.ids);
    const log = readJson<FlightLogEntry[]>(join(out, 'flight-log.json')) ?? [];
    expect(
      log.map((e) => `${e.service}.${e.operation}`),
      context,
    ).toEqual(c.calls);
    expect(describeUncovered(uncoveredCalls(policies, args, log, 'invoke').uncovered)).toBe('');
    for (const [i, input] of Object.entries(c.inputs)) expect(log[Number(i)]?.input).toMatchObject(input);
    const resources = readJson<Record<string, unknown>[]>(join(out, c.policy, 'resources.json'));
    expect(resources?.map((x) => x[c.id]).sort()).toEqual(c.matched);
    for (const x of resources ?? []) expect(x).toMatchObject(c.annotations ?? {});
    expect(r.stderr).toContain(`invoke ${c.policy}: ok`);
  });

  it('an EC2 state change without an instance id is a logged no-op', async () => {
    const out = mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-modes-'));
    const r = await runCli([
      'invoke',
      policies,
      '-p',
      'ec2-state-tag',
      '--replay',
      join(flights, 'flight-ec2-state'),
      '-s',
      out,
      '--event',
      eventFile('guard-duty-ec2-finding'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('not an EC2 instance state change');
    expect(r.stderr).toContain('invoke ec2-state-tag: no-op');
  });

  it('a phd policy without --event exits 2', async () => {
    const r = await runCli([
      'invoke',
      policies,
      '-p',
      'ebs-health-lost',
      '--replay',
      join(flights, 'flight-phd'),
    ]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('--event FILE');
  });
});
