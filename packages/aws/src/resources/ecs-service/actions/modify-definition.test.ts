import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import services from '../resource.js';
import modify from './modify-definition.js';

// Flight data: DescribeTaskDefinition answers web:3 (two containers, tagged team=web), then
// worker:7 (one container).
const flight = fileURLToPath(new URL('../__fixtures__/task-definition', import.meta.url));
const reader = () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
};
const svc = (name: string, def: string, controller = 'ECS', extra: Record<string, unknown> = {}) => ({
  serviceArn: `arn:aws:ecs:us-east-1:123456789012:service/prod/${name}`,
  serviceName: name,
  clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod',
  taskDefinition: `arn:aws:ecs:us-east-1:123456789012:task-definition/${def}`,
  deploymentController: { type: controller },
  ...extra,
});

testAction(modify, {
  resourceType: services,
  context: { read: reader() },
  valid: [{ properties: { cpu: '512' } }],
  invalid: [
    { options: { properties: 'cpu' }, messageId: 'schema' },
    { options: { cpu: '512' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'properties over the definition, describe-only members dropped, tags as {key, value}; then UpdateService',
      options: { properties: { cpu: '512', memory: '1024' } },
      resources: [svc('web', 'web:3'), svc('blue-green', 'web:3', 'CODE_DEPLOY')],
      calls: [
        {
          service: 'ecs',
          operation: 'RegisterTaskDefinition',
          input: {
            family: 'web',
            networkMode: 'awsvpc',
            cpu: '512',
            memory: '1024',
            tags: [{ key: 'team', value: 'web' }],
          },
          resourceIds: ['arn:aws:ecs:us-east-1:123456789012:service/prod/web'],
        },
        { operation: 'UpdateService', input: { cluster: 'prod', service: 'web' } },
      ],
    },
    {
      name: 'the Rightsize recommendation for a one-container definition; two containers are left alone',
      options: {},
      resources: [
        svc('web', 'web:3', 'ECS', {
          'c7n:cost_optimize': { actionType: 'Rightsize', recommendedResourceSummary: '0.25 vCPU/512 MB' },
        }),
        svc('worker', 'worker:7', 'ECS', {
          'c7n:cost_optimize': { actionType: 'Rightsize', recommendedResourceSummary: '256 vCPU/512 MB' },
        }),
      ],
      calls: [
        {
          operation: 'RegisterTaskDefinition',
          input: {
            family: 'worker',
            cpu: '256',
            memory: '512',
            containerDefinitions: [
              { name: 'worker', image: 'python:3.12-slim', essential: true, cpu: 256, memory: 512 },
            ],
          },
        },
        { operation: 'UpdateService', input: { cluster: 'prod', service: 'worker' } },
      ],
    },
  ],
});
