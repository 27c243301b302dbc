/**
 * Lambda mode end to end: `c7n-ts invoke` (build the archive, unzip it, run its handler in a
 * separate node process) and, separately, `c7n-ts package` then the unzipped handler run by
 * hand, both on real-shaped EventBridge CloudTrail events and replayed flight data.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type CliResult, cli, type FlightLogEntry, root } from './harness.js';
import { describeUncovered, uncoveredCalls } from './permission-coverage.js';

const here = join(root, 'test', 'e2e', 'lambda');
const policies = join(here, 'policies.yml');
const eventFile = (name: string) =>
  join(root, 'packages', 'aws', 'src', 'lambda', '__fixtures__', 'events', `${name}.json`);
const tmp = (what: string) => mkdtempSync(join(tmpdir(), `c7n-ts-e2e-${what}-`));
const readJson = <T>(path: string): T | undefined =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
/** The built CLI in a subprocess, without blocking: the cases run side by side. */
function runCli(args: readonly string[]): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}
const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

interface InvokeCase {
  name: string;
  policy: string;
  event?: string;
  flight: string;
  exit: number;
  /** Calls made, in order, as `service.Operation`. */
  calls: string[];
  /** Partial inputs of the calls, by index. */
  inputs?: Record<number, Record<string, unknown>>;
  /** Ids in OUT/<policy>/resources.json; undefined when nothing was fetched. */
  matched?: string[];
  steps: string[];
}

const cases: InvokeCase[] = [
  {
    name: 'rds CreateDBInstance: a public instance without the exemption tag is deleted',
    policy: 'rds-delete-public',
    event: 'rds-create-db-instance',
    flight: 'flight-rds-public',
    exit: 0,
    calls: ['rds.DescribeDBInstances', 'rds.DeleteDBInstance'],
    inputs: {
      0: { DBInstanceIdentifier: 'reports-pg-public' },
      1: { DBInstanceIdentifier: 'reports-pg-public', SkipFinalSnapshot: true },
    },
    matched: ['reports-pg-public'],
    steps: ['start', 'ids', 'action', 'done'],
  },
  {
    name: 'rds CreateDBInstance: an instance with the exemption tag is left alone',
    policy: 'rds-delete-public',
    event: 'rds-create-db-instance-exempt',
    flight: 'flight-rds-exempt',
    exit: 0,
    calls: ['rds.DescribeDBInstances'],
    inputs: { 0: { DBInstanceIdentifier: 'finance-pg-exempt' } },
    matched: [],
    steps: ['start', 'ids', 'done'],
  },
  {
    name: 'ec2 RunInstances: the instance launched without Owner is tagged and marked',
    policy: 'ec2-tag-new-instances',
    event: 'ec2-run-instances',
    flight: 'flight-ec2',
    exit: 0,
    calls: ['ec2.DescribeInstances', 'ec2.CreateTags', 'ec2.CreateTags'],
    inputs: {
      0: { InstanceIds: ['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002'] },
      1: { Resources: ['i-0a1b2c3d4e5f60001'], Tags: [{ Key: 'Owner', Value: 'unassigned' }] },
      2: { Resources: ['i-0a1b2c3d4e5f60001'] },
    },
    matched: ['i-0a1b2c3d4e5f60001'],
    steps: ['start', 'ids', 'action', 'action', 'done'],
  },
  {
    name: 'ec2 RunInstances: auto-tag-user tags the creator from the event',
    policy: 'ec2-auto-tag-creator',
    event: 'ec2-run-instances',
    flight: 'flight-ec2',
    exit: 0,
    calls: ['ec2.DescribeInstances', 'ec2.CreateTags'],
    inputs: {
      1: {
        Resources: ['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002'],
        Tags: [
          { Key: 'CreatorName', Value: 'alice' },
          { Key: 'CreatorId', Value: 'AROAEXAMPLEROLEID1234' },
        ],
      },
    },
    matched: ['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002'],
    steps: ['start', 'ids', 'action', 'done'],
  },
  {
    name: 's3 CreateBucket (explicit `detail.` ids): the new bucket is tagged',
    policy: 's3-tag-new-buckets',
    event: 's3-create-bucket',
    flight: 'flight-s3',
    exit: 0,
    calls: ['s3.ListBuckets', 's3.GetBucketTagging', 's3.GetBucketTagging', 's3.PutBucketTagging'],
    inputs: {
      3: {
        Bucket: 'analytics-scratch-0142',
        Tagging: { TagSet: [{ Key: 'DataClass', Value: 'unclassified' }] },
      },
    },
    matched: ['analytics-scratch-0142'],
    steps: ['start', 'ids', 'action', 'done'],
  },
  {
    name: 'periodic without --event: a scheduled event, the whole listing',
    policy: 'ec2-untagged-report',
    flight: 'flight-ec2',
    exit: 0,
    calls: ['ec2.DescribeInstances'],
    inputs: { 0: {} },
    matched: ['i-0a1b2c3d4e5f60001'],
    steps: ['start', 'done'],
  },
  {
    name: 'an event naming nothing the policy watches: logged no-op, no call',
    policy: 'rds-delete-public',
    event: 's3-create-bucket',
    flight: 'flight-rds-public',
    exit: 0,
    calls: [],
    steps: ['start', 'no-op'],
  },
];

