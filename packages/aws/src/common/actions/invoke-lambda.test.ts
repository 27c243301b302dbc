import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import ec2 from '../../resources/ec2/resource.js';
import invokeLambda from './invoke-lambda.js';

// Flight data: the account alias acme-prod.
const clients = createClients({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('./__fixtures__/invoke-lambda', import.meta.url)),
});
const read = (service: string, operation: string, input: Record<string, unknown>) =>
  clients.send(service, operation, input, 'us-east-1');
const instances = (n: number) => Array.from({ length: n }, (_, i) => ({ InstanceId: `i-${i}` }));
const policy = { name: 'p', resource: 'aws.ec2' };

testAction(invokeLambda, {
  resourceType: ec2,
  context: { read, policy },
  valid: [
    { function: 'fix' },
    {
      function: 'arn:aws:lambda:us-east-1:123456789012:function:fix',
      qualifier: 'live',
      async: false,
      batch_size: 10,
      vars: { a: 1 },
    },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { function: 'fix', batch_size: 0 }, messageId: 'schema' },
    {
      options: { function: 'fix', 'assume-role': 'arn:aws:iam::1:role/x' },
      messageId: 'assume-role',
      path: ['assume-role'],
    },
    { options: { function: 'fix', timeout: 30 }, messageId: 'timeout-ignored', path: ['timeout'] },
  ],
  cases: [
    {
      name: 'asynchronous by default, one call per batch_size resources',
      options: { function: 'fix', batch_size: 2 },
      resources: instances(3),
      calls: [
        {
          service: 'lambda',
          operation: 'Invoke',
          input: { FunctionName: 'fix', InvocationType: 'Event' },
          resourceIds: ['i-0', 'i-1'],
        },
        { resourceIds: ['i-2'] },
      ],
    },
    {
      name: 'synchronous with a qualifier in another region',
      options: { function: 'fix', async: false, qualifier: 'live', region: 'eu-west-1' },
      resources: instances(1),
      calls: [{ input: { FunctionName: 'fix', Qualifier: 'live' }, region: 'eu-west-1' }],
    },
  ],
});

describe('invoke-lambda payload', () => {
  it('carries resources, policy, action, account and alias as Python JSON', async () => {
    const calls = await invokeLambda.plan(
      instances(1),
      { function: 'fix', vars: { k: 'v' } },
      {
        now: 0,
        region: 'us-east-1',
        accountId: '123456789012',
        resourceType: ec2,
        policyName: 'p',
        policy,
        dryrun: false,
        read,
      },
    );
    expect(calls[0]?.input).not.toHaveProperty('Qualifier');
    const payload = JSON.parse(String(calls[0]?.input.Payload));
    expect(payload).toEqual({
      version: 'c7n-ts',
      event: null,
      account_id: '123456789012',
      account: 'acme-prod',
      region: 'us-east-1',
      action: { type: 'invoke-lambda', function: 'fix', vars: { k: 'v' } },
      policy,
      resources: [{ InstanceId: 'i-0' }],
    });
    expect(String(calls[0]?.input.Payload)).toContain('{\n"version": "c7n-ts",\n');
  });
});
