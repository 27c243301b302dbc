/**
 * examples/offhours.yml end to end: stop dev/staging EC2 instances and RDS databases at 19:00
 * and start them at 07:00 on weekdays, New York time, with the opt-out tag maid_offhours=off.
 * The run's clock is fixed with C7N_TS_NOW (the engine's test clock, not a documented option),
 * at instants around the 2026-11-01 fall-back, in pull mode (`run`) and in periodic mode
 * (`invoke` runs the packaged Lambda handler on a scheduled event).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { type CliResult, cli, type FlightLogEntry, isMutating, root } from './harness.js';
import { describeUncovered, uncoveredCalls } from './permission-coverage.js';

const example = join(root, 'examples', 'offhours.yml');
const flight = join(root, 'test', 'e2e', 'offhours', 'flight');
const tmp = (what: string) => mkdtempSync(join(tmpdir(), `c7n-ts-e2e-offhours-${what}-`));
const readJson = <T>(path: string): T | undefined =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;

function runCli(args: readonly string[], now?: string): Promise<CliResult> {
  const env = { ...process.env, C7N_TS_NOW: now ?? '' };
  return new Promise((done) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: root, env, timeout: 120_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const POLICIES = ['ec2-offhours-stop', 'ec2-onhours-start', 'rds-offhours-stop', 'rds-onhours-start'];
const idOf = (r: Record<string, unknown>) => String(r.InstanceId ?? r.DBInstanceIdentifier);

function matched(out: string): Record<string, string[]> {
  return Object.fromEntries(
    POLICIES.map((p) => [
      p,
      (readJson<Record<string, unknown>[]>(join(out, p, 'resources.json')) ?? []).map(idOf),
    ]),
  );
}

const none = {
  'ec2-offhours-stop': [],
  'ec2-onhours-start': [],
  'rds-offhours-stop': [],
  'rds-onhours-start': [],
};

interface Clock {
  name: string;
  now: string;
  matched: Record<string, string[]>;
  /** Mutating calls made, as `service.Operation`. */
  acted: string[];
}

const clocks: Clock[] = [
  {
    name: 'Friday 19:00 EDT (23:00 UTC), before the clocks go back: stop',
    now: '2026-10-30T23:00:00Z',
    matched: {
      ...none,
      'ec2-offhours-stop': ['i-0d1e2f3a4b5c60001'],
      'rds-offhours-stop': ['dev-orders-db'],
    },
    acted: ['ec2.StopInstances', 'rds.StopDBInstance'],
  },
  {
    name: 'Saturday 19:00 EDT: weekends stay off, nothing happens',
    now: '2026-10-31T23:00:00Z',
    matched: none,
    acted: [],
  },
  {
    name: 'Monday 07:00 EST (12:00 UTC, after the change): start',
    now: '2026-11-02T12:00:00Z',
    matched: {
      ...none,
      'ec2-onhours-start': ['i-0d1e2f3a4b5c60002'],
      'rds-onhours-start': ['staging-orders-db'],
    },
    acted: ['ec2.StartInstances', 'rds.StartDBInstance'],
  },
  {
    name: 'Monday 07:00 PST: the instance whose tag says tz=pt (tag key in another case)',
    now: '2026-11-02T15:00:00Z',
    matched: { ...none, 'ec2-onhours-start': ['i-0d1e2f3a4b5c60006'] },
    acted: ['ec2.StartInstances'],
  },
  {
    name: 'Monday 23:00 UTC was 19:00 in summer; now it is 18:00 EST: nothing',
    now: '2026-11-02T23:00:00Z',
    matched: none,
    acted: [],
  },
  {
    name: 'Monday 19:00 EST (00:00 UTC Tuesday): stop; the opted-out instance stays up',
    now: '2026-11-03T00:00:00Z',
    matched: {
      ...none,
      'ec2-offhours-stop': ['i-0d1e2f3a4b5c60001'],
      'rds-offhours-stop': ['dev-orders-db'],
    },
    acted: ['ec2.StopInstances', 'rds.StopDBInstance'],
  },
];