// Each invoke bundles the handler with esbuild (a few seconds on a busy machine).
describe.concurrent('c7n-ts invoke (built CLI, handler in its own process, replayed data)', {
  timeout: 180_000,
}, () => {
  it.each(cases)('$name', async (c) => {
    const out = tmp('invoke');
    const args = ['invoke', policies, '-p', c.policy, '--replay', join(here, c.flight), '-s', out];
    if (c.event) args.push('--event', eventFile(c.event));
    const r = await runCli(args);
    const context = `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
    expect(r.code, context).toBe(c.exit);
    const logged = lines(r.stdout);
    expect(
      logged.map((l) => l.step),
      context,
    ).toEqual(c.steps);
    expect(logged.every((l) => l.policy === c.policy)).toBe(true);
    const log = readJson<FlightLogEntry[]>(join(out, 'flight-log.json')) ?? [];
    expect(
      log.map((e) => `${e.service}.${e.operation}`),
      context,
    ).toEqual(c.calls);
    expect(describeUncovered(uncoveredCalls(policies, args, log, 'invoke').uncovered)).toBe('');
    for (const [i, input] of Object.entries(c.inputs ?? {}))
      expect(log[Number(i)]?.input).toMatchObject(input);
    const resources = readJson<Record<string, unknown>[]>(join(out, c.policy, 'resources.json'));
    if (c.matched === undefined) expect(resources).toBeUndefined();
    else {
      const id = c.policy.startsWith('rds')
        ? 'DBInstanceIdentifier'
        : c.policy.startsWith('s3')
          ? 'Name'
          : 'InstanceId';
      expect(resources?.map((x) => x[id]).sort()).toEqual([...c.matched].sort());
      expect(existsSync(join(out, c.policy, 'metadata.json'))).toBe(true);
    }
    expect(r.stderr).toContain(`invoke ${c.policy}: ${c.steps.includes('no-op') ? 'no-op' : 'ok'}`);
  });

  it('--dryrun plans the delete without making it', async () => {
    const out = tmp('invoke');
    const r = await runCli([
      'invoke',
      policies,
      '-p',
      'rds-delete-public',
      '--dryrun',
      '-s',
      out,
      '--event',
      eventFile('rds-create-db-instance'),
      '--replay',
      join(here, 'flight-rds-public'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const log = readJson<FlightLogEntry[]>(join(out, 'flight-log.json')) ?? [];
    expect(log.map((e) => e.operation)).toEqual(['DescribeDBInstances']);
    expect(readFileSync(join(out, 'rds-delete-public', 'plan.txt'), 'utf8')).toContain('reports-pg-public');
  });

  it.each([
    ['a missing event file', ['--event', join(here, 'no-such-event.json')], '--event', 'no such file'],
    ['an event that is not JSON', ['--event', policies], '--event', 'not valid JSON'],
    ['a cloudtrail policy without --event', [], 'rds-delete-public', '--event FILE'],
    [
      'a missing replay directory',
      ['--event', eventFile('rds-create-db-instance'), '--replay', join(here, 'nope')],
      '--replay',
      'no such directory',
    ],
  ])('exits 2 on %s', async (_what, extra, ...messages) => {
    const args = ['invoke', policies, '-p', 'rds-delete-public', ...extra];
    if (!extra.includes('--replay')) args.push('--replay', join(here, 'flight-rds-public'));
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(2);
    for (const m of messages) expect(r.stderr).toContain(m);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a missing event file before asking STS for the account (no --replay)', async () => {
    const r = await runCli([
      'invoke',
      policies,
      '-p',
      'rds-delete-public',
      '--event',
      join(here, 'nope.json'),
    ]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('no such file');
    expect(r.stderr).not.toContain('account id');
  });
});

describe.concurrent('c7n-ts package, then the unzipped handler run by hand', { timeout: 180_000 }, () => {
  it('builds a deterministic archive under 400 KB whose handler processes a CloudTrail event', async () => {
    const dir = tmp('package');
    const zip = join(dir, 'rds.zip');
    const first = await runCli(['package', policies, '-p', 'rds-delete-public', '-o', zip]);
    expect(first.code, first.stderr).toBe(0);
    const again = await runCli([
      'package',
      policies,
      '-p',
      'rds-delete-public',
      '-o',
      join(dir, 'again.zip'),
    ]);
    const sha = (s: string) => /CodeSha256\s+(\S+)/.exec(s)?.[1];
    expect(sha(first.stdout)).toBeDefined();
    expect(sha(again.stdout)).toBe(sha(first.stdout));
    expect(first.stdout).toMatch(/clients\s+rds, tagging/);
    const bytes = readFileSync(zip);
    // The policy's resource type, the RDS and tagging commands it calls, no Ajv, Handlebars or
    // re2js: about 275 KB (all 38 types and whole clients made it 570 KB).
    expect(bytes.length).toBeLessThan(400 * 1024);
    expect(readFileSync(join(dir, 'again.zip')).equals(bytes)).toBe(true);

    const fn = join(dir, 'fn');
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['config.json', 'index.mjs']);
    for (const [name, content] of Object.entries(files)) {
      spawnSync('mkdir', ['-p', join(fn, name, '..')]);
      writeFileSync(join(fn, name), content);
    }
    const out = join(dir, 'out');
    const script = [
      "import { readFileSync } from 'node:fs';",
      `const { handler } = await import(${JSON.stringify(join(fn, 'index.mjs'))});`,
      `const event = JSON.parse(readFileSync(${JSON.stringify(eventFile('rds-create-db-instance'))}, 'utf8'));`,
      "const result = await handler(event, { invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:custodian-rds-delete-public', awsRequestId: 'r-1' });",
      "process.stdout.write('RESULT ' + JSON.stringify(result) + '\\n');",
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        AWS_REGION: 'us-east-1',
        C7N_TS_REPLAY: join(here, 'flight-rds-public'),
        C7N_TS_OUTPUT_DIR: out,
      },
    });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(/^RESULT (.*)$/m.exec(r.stdout)?.[1] ?? 'null');
    expect(result).toEqual({
      policy: 'rds-delete-public',
      status: 'ok',
      fetched: 1,
      matched: 1,
      ids: ['reports-pg-public'],
      actions: [{ type: 'delete', ok: 1, failed: 0, planned: 1 }],
    });
    const log = readJson<FlightLogEntry[]>(join(out, 'flight-log.json')) ?? [];
    expect(log.map((e) => [e.operation, e.input])).toEqual([
      ['DescribeDBInstances', { DBInstanceIdentifier: 'reports-pg-public' }],
      ['DeleteDBInstance', { DBInstanceIdentifier: 'reports-pg-public', SkipFinalSnapshot: true }],
    ]);
    // Nothing but the handler's JSON lines (and our RESULT line) on stdout: no SDK warnings.
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .every((l) => l.startsWith('{') || l.startsWith('RESULT')),
    ).toBe(true);
  });

  it('refuses a policy without a Lambda mode, and invalid policies with their location', async () => {
    const dir = tmp('package');
    const pull = await runCli(['package', policies, '-p', 'ec2-pull-only', '-o', join(dir, 'x.zip')]);
    expect(pull.code).toBe(2);
    expect(pull.stderr).toContain('only a Lambda mode (every mode but pull) is packaged');
    const several = await runCli(['package', policies, '-o', join(dir, 'x.zip')]);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('choose one with -p');
    const bad = join(dir, 'bad.yml');
    writeFileSync(
      bad,
      'policies:\n  - name: x\n    resource: aws.ec2\n    mode:\n      type: cloudtrail\n      events: [RunInstance]\n',
    );
    const invalid = await runCli(['package', bad, '-o', join(dir, 'x.zip')]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/bad\.yml:6:\d+.*RunInstance.*did you mean "RunInstances"/);
    expect(existsSync(join(dir, 'x.zip'))).toBe(false);
  });
});
