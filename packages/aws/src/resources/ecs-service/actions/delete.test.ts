import { testAction } from '@c7n-ts/core/testing';
import services from '../resource.js';
import deleteAction from './delete.js';

const cluster = 'arn:aws:ecs:us-east-1:123456789012:cluster/prod';
const svc = (name: string, extra: Record<string, unknown>) => ({
  serviceArn: `arn:aws:ecs:us-east-1:123456789012:service/prod/${name}`,
  serviceName: name,
  clusterArn: cluster,
  ...extra,
});

testAction(deleteAction, {
  resourceType: services,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'scaled to 0 first when the primary deployment wants tasks',
      options: {},
      resources: [svc('web', { deployments: [{ status: 'PRIMARY', desiredCount: 2 }] })],
      calls: [
        {
          service: 'ecs',
          operation: 'UpdateService',
          input: { cluster, service: 'web', desiredCount: 0 },
          okErrors: ['ServiceNotFoundException'],
        },
        { service: 'ecs', operation: 'DeleteService', input: { cluster, service: 'web' } },
      ],
    },
    {
      name: 'blue/green: the primary task set; none wanted, deleted at once',
      options: {},
      resources: [
        svc('bg', { taskSets: [{ status: 'PRIMARY', computedDesiredCount: 3 }] }),
        svc('idle', { deployments: [{ status: 'PRIMARY', desiredCount: 0 }] }),
      ],
      calls: [
        { operation: 'UpdateService', input: { service: 'bg', desiredCount: 0 } },
        { operation: 'DeleteService', input: { service: 'bg' } },
        { operation: 'DeleteService', input: { service: 'idle' } },
      ],
    },
  ],
});
