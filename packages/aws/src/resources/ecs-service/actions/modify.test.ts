import { testAction } from '@c7n-ts/core/testing';
import services from '../resource.js';
import modify from './modify.js';

const arn = 'arn:aws:ecs:us-east-1:123456789012:service/prod/web';
const cluster = 'arn:aws:ecs:us-east-1:123456789012:cluster/prod';
const web = {
  serviceArn: arn,
  serviceName: 'web',
  clusterArn: cluster,
  desiredCount: 2,
  networkConfiguration: {
    awsvpcConfiguration: { subnets: ['subnet-0aa1'], securityGroups: ['sg-0bb2'], assignPublicIp: 'ENABLED' },
  },
};

testAction(modify, {
  resourceType: services,
  valid: [{ update: { desiredCount: 0 } }, { update: { networkConfiguration: { awsvpcConfiguration: {} } } }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { update: { service: 'other' } }, messageId: 'schema' },
    { options: { update: { desiredcount: 1 } }, messageId: 'schema' },
  ],
  cases: [
    {
      name: "the network update merged into the service's own awsvpcConfiguration",
      options: { update: { networkConfiguration: { awsvpcConfiguration: { assignPublicIp: 'DISABLED' } } } },
      resources: [web],
      calls: [
        {
          service: 'ecs',
          operation: 'UpdateService',
          input: {
            cluster,
            service: 'web',
            networkConfiguration: {
              awsvpcConfiguration: {
                subnets: ['subnet-0aa1'],
                securityGroups: ['sg-0bb2'],
                assignPublicIp: 'DISABLED',
              },
            },
          },
          resourceIds: [arn],
        },
      ],
    },
    {
      name: 'members already holding the value are left out; nothing left, no call',
      options: { update: { desiredCount: 2 } },
      resources: [web],
      calls: [],
    },
    {
      name: 'members that differ are sent',
      options: { update: { desiredCount: 0, taskDefinition: 'web:4' } },
      resources: [web],
      calls: [{ input: { cluster, service: 'web', desiredCount: 0, taskDefinition: 'web:4' } }],
    },
  ],
});
