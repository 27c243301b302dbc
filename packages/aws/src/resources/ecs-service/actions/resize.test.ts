import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import services from '../resource.js';
import resize from './resize.js';

// Flight data: DescribeScalableTargets in two pages: service/prod/other (min 1, max 2), then
// service/prod/web (min 2, max 6, scaling out already suspended). Each case's reader starts anew.
const flight = fileURLToPath(new URL('../__fixtures__/scalable-targets', import.meta.url));
const reader = () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
};
const ARN = 'arn:aws:ecs:us-east-1:123456789012:service/prod/web';
const web = (extra: Record<string, unknown> = {}) => ({
  serviceArn: ARN,
  serviceName: 'web',
  clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod',
  desiredCount: 3,
  Tags: [],
  ...extra,
});
const target = {
  ServiceNamespace: 'ecs',
  ResourceId: 'service/prod/web',
  ScalableDimension: 'ecs:service:DesiredCount',
};

testAction(resize, {
  resourceType: services,
  context: { read: reader() },
  valid: [{ desired: 'current' }, { 'restore-options-tag': 'OffHoursPrevious', 'restore-scaling': true }],
  invalid: [
    { options: { desired: -1 }, messageId: 'schema' },
    { options: { 'min-capacity': 'one' }, messageId: 'schema', path: ['min-capacity'] },
    { options: { size: 1 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'off hours: suspend what is not, desired 0 (min lowered), then the prior sizes saved',
      options: {
        'min-capacity': 0,
        desired: 0,
        'save-options-tag': 'OffHoursPrevious',
        'suspend-scaling': true,
      },
      resources: [
        web(),
        { ...web(), serviceArn: 'arn:aws:ecs:us-east-1:123456789012:service/prod/untargeted' },
      ],
      calls: [
        {
          service: 'application-autoscaling',
          operation: 'RegisterScalableTarget',
          input: {
            ...target,
            SuspendedState: { DynamicScalingInSuspended: true, ScheduledScalingSuspended: true },
          },
          resourceIds: [ARN],
        },
        {
          service: 'ecs',
          operation: 'UpdateService',
          input: {
            cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod',
            service: 'web',
            desiredCount: 0,
          },
        },
        { operation: 'RegisterScalableTarget', input: { ...target, MinCapacity: 0 } },
        {
          service: 'ecs',
          operation: 'TagResource',
          input: { resourceArn: ARN, tags: [{ key: 'OffHoursPrevious', value: 'Min=2:Max=6:Desired=3' }] },
        },
      ],
    },
    {
      name: 'on hours: sizes restored from the tag, scaling resumed',
      options: { 'restore-options-tag': 'OffHoursPrevious', 'restore-scaling': true },
      resources: [
        web({ desiredCount: 0, Tags: [{ Key: 'OffHoursPrevious', Value: 'Min=1:Max=6:Desired=3' }] }),
      ],
      calls: [
        {
          operation: 'RegisterScalableTarget',
          input: { ...target, SuspendedState: { DynamicScalingOutSuspended: false } },
        },
        { operation: 'UpdateService', input: { desiredCount: 3 } },
        { operation: 'RegisterScalableTarget', input: { ...target, MinCapacity: 1 } },
      ],
    },
    {
      name: 'nothing to change: no call, no tag',
      options: { 'max-capacity': 6, desired: 'current', 'save-options-tag': 'OffHoursPrevious' },
      resources: [web()],
      calls: [],
    },
  ],
});
