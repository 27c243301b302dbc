import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import ec2 from '../../resources/ec2/resource.js';
import postItem from './post-item.js';

/** DescribeOpsItems over hand-written flight data: `open` has an Open item naming i-01; `none` has none. */
function reader(name: 'open' | 'none') {
  const dir = fileURLToPath(new URL(`./__fixtures__/post-item-${name}`, import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
}
const arn = (id: string) => `arn:aws:ec2:us-east-1:123456789012:instance/${id}`;
const context = { region: 'us-east-1', accountId: '123456789012' };

testAction(postItem, {
  resourceType: ec2,
  context: { ...context, read: reader('open') },
  valid: [
    {},
    { priority: 3, title: 'Over-privileged', description: 'd', tags: { Topic: 'Security' } },
    { topics: 'arn:aws:sns:us-east-1:123456789012:ops' },
  ],
  invalid: [
    { options: { priority: 6 }, messageId: 'schema', path: ['priority'] },
    { options: { tags: ['Topic'] }, messageId: 'schema' },
    { options: { severity: 2 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'an open item of the policy takes the resources it lacks; it keeps its own data but the dedup',
      options: { priority: 3 },
      resources: [{ InstanceId: 'i-02' }, { InstanceId: 'i-01' }],
      calls: [
        {
          service: 'ssm',
          operation: 'UpdateOpsItem',
          input: {
            OpsItemId: 'oi-0a1b2c3d4e5f',
            Title: 'ec2-over-privileged',
            Status: 'Open',
            Priority: 3,
            OperationalData: {
              '/aws/resources': {
                Type: 'SearchableString',
                Value: `[{"arn": "${arn('i-01')}"}, {"arn": "${arn('i-02')}"}]`,
              },
              '/custodian/dedup': { Type: 'SearchableString', Value: 'e1ab0c3f5d7b9a2c4e6f' },
              '/custodian/policy-name': { Type: 'SearchableString', Value: 'ec2-over-privileged' },
            },
          },
          resourceIds: ['i-02'],
        },
      ],
    },
  ],
});

it('creates one item per 100 resources when none is open, with the dedup and the policy', async () => {
  const resources = Array.from({ length: 101 }, (_, n) => ({
    InstanceId: `i-${String(n).padStart(3, '0')}`,
  }));
  const calls = await postItem.plan(
    resources,
    {
      title: ' Over-privileged ',
      tags: { Topic: 'Security' },
      topics: 'arn:aws:sns:us-east-1:123456789012:ops',
    },
    {
      ...context,
      now: 0,
      dryrun: false,
      resourceType: ec2,
      policyName: 'ec2-over-privileged',
      policy: {
        name: 'ec2-over-privileged',
        resource: 'aws.ec2',
        description: 'Instances that can create users',
      },
      read: reader('none'),
    },
  );
  expect(calls.map((c) => [c.operation, c.resourceIds.length])).toEqual([
    ['CreateOpsItem', 100],
    ['CreateOpsItem', 1],
  ]);
  const input = calls[1]?.input as Record<string, any>;
  expect(input).toMatchObject({
    Title: 'Over-privileged',
    Description: 'Instances that can create users',
    Source: 'Cloud Custodian',
    Tags: [{ Key: 'Topic', Value: 'Security' }],
    Notifications: [{ Arn: 'arn:aws:sns:us-east-1:123456789012:ops' }],
  });
  expect(input.Priority).toBeUndefined();
  expect(input.RelatedOpsItems).toBeUndefined();
  const data = input.OperationalData;
  expect(data['/aws/resources'].Value).toBe(`[{"arn": "${arn('i-100')}"}]`);
  // md5("Over-privileged ec2 us-east-1 123456789012")[:20], as Cloud Custodian computes it.
  expect(data['/custodian/dedup'].Value).toBe('fc381c0ed21675fc6c85');
  expect(data['/aws/dedup'].Value).toBe('{"dedupString": "fc381c0ed21675fc6c85"}');
  expect(data['/custodian/resource'].Value).toBe('ec2');
  expect(JSON.parse(data['/custodian/policy'].Value)).toMatchObject({ name: 'ec2-over-privileged' });
  expect(calls[0]?.okErrors).toEqual(['OpsItemAlreadyExistsException']);
});
