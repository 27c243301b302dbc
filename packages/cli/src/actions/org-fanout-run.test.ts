/**
 * `org run --fanout`'s work (wired into `org run` by its owner) on replayed Step Functions and
 * S3 traffic through the real SDK clients: the item list written beside the deployed results,
 * the execution started and polled, and the summary and exit code made from the Map Run results.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
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

async function run(f: OrgFanoutFlags) {
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
    await orgFanoutRun([join(dir, 'policies.yml')], f);
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
