import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import accounts from '../resource.js';
import cfnStack, { accountRoles, roleArnFor } from './cfn-stack.js';

// AssumeRole: 111 ok, 222 AccessDenied, 333 ok. DescribeStacks org-baseline: 111 us-east-1
// CREATE_COMPLETE, eu-west-1 does not exist; 333 us-east-1 ROLLBACK_COMPLETE, eu-west-1
// UPDATE_COMPLETE.
const flight = fileURLToPath(new URL('../__fixtures__/cfn-stack', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const resources = () => [
  { Id: '111111111111', Name: 'a' },
  { Id: '222222222222', Name: 'b' },
  { Id: '333333333333', Name: 'c' },
];
const base = { stack_names: ['org-baseline'], regions: ['us-east-1', 'eu-west-1'] };

const table: [string, Record<string, unknown>, string[]][] = [
  ['present: found in some region', { ...base, present: true }, ['111111111111', '333333333333']],
  [
    'present with statuses',
    { ...base, present: true, status: ['CREATE_COMPLETE', 'UPDATE_COMPLETE'] },
    ['111111111111', '333333333333'],
  ],
  ['absent (default): missing in some region', base, ['111111111111']],
];

for (const [name, options, matches] of table)
  testFilter(cfnStack, {
    resourceType: accounts,
    context: { provider: await provider() },
    valid: [{}, base],
    invalid: [{ options: { status: ['DONE'] }, messageId: 'schema' }],
    cases: [{ name, options, resources: resources(), matches }],
  });

it('keeps the regions where each account passed, and calls as c7n does', async () => {
  const p = await provider();
  const ev = cfnStack.compile(
    { ...base, present: true, status: ['CREATE_COMPLETE', 'UPDATE_COMPLETE'] },
    {
      resourceType: accounts,
      policyName: 't',
      registry: p.registry,
      policy: { query: [{ 'org-account-role': 'Auditor' }] },
    },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const out = await ev.process(resources(), { now: 0, provider: p });
  expect(out.map((a) => a['c7n:cfn-stack'])).toEqual([{ 'us-east-1': true }, { 'eu-west-1': true }]);
  const calls = p.clients.session.calls;
  expect(calls.filter((c) => c.operation === 'AssumeRole').map((c) => c.input)).toEqual(
    ['111111111111', '222222222222', '333333333333'].map((id) => ({
      RoleArn: `arn:aws:iam::${id}:role/Auditor`,
      RoleSessionName: 'CustodianOrgAccount',
    })),
  );
  expect(calls.filter((c) => c.operation === 'DescribeStacks')).toHaveLength(4);
});

describe('account roles', () => {
  it('defaults as Cloud Custodian does', () => {
    expect(accountRoles(undefined, {})).toEqual({
      access: undefined,
      account: 'OrganizationAccountAccessRole',
    });
    expect(accountRoles({}, { AWS_CONTROL_TOWER_ORG: '1' }).account).toBe('AWSControlTowerExecution');
    expect(
      accountRoles(
        { query: [{ 'org-access-role': 'arn:aws:iam::1:role/Hub' }, { 'org-account-role': 'R' }] },
        {},
      ),
    ).toEqual({ access: 'arn:aws:iam::1:role/Hub', account: 'R' });
  });
  it('builds the role ARN of each account', () => {
    expect(roleArnFor('R', '111111111111')).toBe('arn:aws:iam::111111111111:role/R');
    expect(roleArnFor('arn:aws:iam::{org_account_id}:role/x/R', '2')).toBe('arn:aws:iam::2:role/x/R');
  });
});
