import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicies } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import type { AwsProvider } from '../provider.js';
import { awsRegistry } from '../registry.js';
import { lambdaConfig } from './config.js';
import { type LambdaContext, runLambda } from './run-lambda.js';

const registry = awsRegistry();
const fixtures = new URL('./__fixtures__/', import.meta.url).pathname;
const event = (name: string) =>
  JSON.parse(readFileSync(join(fixtures, 'events', `${name}.json`), 'utf8')) as unknown;
const context: LambdaContext = {
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:custodian-rds-delete-public',
  functionName: 'custodian-rds-delete-public',
  awsRequestId: 'req-1',
};

const rdsPolicy = `policies:
  - name: rds-delete-public
    resource: aws.rds
    mode:
      type: cloudtrail
      events: [CreateDBInstance]
    filters:
      - PubliclyAccessible: true
      - "tag:c7n-exempt": absent
    actions:
      - type: delete
        skip-snapshot: true
`;

function setup(yaml: string, env: Record<string, string> = {}) {
  const { policies, diagnostics } = loadPolicies([{ path: 'policy.yml', text: yaml }], registry);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const out = mkdtempSync(join(tmpdir(), 'c7n-ts-lambda-'));
  const lines: Record<string, unknown>[] = [];
  const providers = new Map<string, Promise<AwsProvider>>();
  const rt = {
    config: lambdaConfig(policies[0]!, '0.1.0'),
    bundleDir: out,
    registry,
    env: {
      AWS_REGION: 'us-east-1',
      C7N_TS_REPLAY: join(fixtures, 'rds-public'),
      C7N_TS_OUTPUT_DIR: out,
      ...env,
    },
    log: (l: Record<string, unknown>) => lines.push(l),
    providers,
  };
  const calls = async () => {
    const p = await providers.get('123456789012/us-east-1');
    return (p?.clients.session.calls ?? []).map((c) => ({
      op: `${c.service}.${c.operation}`,
      input: c.input,
    }));
  };
  return { rt, out, lines, calls };
}

describe('runLambda', () => {
  it('fetches the instance the event names, filters it and deletes it', async () => {
    const { rt, out, lines, calls } = setup(rdsPolicy);
    const summary = await runLambda(rt, event('rds-create-db-instance'), context);
    expect(summary).toEqual({
      policy: 'rds-delete-public',
      status: 'ok',
      fetched: 1,
      matched: 1,
      ids: ['reports-pg-public'],
      actions: [{ type: 'delete', ok: 1, failed: 0, planned: 1 }],
    });
    expect(await calls()).toEqual([
      { op: 'rds.DescribeDBInstances', input: { DBInstanceIdentifier: 'reports-pg-public' } },
      {
        op: 'rds.DeleteDBInstance',
        input: { DBInstanceIdentifier: 'reports-pg-public', SkipFinalSnapshot: true },
      },
    ]);
    expect(lines.map((l) => l.step)).toEqual(['start', 'ids', 'action', 'done']);
    expect(lines[0]).toMatchObject({
      level: 'info',
      policy: 'rds-delete-public',
      requestId: 'req-1',
      mode: 'cloudtrail',
      event: { eventName: 'CreateDBInstance', eventID: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a' },
    });
    expect(lines[3]).toMatchObject({ step: 'done', status: 'ok', matched: 1, output: out });
    expect(existsSync(join(out, 'rds-delete-public', 'resources.json'))).toBe(true);
  });

  it('logs a no-op and fetches nothing when the event names no resource', async () => {
    const { rt, lines, calls } = setup(rdsPolicy);
    const summary = await runLambda(rt, event('s3-create-bucket'), context);
    expect(summary).toMatchObject({ status: 'no-op', matched: 0, ids: [] });
    expect(lines.at(-1)).toMatchObject({
      step: 'no-op',
      message: expect.stringContaining('no resources named by the event'),
    });
    expect(await calls()).toEqual([]);
  });

  it('plans without acting under execution-options dryrun', async () => {
    const { rt, out, calls } = setup(
      rdsPolicy.replace(
        'events: [CreateDBInstance]',
        'events: [CreateDBInstance]\n      execution-options: {dryrun: true}',
      ),
    );
    const summary = await runLambda(rt, event('rds-create-db-instance'), context);
    expect(summary.actions).toEqual([{ type: 'delete', ok: 0, failed: 0, planned: 1 }]);
    expect((await calls()).map((c) => c.op)).toEqual(['rds.DescribeDBInstances']);
    expect(readFileSync(join(out, 'rds-delete-public', 'plan.txt'), 'utf8')).toContain('reports-pg-public');
  });

  it('runs a periodic policy over every resource', async () => {
    const { rt, calls } = setup(`policies:
  - name: rds-public-report
    resource: aws.rds
    mode: {type: periodic, schedule: rate(1 day)}
    filters: [{PubliclyAccessible: true}]
`);
    const summary = await runLambda(
      rt,
      { 'detail-type': 'Scheduled Event', source: 'aws.events', detail: {} },
      context,
    );
    expect(summary).toEqual({
      policy: 'rds-public-report',
      status: 'ok',
      fetched: 1,
      matched: 1,
      actions: [],
    });
    expect(await calls()).toEqual([{ op: 'rds.DescribeDBInstances', input: {} }]);
  });

  it('logs and rethrows what it cannot run with', async () => {
    const { rt, lines } = setup(rdsPolicy);
    await expect(runLambda(rt, event('rds-create-db-instance'), {})).rejects.toThrow(
      'cannot tell the account id',
    );
    expect(lines.at(-1)).toMatchObject({
      level: 'error',
      step: 'error',
      message: expect.stringContaining('account id'),
    });
  });
});
