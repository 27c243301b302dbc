import { testAction } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import start from './start.js';

const stopped = (id: string, type: string, zone: string) => ({
  InstanceId: id,
  InstanceType: type,
  Placement: { AvailabilityZone: zone },
  State: { Name: 'stopped' },
  BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: `vol-${id}` } }],
});

testAction(start, {
  resourceType: ec2,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'groups by type, then zone, in first-seen order',
      options: {},
      resources: [
        stopped('i-1', 't3.micro', 'us-east-1a'),
        stopped('i-2', 'm5.large', 'us-east-1a'),
        stopped('i-3', 't3.micro', 'us-east-1b'),
        stopped('i-4', 't3.micro', 'us-east-1a'),
      ],
      calls: [
        { operation: 'StartInstances', input: { InstanceIds: ['i-1', 'i-4'] }, batchField: 'InstanceIds' },
        { operation: 'StartInstances', input: { InstanceIds: ['i-3'] } },
        { operation: 'StartInstances', input: { InstanceIds: ['i-2'] } },
      ],
    },
    {
      name: 'batches of 10',
      options: {},
      resources: Array.from({ length: 12 }, (_, n) => stopped(`i-${n}`, 't3.micro', 'us-east-1a')),
      calls: [
        { operation: 'StartInstances', resourceIds: Array.from({ length: 10 }, (_, n) => `i-${n}`) },
        { operation: 'StartInstances', resourceIds: ['i-10', 'i-11'] },
      ],
    },
    {
      name: 'skips running instances and those without volumes',
      options: {},
      resources: [
        { ...stopped('i-1', 't3.micro', 'us-east-1a'), State: { Name: 'running' } },
        { ...stopped('i-2', 't3.micro', 'us-east-1a'), BlockDeviceMappings: [] },
      ],
      calls: [],
    },
  ],
});
