import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import ec2 from '../resource.js';
import resize from './resize.js';

const ebsRoot = [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-1' } }];
const inst = (id: string, type: string, state: string, extra: Record<string, unknown> = {}) => ({
  InstanceId: id,
  InstanceType: type,
  State: { Name: state },
  BlockDeviceMappings: ebsRoot,
  ...extra,
});

testAction(resize, {
  resourceType: ec2,
  valid: [{}, { restart: true, default: 'm5.large', 'type-map': { 'm5.4xlarge': 'm5.2xlarge' } }],
  invalid: [
    { options: { restart: 'yes' }, messageId: 'schema', path: ['restart'] },
    { options: { 'type-map': { 'm5.4xlarge': 2 } }, messageId: 'schema' },
    { options: { size: 'm5.large' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'stopped instances only, without restart: type-map, then default; same type skipped',
      options: { default: 'm5.large', 'type-map': { 'm5.4xlarge': 'm5.2xlarge' } },
      resources: [
        inst('i-1', 'm5.4xlarge', 'stopped'),
        inst('i-2', 'm5.xlarge', 'stopped'),
        inst('i-3', 'm5.large', 'stopped'),
        inst('i-4', 'm5.xlarge', 'running'),
        inst('i-5', 'm5.xlarge', 'pending'),
      ],
      calls: [
        {
          operation: 'ModifyInstanceAttribute',
          input: { InstanceId: 'i-1', InstanceType: { Value: 'm5.2xlarge' } },
        },
        {
          operation: 'ModifyInstanceAttribute',
          input: { InstanceId: 'i-2', InstanceType: { Value: 'm5.large' } },
        },
        {
          operation: 'ModifyInstanceAttribute',
          input: { InstanceId: 'i-4', InstanceType: { Value: 'm5.large' } },
        },
      ],
    },
    {
      name: 'restart: stop the running ones (not instance store), wait, resize, start them again',
      options: { restart: true, default: 'm5.large' },
      resources: [
        inst('i-1', 'm5.xlarge', 'running'),
        inst('i-2', 'm5.xlarge', 'stopped'),
        inst('i-eph', 'm3.xlarge', 'running', { BlockDeviceMappings: [] }),
      ],
      calls: [
        { operation: 'StopInstances', input: { InstanceIds: ['i-1'] } },
        {
          operation: 'ModifyInstanceAttribute',
          input: { InstanceId: 'i-2' },
          waitFor: expect.objectContaining({
            operation: 'DescribeInstances',
            input: { InstanceIds: ['i-1', 'i-eph'] },
          }),
        },
        { operation: 'ModifyInstanceAttribute', input: { InstanceId: 'i-1' } },
        { operation: 'ModifyInstanceAttribute', input: { InstanceId: 'i-eph' } },
        { operation: 'StartInstances', input: { InstanceIds: ['i-1', 'i-eph'] }, independent: true },
      ],
    },
    {
      name: 'a Cost Optimization Hub Rightsize recommendation wins',
      options: { default: 'm5.large' },
      resources: [
        inst('i-1', 'm5.xlarge', 'stopped', {
          'c7n:cost_optimize': { actionType: 'Rightsize', recommendedResourceSummary: 't3.large' },
        }),
      ],
      calls: [
        {
          operation: 'ModifyInstanceAttribute',
          input: { InstanceId: 'i-1', InstanceType: { Value: 't3.large' } },
        },
      ],
    },
    {
      name: 'no target type: nothing',
      options: {},
      resources: [inst('i-1', 'm5.xlarge', 'stopped')],
      calls: [],
    },
  ],
});

it('waits until every instance is stopped', async () => {
  const calls = await resize.plan(
    [inst('i-1', 'm5.xlarge', 'running')] as never[],
    { restart: true, default: 'm5.large' },
    {
      now: 0,
      resourceType: ec2,
      policyName: 't',
      dryrun: false,
      policy: {},
    },
  );
  const ready = calls[1]?.waitFor?.ready;
  const answer = (...states: string[]) => ({
    Reservations: [{ Instances: states.map((Name) => ({ State: { Name } })) }],
  });
  expect(ready?.(answer('stopped', 'stopping'))).toBe(false);
  expect(ready?.(answer('stopped', 'stopped'))).toBe(true);
});
