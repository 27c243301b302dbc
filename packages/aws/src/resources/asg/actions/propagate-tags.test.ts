import type { EvalContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import asg from '../resource.js';
import propagateTags from './propagate-tags.js';

const reads: { operation: string; input: Record<string, unknown> }[] = [];
const instances = [
  {
    InstanceId: 'i-1',
    Tags: [
      { Key: 'Old', Value: 'x' },
      { Key: 'Odd', Value: 'y' },
      { Key: 'aws:x', Value: 'z' },
    ],
  },
  { InstanceId: 'i-2', Tags: [{ Key: 'Old', Value: 'x' }] },
];
const read = async (_service: string, operation: string, input: Record<string, unknown>) => {
  reads.push({ operation, input });
  return { Reservations: [{ Instances: instances }] };
};
const tag = (Key: string, PropagateAtLaunch: boolean) => ({ Key, Value: `${Key}-v`, PropagateAtLaunch });
const web = {
  AutoScalingGroupName: 'web',
  Instances: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }],
  Tags: [
    tag('Owner', true),
    tag('Team', true),
    tag('Local', false),
    tag('aws:cloudformation:stack-name', true),
  ],
};

testAction(propagateTags, {
  resourceType: asg,
  context: { read } as Partial<EvalContext>,
  valid: [{}, { tags: ['Owner'], trim: true }],
  invalid: [{ options: { tags: 'Owner' }, messageId: 'schema', path: ['tags'] }],
  cases: [
    {
      name: 'the propagating tags (not aws:) onto the running instances',
      options: {},
      resources: [web, { ...web, AutoScalingGroupName: 'empty', Instances: [] }],
      calls: [
        {
          service: 'ec2',
          operation: 'CreateTags',
          input: {
            Resources: ['i-1', 'i-2'],
            Tags: [
              { Key: 'Owner', Value: 'Owner-v' },
              { Key: 'Team', Value: 'Team-v' },
            ],
          },
          resourceIds: ['web'],
        },
      ],
    },
    {
      name: 'tags: only those keys; trim removes what the group does not propagate and uneven tags',
      options: { tags: ['Owner'], trim: true },
      resources: [web],
      calls: [
        {
          operation: 'DeleteTags',
          input: { Resources: ['i-1', 'i-2'], Tags: [{ Key: 'Old' }, { Key: 'Odd' }] },
        },
        {
          operation: 'CreateTags',
          input: { Resources: ['i-1', 'i-2'], Tags: [{ Key: 'Owner', Value: 'Owner-v' }] },
        },
      ],
    },
  ],
});

it('reads the instances by id only when trimming', () => {
  expect(reads.every((r) => r.operation === 'DescribeInstances')).toBe(true);
  expect(reads.at(-1)?.input).toEqual({ InstanceIds: ['i-1', 'i-2'] });
});