describe.concurrent('examples/offhours.yml in pull mode (c7n-ts run, fixed clock)', {
  timeout: 120_000,
}, () => {
  it.each(clocks)('$name', async (c) => {
    const out = tmp('run');
    const r = await runCli(
      ['run', '-s', out, '--replay', flight, '--account-id', '123456789012', '-r', 'us-east-1', example],
      c.now,
    );
    const context = `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
    expect(r.code, context).toBe(0);
    expect(matched(out), context).toEqual(c.matched);
    const log = readJson<FlightLogEntry[]>(join(out, 'flight-log.json')) ?? [];
    expect(log.filter((e) => isMutating(e.operation)).map((e) => `${e.service}.${e.operation}`)).toEqual(
      c.acted,
    );
    expect(describeUncovered(uncoveredCalls(example, [], log).uncovered)).toBe('');
    const stop = log.find((e) => e.operation === 'StopInstances');
    if (stop) expect(stop.input).toEqual({ InstanceIds: ['i-0d1e2f3a4b5c60001'] });
  });

  it.each([
    ['2026-11-03T00:00:00Z', []],
    ['2026-10-30T23:00:00Z', ['i-0d1e2f3a4b5c60001']],
  ])('skip-days-from a CSV beside the policy (2026-11-02 is a holiday) at %s', async (now, ids) => {
    const dir = tmp('holidays');
    writeFileSync(join(dir, 'holidays.csv'), 'date,name\n2026-11-02,Example holiday\n2026-12-25,Christmas\n');
    const doc = parse(readFileSync(example, 'utf8')) as { policies: { name: string; filters: unknown[] }[] };
    const policy = doc.policies.find((p) => p.name === 'ec2-offhours-stop')!;
    (policy.filters[1] as Record<string, unknown>)['skip-days-from'] = { url: 'holidays.csv', expr: 0 };
    writeFileSync(join(dir, 'policy.yml'), stringify({ policies: [policy] }));
    const out = join(dir, 'out');
    const r = await runCli(
      [
        'run',
        '-s',
        out,
        '--replay',
        flight,
        '--dryrun',
        '--account-id',
        '123456789012',
        join(dir, 'policy.yml'),
      ],
      now,
    );
    expect(r.code, r.stderr).toBe(0);
    const found = readJson<Record<string, unknown>[]>(join(out, 'ec2-offhours-stop', 'resources.json')) ?? [];
    expect(found.map(idOf)).toEqual(ids);
  });

  it('a clock that is not an ISO time is refused before anything runs (exit 2)', async () => {
    const out = tmp('bad-clock');
    const r = await runCli(['run', '-s', out, '--replay', flight, example], 'tonight');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('C7N_TS_NOW=tonight');
    expect(existsSync(join(out, 'flight-log.json'))).toBe(false);
  });

  it('the clock is not a documented option', async () => {
    const r = await runCli(['run', '--help']);
    expect(r.stdout).not.toContain('C7N_TS_NOW');
  });

  it('validates without warnings', async () => {
    const r = await runCli(['validate', '--strict', example]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/warning/i);
  });
});

/** The example's policies as periodic Lambda policies, run hourly. */
function periodicPolicies(): string {
  const doc = parse(readFileSync(example, 'utf8')) as { policies: Record<string, unknown>[] };
  for (const p of doc.policies)
    p.mode = {
      type: 'periodic',
      schedule: 'cron(0 * * * ? *)',
      role: 'arn:aws:iam::{account_id}:role/custodian',
    };
  const file = join(tmp('periodic'), 'offhours-periodic.yml');
  writeFileSync(file, stringify(doc));
  return file;
}

describe.concurrent('examples/offhours.yml in periodic mode (c7n-ts invoke, the packaged handler)', {
  timeout: 180_000,
}, () => {
  const file = periodicPolicies();
  it.each([
    [
      'ec2-offhours-stop',
      '2026-11-03T00:00:00Z',
      ['i-0d1e2f3a4b5c60001'],
      ['ec2.DescribeInstances', 'ec2.StopInstances'],
    ],
    ['ec2-offhours-stop', '2026-11-02T23:00:00Z', [], ['ec2.DescribeInstances']],
    [
      'rds-onhours-start',
      '2026-11-02T12:00:00Z',
      ['staging-orders-db'],
      ['rds.DescribeDBInstances', 'rds.StartDBInstance'],
    ],
  ])('%s at %s', async (policy, now, ids, calls) => {
    const out = tmp('invoke');
    const r = await runCli(['invoke', file, '-p', policy, '--replay', flight, '-s', out], now);
    const context = `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
    expect(r.code, context).toBe(0);
    const log = readJson<FlightLogEntry[]>(join(out, 'flight-log.json')) ?? [];
    expect(
      log.map((e) => `${e.service}.${e.operation}`),
      context,
    ).toEqual(calls);
    const resources = readJson<Record<string, unknown>[]>(join(out, policy, 'resources.json')) ?? [];
    expect(resources.map(idOf)).toEqual(ids);
  });
});
