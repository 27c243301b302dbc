import { awsResource } from '../types.js';
import { describeClusters } from './describe-clusters.js';

export default awsResource({
  type: 'aws.ecs',
  aliases: ['ecs'],
  id: 'clusterArn',
  name: 'clusterName',
  taggable: true,
  reportFields: ['clusterArn', 'clusterName', 'status', 'runningTasksCount', 'activeServicesCount'],
  permissions: ['ecs:ListClusters', 'ecs:DescribeClusters'],
  extraFields: ['Tags'],
  removedFields: ['tags'],
  doc: {
    summary:
      'ECS clusters, listed with ListClusters and described with DescribeClusters 20 a call (with their tags, settings and configuration), as Cloud Custodian does; `tags` become `Tags` `{Key, Value}` pairs.',
    example: [
      'name: clusters-without-insights',
      'resource: aws.ecs',
      'filters:',
      '  - type: value',
      "    key: settings[?(name=='containerInsights')].value",
      '    op: contains',
      '    value: disabled',
    ].join('\n'),
  },
  source: {
    service: 'ecs',
    list: {
      operation: 'ListClusters',
      items: 'clusterArns',
      itemKey: 'clusterArn',
      pagination: { inputToken: 'nextToken', outputToken: 'nextToken' },
    },
    augmentAll: describeClusters,
    tags: { kind: 'augment' },
    tagging: 'ecs',
    arn: { field: 'clusterArn' },
    configType: 'AWS::ECS::Cluster',
    metrics: { namespace: 'AWS/ECS', dimension: 'ClusterName', field: 'clusterName' },
    shape: { service: 'ecs', name: 'Cluster' },
  },
});
