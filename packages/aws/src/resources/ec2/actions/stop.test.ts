import { testAction } from '@c7n-ts/core/testing';
import ec2 from '../resource.js';
import stop from './stop.js';

const ebsRoot = [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-1' } }];
const running = (id: string, extra: Record<string, unknown> = {}) => ({
  InstanceId: id,
  State: { Name: 'running' },
  BlockDeviceMappings: ebsRoot,
  ...extra,
});

testAction(stop, {
  resourceType: ec2,
  valid: [{}, { hibernate: true, 'terminate-ephemeral': true, force: true }],
  invalid: [
    { options: { hibernate: 'yes' }, messageId: 'schema', path: ['hibernate'] },
    { options: { terminate: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'stops running instances in one call and skips the others',
      options: {},
      resources: [running('i-1'), running('i-2'), { ...running('i-3'), State: { Name: 'stopped' } }],
      calls: [
        {
          service: 'ec2',
          operation: 'StopInstances',
          input: { InstanceIds: ['i-1', 'i-2'] },
          resourceIds: ['i-1', 'i-2'],
          batchField: 'InstanceIds',
        },
      ],
    },
    {
      name: 'hibernates the configured ones, stops the rest',
      options: { hibernate: true },
      resources: [running('i-1', { HibernationOptions: { Configured: true } }), running('i-2')],
      calls: [
        { operation: 'StopInstances', input: { InstanceIds: ['i-1'], Hibernate: true } },
        { operation: 'StopInstances', input: { InstanceIds: ['i-2'] } },
      ],
    },
    {
      name: 'skips instance-store instances unless terminate-ephemeral',
      options: {},
      resources: [
        running('i-1', { BlockDeviceMappings: [{ DeviceName: '/dev/sda1', VirtualName: 'ephemeral0' }] }),
      ],
      calls: [],
    },
    {
      name: 'terminates instance-store instances first with terminate-ephemeral',
      options: { 'terminate-ephemeral': true },
      resources: [running('i-1'), running('i-2', { BlockDeviceMappings: [] })],
      calls: [
        { operation: 'TerminateInstances', input: { InstanceIds: ['i-2'] } },
        { operation: 'StopInstances', input: { InstanceIds: ['i-1'] } },
      ],
    },
    {
      name: 'force turns stop protection off when the stop is refused, spot instances aside',
      options: { force: true },
      resources: [running('i-1'), running('i-2', { InstanceLifecycle: 'spot' })],
      calls: [
        {
          operation: 'StopInstances',
          input: { InstanceIds: ['i-1', 'i-2'] },
          recover: {
            codes: ['OperationNotPermitted'],
            calls: [
              {
                service: 'ec2',
                operation: 'ModifyInstanceAttribute',
                input: { InstanceId: 'i-1', Attribute: 'disableApiStop', Value: 'false' },
                resourceIds: ['i-1'],
                describe: 'set disableApiStop=false on i-1',
                okErrors: ['IncorrectInstanceState'],
              },
            ],
          },
        },
      ],
    },
  ],
});
