import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import ebs from '../../resources/ebs/resource.js';
import invokeSfn from './invoke-sfn.js';

const volumes = (n: number) => Array.from({ length: n }, (_, i) => ({ VolumeId: `vol-${i}` }));
const policy = { name: 'p', resource: 'aws.ebs' };
const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:Cleanup';

testAction(invokeSfn, {
  resourceType: ebs,
  context: { policy },
  valid: [
    { 'state-machine': 'Cleanup' },
    { 'state-machine': SM, bulk: true, 'batch-size': 10, policy: false },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { 'state-machine': 'x', 'batch-size': 0 }, messageId: 'schema' },
    { options: { 'state-machine': 'x', batch_size: 10 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'one execution per resource, the name made an ARN',
      options: { 'state-machine': 'Cleanup' },
      resources: volumes(2),
      calls: [
        {
          service: 'states',
          operation: 'StartExecution',
          input: { stateMachineArn: SM },
          resourceIds: ['vol-0'],
        },
        { resourceIds: ['vol-1'] },
      ],
    },
    {
      name: 'bulk: batch-size resources by ARN per execution',
      options: { 'state-machine': SM, bulk: true, 'batch-size': 2 },
      resources: volumes(3),
      calls: [{ resourceIds: ['vol-0', 'vol-1'] }, { resourceIds: ['vol-2'] }],
    },
  ],
});

describe('invoke-sfn input', () => {
  const plan = (opts: Record<string, unknown>) =>
    invokeSfn.plan(volumes(1), { 'state-machine': 'Cleanup', ...opts } as never, {
      now: 0,
      region: 'us-east-1',
      accountId: '123456789012',
      resourceType: ebs,
      policyName: 'p',
      policy,
      dryrun: false,
    });

  it('carries the policy and the resource, as Python JSON', async () => {
    const calls = await plan({});
    expect(calls[0]?.input.input).toBe(
      '{\n"policy": {\n"name": "p",\n"resource": "aws.ebs"\n},\n"resource": {\n"VolumeId": "vol-0"\n}\n}',
    );
  });

  it('leaves the policy out with policy: false, and gives ARNs in bulk', async () => {
    const calls = await plan({ policy: false, bulk: true });
    expect(JSON.parse(String(calls[0]?.input.input))).toEqual({
      resources: ['arn:aws:ec2:us-east-1:123456789012:volume/vol-0'],
    });
  });
});
