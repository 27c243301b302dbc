import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createClients } from '../../../clients/index.js';
import accounts from '../resource.js';
import setPolicy from './set-policy.js';

// ListPolicies, two pages: FullAWSAccess, then dev-guard (p-dev11111).
const flight = fileURLToPath(new URL('../__fixtures__/set-policy', import.meta.url));
const reader = () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
};
const scp = 'SERVICE_CONTROL_POLICY';
const resources = [{ Id: '111111111111' }, { Id: '222222222222' }];
const contents = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }] };

testAction(setPolicy, {
  resourceType: accounts,
  context: { read: reader() },
  valid: [{ name: 'x', 'policy-type': scp }],
  invalid: [
    { options: { name: 'x' }, messageId: 'schema' },
    { options: { name: 'x', 'policy-type': scp, tags: { a: 1 } }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'an existing policy is attached to each account',
      options: { name: 'dev-guard', 'policy-type': scp, contents },
      resources,
      calls: [
        {
          service: 'organizations',
          operation: 'AttachPolicy',
          input: { TargetId: '111111111111', PolicyId: 'p-dev11111' },
          resourceIds: ['111111111111'],
        },
        { operation: 'AttachPolicy', input: { TargetId: '222222222222', PolicyId: 'p-dev11111' } },
      ],
    },
  ],
});

testAction(setPolicy, {
  resourceType: accounts,
  context: { read: reader() },
  cases: [
    {
      name: 'a missing one is created from contents (tagged managed-by), then attached',
      options: {
        name: 'deny-ec2',
        'policy-type': scp,
        contents,
        tags: { Team: 'sec' },
        description: 'no EC2',
      },
      resources,
      calls: [
        {
          operation: 'CreatePolicy',
          input: {
            Name: 'deny-ec2',
            Description: 'no EC2',
            Type: scp,
            Content:
              '{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "ec2:*", "Resource": "*"}]}',
            Tags: [
              { Key: 'Team', Value: 'sec' },
              { Key: 'managed-by', Value: 'CloudCustodian' },
            ],
          },
          resourceIds: ['111111111111', '222222222222'],
        },
        { operation: 'AttachPolicy', input: { TargetId: '111111111111' } },
        { operation: 'AttachPolicy', input: { TargetId: '222222222222' } },
      ],
    },
  ],
});

it('takes the created policy id from CreatePolicy', async () => {
  const calls = await setPolicy.plan(resources, { name: 'deny-ec2', 'policy-type': scp, contents }, {
    read: reader(),
  } as never);
  const out = new Map([['policy', { Policy: { PolicySummary: { Id: 'p-new' } } }]]);
  expect(calls[1]?.bind?.(out)).toEqual({ PolicyId: 'p-new' });
});

it('fails without contents when no policy has the name', async () => {
  await expect(
    setPolicy.plan(resources, { name: 'nope', 'policy-type': scp }, { read: reader() } as never),
  ).rejects.toThrow(/no SERVICE_CONTROL_POLICY named "nope"/);
});
