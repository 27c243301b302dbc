/**
 * The deploy and prune routines on replayed traffic through the real SDK clients. The main
 * flows (create, no-op, updates, remove, prune) are end-to-end tests in test/e2e/deploy.test.ts;
 * here are the paths that are awkward to reach from the CLI.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../provider.js';
import { deployPolicy } from './deploy.js';
import { deploySpec } from './function-config.js';
import { prunable } from './prune.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const ctx = { accountId: '111122223333', region: 'us-east-1', version: '1.2.3' };

describe('deployPolicy', () => {
  it('reports an update that Lambda marks Failed, and stops there', async () => {
    const provider = await createAwsProvider({
      regions: ['us-east-1'],
      accountId: ctx.accountId,
      replay: join(fixtures, 'update-failed'),
    });
    const spec = deploySpec(
      'p',
      { mode: { type: 'periodic', schedule: 'rate(1 day)', role: 'custodian', memory: 256 } },
      ctx,
    );
    const result = await deployPolicy(
      spec,
      { zip: new Uint8Array([1, 2, 3]), sha256: 'new=' },
      { send: provider.send, region: 'us-east-1', accountId: ctx.accountId, pollMs: 0 },
    );
    expect(result).toMatchObject({
      status: 'failed',
      changes: ['updated code'],
      error: 'the update of function custodian-p failed: The role cannot be assumed by Lambda.',
    });
    expect(provider.clients.session.calls.map((c) => c.operation)).toEqual([
      'GetFunction',
      'UpdateFunctionCode',
      'GetFunctionConfiguration',
      'GetFunctionConfiguration',
    ]);
  });
});

describe('deploying a schedule-mode policy', () => {
  const schedule = (extra: Record<string, unknown>) =>
    deploySpec(
      'p',
      {
        mode: {
          type: 'schedule',
          role: 'custodian',
          'scheduler-role': 'scheduler',
          schedule: 'rate(1 day)',
          ...extra,
        },
      },
      ctx,
    );
  const run = async (fixture: string, spec: ReturnType<typeof deploySpec>) => {
    const provider = await createAwsProvider({
      regions: ['us-east-1'],
      accountId: ctx.accountId,
      replay: join(fixtures, fixture),
    });
    const result = await deployPolicy(
      spec,
      { zip: new Uint8Array([1, 2, 3]), sha256: 'new=' },
      { send: provider.send, region: 'us-east-1', accountId: ctx.accountId, pollMs: 0 },
    );
    return { result, calls: provider.clients.session.calls.map((c) => [c.operation, c.input]) };
  };

  it('a new group-name creates the schedule there and deletes the one the function tag names (c7n)', async () => {
    const { result, calls } = await run('schedule-moved', schedule({ 'group-name': 'ops' }));
    expect(result).toMatchObject({
      status: 'updated',
      changes: ['updated tags', 'created schedule', 'removed schedule from group default'],
      scheduleArn: 'arn:aws:scheduler:us-east-1:111122223333:schedule/ops/custodian-p',
    });
    expect(calls.map(([op]) => op)).toEqual([
      'GetFunction',
      'TagResource',
      'GetSchedule',
      'CreateSchedule',
      'DeleteSchedule',
    ]);
    expect(calls[4]![1]).toEqual({ Name: 'custodian-p', GroupName: 'default' });
  });

  it('a policy that left schedule mode gets its rule, and its old schedule is deleted', async () => {
    const periodic = deploySpec(
      'p',
      { mode: { type: 'periodic', role: 'custodian', schedule: 'rate(1 day)' } },
      ctx,
    );
    const { result, calls } = await run('schedule-left', periodic);
    expect(result.status).toBe('updated');
    expect(calls.map(([op]) => op)).toEqual([
      'GetFunction',
      'UntagResource',
      'DescribeRule',
      'PutRule',
      'PutTargets',
      'GetPolicy',
      'AddPermission',
      'DeleteSchedule',
    ]);
    expect(calls[1]![1]).toMatchObject({ TagKeys: ['c7n-ts:schedule'] });
    expect(calls[7]![1]).toEqual({ Name: 'custodian-p', GroupName: 'default' });
  });

  it('a periodic policy moved to schedule mode loses its EventBridge rule, targets first', async () => {
    const { result, calls } = await run('rule-left', schedule({}));
    expect(result).toMatchObject({
      status: 'updated',
      changes: ['updated tags', 'created schedule', 'removed rule custodian-p of the former mode'],
    });
    expect(calls.map(([op]) => op)).toEqual([
      'GetFunction',
      'TagResource',
      'GetSchedule',
      'CreateSchedule',
      'DescribeRule',
      'ListTagsForResource',
      'ListTargetsByRule',
      'RemoveTargets',
      'DeleteRule',
    ]);
    expect(calls[7]![1]).toEqual({ Rule: 'custodian-p', Ids: ['custodian-p'] });
  });

  it('a config-rule policy moved to periodic mode loses its Config rule', async () => {
    const periodic = deploySpec(
      'p',
      { mode: { type: 'periodic', role: 'custodian', schedule: 'rate(1 day)' } },
      ctx,
    );
    const { result, calls } = await run('config-left', periodic);
    expect(result.changes).toContain('removed config rule custodian-p of the former mode');
    expect(calls.map(([op]) => op).slice(-2)).toEqual(['DescribeConfigRules', 'DeleteConfigRule']);
    expect(calls.at(-1)![1]).toEqual({ ConfigRuleName: 'custodian-p' });
  });

  it('a changed expression updates the schedule in place', async () => {
    const { result, calls } = await run('schedule-updated', schedule({ schedule: 'rate(2 days)' }));
    expect(result).toMatchObject({ status: 'updated', changes: ['updated schedule'] });
    expect(calls.map(([op]) => op)).toEqual(['GetFunction', 'GetSchedule', 'UpdateSchedule']);
    expect(calls[2]![1]).toMatchObject({
      ScheduleExpression: 'rate(2 days)',
      Target: {
        Arn: 'arn:aws:lambda:us-east-1:111122223333:function:custodian-p',
        RoleArn: 'arn:aws:iam::111122223333:role/scheduler',
      },
    });
  });
});

describe('prunable', () => {
  it('keeps the deployments of policies in the files', () => {
    const d = (policy: string) => ({ policy, functions: [`custodian-${policy}`], rules: [], logGroups: [] });
    expect(prunable([d('a'), d('b'), d('c')], ['b']).map((x) => x.policy)).toEqual(['a', 'c']);
  });
});
