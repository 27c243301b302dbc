/**
 * `org run --fanout`'s work (wired into `org run` by its owner) on replayed Step Functions and
 * S3 traffic through the real SDK clients: the item list written beside the deployed results,
 * the execution started and polled, and the summary and exit code made from the Map Run results;
 * Lambda-mode policies' archives built (or --archive), uploaded beside the items and named by them.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Exit } from '../exit.js';
import orgFanoutRun, { type OrgFanoutFlags } from './org-fanout-run.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'org-fanout-run');
const ARN = 'arn:aws:states:us-east-1:111122223333:stateMachine:c7n-ts-org-fanout';

function flags(extra: Partial<OrgFanoutFlags> = {}): OrgFanoutFlags {
  return {
    config: join(dir, 'accounts.yml'),
    outputDir: 's3://fanout-bucket/c7n/out',
    accounts: [],
    notAccounts: [],
    tags: [],
    region: [],
    concurrency: 8,
    maxAttempts: 3,
    replay: join(dir, 'flight'),
    output: 'json',
    policyFilter: [],
    resource: [],
    var: [],
    fanout: ARN,
    fanoutRegion: 'us-east-1',
    ...extra,
  };
}

async function run(f: OrgFanoutFlags, file = 'policies.yml') {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  let code = -1;
  try {
    await orgFanoutRun([join(dir, file)], f);
  } catch (err) {
    if (!(err instanceof Exit)) throw err;
    code = err.code;
  } finally {
    vi.restoreAllMocks();
  }
  return { code, stdout, stderr };
}

describe('org run --fanout', () => {
  afterEach(() => {
    delete process.env.C7N_TS_NOW;
  });

  it('starts the deployed fan-out, waits for it and reports each account×region (exit 1: two failed)', async () => {
    process.env.C7N_TS_NOW = '2026-12-07T12:00:00Z';
    const log = join(mkdtempSync(join(tmpdir(), 'c7n-ts-fanout-run-')), 'flight-log.json');
    const r = await run(flags({ flightLog: log }));
    expect(r.code, r.stderr).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary.accounts).toEqual([
      expect.objectContaining({ account: 'dev', region: 'us-east-1', status: 'ok' }),
      expect.objectContaining({
        account: 'prod',
        region: 'eu-west-1',
        status: 'error',
        error: expect.objectContaining({ stage: 'assume-role', code: 'AccessDenied' }),
      }),
      expect.objectContaining({
        account: 'stage',
        status: 'error',
        error: expect.objectContaining({ stage: 'fanout', code: 'States.Timeout' }),
      }),
    ]);
    expect(summary.totals).toEqual({ 'ec2-old': 1 });
    expect(summary.failed).toBe(2);
    const calls = JSON.parse(readFileSync(log, 'utf8')) as {
      service: string;
      operation: string;
      input: any;
    }[];
    expect(calls.map((c) => `${c.service}.${c.operation}`)).toEqual([
      'states.DescribeStateMachine',
      's3.PutObject',
      'states.StartExecution',
      'states.DescribeExecution',
      'states.DescribeExecution',
      's3.GetObject',
      's3.GetObject',
      's3.GetObject',
    ]);
    const put = calls[1]?.input as { Bucket: string; Key: string; Body: string };
    expect(put.Bucket).toBe('fanout-bucket');
    expect(put.Key).toBe('c7n/items/c7n-ts-2026-12-07T12-00-00-000Z.json');
    expect(JSON.parse(put.Body)).toEqual([
      {
        account: 'dev',
        account_id: '222222222222',
        region: 'us-east-1',
        role: ['arn:aws:iam::222222222222:role/custodian'],
        vars: [],
        policies: ['ec2-old'],
      },
      {
        account: 'prod',
        account_id: '333333333333',
        region: 'eu-west-1',
        role: ['arn:aws:iam::333333333333:role/custodian'],
        external_id: 'prod-external-id',
        vars: [],
        policies: ['ec2-old'],
      },
      {
        account: 'stage',
        account_id: '444444444444',
        region: 'us-east-1',
        role: ['arn:aws:iam::444444444444:role/custodian'],
        vars: [],
        policies: ['ec2-old'],
      },
    ]);
    expect(JSON.parse(String(calls[2]?.input.input))).toEqual({
      bucket: 'fanout-bucket',
      key: 'c7n/items/c7n-ts-2026-12-07T12-00-00-000Z.json',
      output: 's3://fanout-bucket/c7n/out',
    });
  });

  it('prints the org run table in text', async () => {
    const r = await run(flags({ output: 'text' }));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^dev +222222222222 +us-east-1 +1 +ok$/m);
    expect(r.stdout).toMatch(/^stage .* error: fanout States\.Timeout$/m);
    expect(r.stderr).toContain('prod (333333333333) eu-west-1: assume-role failed: AccessDenied');
  });

  it.each([
    [{ outputDir: '/tmp/out' }, /-s \/tmp\/out: with --fanout the output is s3:\/\/bucket\/prefix/],
    [{ region: ['all'] }, /-r all with --fanout is not supported yet/],
    [{ policyFilter: ['nothing-*'] }, /no policy matches/],
  ])('refuses %j (exit 2)', async (extra, message) => {
    const r = await run(flags(extra as Partial<OrgFanoutFlags>));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('org run --fanout with Lambda-mode policies', () => {
  type Call = { service: string; operation: string; input: any };
  const ITEMS_KEY = 'c7n/items/c7n-ts-2026-12-07T12-00-00-000Z.json';
  const lambdaFlags = (extra: Partial<OrgFanoutFlags> = {}) => {
    const log = join(mkdtempSync(join(tmpdir(), 'c7n-ts-fanout-run-')), 'flight-log.json');
    return {
      log,
      flags: flags({ replay: join(dir, 'flight-lambda'), accounts: ['dev'], flightLog: log, ...extra }),
    };
  };
  const callsOf = (log: string) => JSON.parse(readFileSync(log, 'utf8')) as Call[];
  const ops = (calls: Call[]) => calls.map((c) => `${c.service}.${c.operation}`);

  afterEach(() => {
    delete process.env.C7N_TS_NOW;
  });

  it('uploads each archive beside the items, names it in each item, and shows the deployments', async () => {
    process.env.C7N_TS_NOW = '2026-12-07T12:00:00Z';
    const zip = new Uint8Array([80, 75, 5, 6, ...new Array(18).fill(0)]);
    const archive = join(mkdtempSync(join(tmpdir(), 'c7n-ts-fanout-zip-')), 'archive.zip');
    writeFileSync(archive, zip);
    const sha256 = createHash('sha256').update(zip).digest('base64');
    const hex = createHash('sha256').update(zip).digest('hex');
    const { log, flags: f } = lambdaFlags({ archive, output: 'text' });
    const r = await run(f, 'policies-lambda.yml');
    const calls = callsOf(log);
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
    const keys = ['ebs-unattached-daily', 'ec2-tag-new'].map((p) => `c7n/archives/${p}/${hex}.zip`);
    expect(calls.slice(1, 3).map((c) => c.input)).toMatchObject(
      keys.map((Key) => ({
        Bucket: 'fanout-bucket',
        Key,
        Body: `<${zip.length} bytes>`,
        ContentType: 'application/zip',
      })),
    );
    expect(calls[3]?.input.Key).toBe(ITEMS_KEY);
    expect(JSON.parse(calls[3]?.input.Body)).toEqual([
      {
        account: 'dev',
        account_id: '222222222222',
        region: 'us-east-1',
        role: ['arn:aws:iam::222222222222:role/custodian'],
        vars: [],
        policies: ['ebs-unattached-daily', 'ec2-tag-new', 'ec2-old'],
        archives: [
          { policy: 'ebs-unattached-daily', bucket: 'fanout-bucket', key: keys[0], sha256 },
          { policy: 'ec2-tag-new', bucket: 'fanout-bucket', key: keys[1], sha256 },
        ],
      },
    ]);
    // As org run: deployed, FAIL for a refused deployment (its reason on stderr), exit 1.
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^dev +222222222222 +us-east-1 +deployed +FAIL +1 +failed$/m);
    expect(r.stdout).toMatch(/^total +1 run +1 deployed +0 +1 +1 failed$/m);
    expect(r.stderr).toContain(
      'dev (222222222222) us-east-1: ec2-tag-new: not deployed: AccessDeniedException: User is not authorized',
    );
  });

  it('builds each archive here as package does when no --archive is given', async () => {
    process.env.C7N_TS_NOW = '2026-12-07T12:00:00Z';
    const { log, flags: f } = lambdaFlags({ policyFilter: ['ebs-*'] });
    await run(f, 'policies-lambda.yml');
    const calls = callsOf(log);
    const upload = calls[1]?.input as { Key: string; Body: string };
    const [item] = JSON.parse(calls[2]?.input.Body) as { archives: { key: string; sha256: string }[] }[];
    expect(upload.Key).toMatch(/^c7n\/archives\/ebs-unattached-daily\/[0-9a-f]{64}\.zip$/);
    expect(item?.archives).toEqual([expect.objectContaining({ key: upload.Key })]);
    expect(Buffer.from(item?.archives[0]?.sha256 ?? '', 'base64').toString('hex')).toBe(
      upload.Key.split('/').pop()?.replace('.zip', ''),
    );
  }, 120_000);

  it('--dryrun builds and uploads nothing: the items evaluate those policies, as org run --dryrun', async () => {
    process.env.C7N_TS_NOW = '2026-12-07T12:00:00Z';
    const { log, flags: f } = lambdaFlags({ dryrun: true });
    await run(f, 'policies-lambda.yml');
    const calls = callsOf(log);
    expect(ops(calls).slice(0, 3)).toEqual([
      'states.DescribeStateMachine',
      's3.PutObject',
      'states.StartExecution',
    ]);
    expect(calls[1]?.input.Key).toBe(ITEMS_KEY);
    const [item] = JSON.parse(calls[1]?.input.Body);
    expect(item).toMatchObject({
      dryrun: true,
      policies: ['ebs-unattached-daily', 'ec2-tag-new', 'ec2-old'],
    });
    expect(item.archives).toBeUndefined();
  });
});
