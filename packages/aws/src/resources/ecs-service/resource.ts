import { containerConfig } from '../ecs/container-config.js';
import { awsResource } from '../types.js';
import { listServices } from './list-services.js';

export default awsResource({
  type: 'aws.ecs-service',
  aliases: ['ecs-service'],
  id: 'serviceArn',
  name: 'serviceName',
  date: 'createdAt',
  taggable: true,
  reportFields: ['serviceArn', 'serviceName', 'clusterArn', 'status', 'desiredCount', 'runningCount'],
  permissions: ['ecs:ListClusters', 'ecs:ListServices', 'ecs:DescribeServices'],
  extraFields: ['Tags'],
  removedFields: ['tags'],
  doc: {
    summary:
      'ECS services, children of clusters as in Cloud Custodian: ListClusters, ListServices per cluster, then DescribeServices per cluster 10 services a call with their tags (as `Tags` `{Key, Value}` pairs).',
    example: [
      'name: public-services',
      'resource: aws.ecs-service',
      'filters:',
      '  - networkConfiguration.awsvpcConfiguration.assignPublicIp: ENABLED',
    ].join('\n'),
  },
  source: {
    service: 'ecs',
    list: { operation: 'ListServices', items: 'serviceArns', itemKey: 'serviceArn' },
    listHook: listServices,
    tags: { kind: 'augment' },
    tagging: 'ecs',
    arn: { field: 'serviceArn' },
    configType: 'AWS::ECS::Service',
    costHub: { resourceType: 'EcsService', actionType: 'Rightsize' },
    // As c7n's ServiceMetrics: per cluster (the name in the cluster ARN) and service.
    metrics: {
      namespace: 'AWS/ECS',
      dimension: 'ServiceName',
      field: 'serviceName',
      leadingDimensions: [{ name: 'ClusterName', field: 'clusterArn', afterLast: '/' }],
    },
    // As c7n: Config's keys lowered; `role` and `cluster` are describe's `roleArn` and `clusterArn`.
    config: containerConfig({ role: 'roleArn', cluster: 'clusterArn' }),
    networkLocation: true,
    shape: { service: 'ecs', name: 'Service' },
  },
});
