import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.cache-cluster',
  aliases: ['cache-cluster'],
  id: 'CacheClusterId',
  name: 'CacheClusterId',
  date: 'CacheClusterCreateTime',
  taggable: true,
  reportFields: [
    'CacheClusterId',
    'Engine',
    'EngineVersion',
    'CacheNodeType',
    'CacheClusterStatus',
    'CacheClusterCreateTime',
  ],
  permissions: ['elasticache:DescribeCacheClusters', 'elasticache:ListTagsForResource', 'tag:GetResources'],
  extraFields: ['Tags'],
  doc: {
    summary:
      'ElastiCache clusters, listed with DescribeCacheClusters. Tags come from the Resource Groups Tagging API (GetResources by ARN, 100 a call). `query: [{Name: ShowCacheNodeInfo, Value: true}]` lists the cache nodes too.',
    example: ['name: redis-clusters', 'resource: aws.cache-cluster', 'filters:', '  - Engine: redis'].join(
      '\n',
    ),
  },
  // Cloud Custodian's ElastiCache query parser: one value per key; `{Name, Value}` entries too.
  query: {
    kind: 'parser',
    label: 'ElastiCache',
    params: { ShowCacheNodeInfo: 'boolean', ShowCacheClustersNotInReplicationGroups: 'boolean' },
    multi: false,
    shorthand: 'name-value',
  },
  source: {
    service: 'elasticache',
    list: {
      operation: 'DescribeCacheClusters',
      items: 'CacheClusters',
      pagination: { inputToken: 'Marker', outputToken: 'Marker' },
    },
    tags: { kind: 'tagging-api', resourceTypeFilter: 'elasticache:cluster' },
    // Built as Cloud Custodian builds it (it does not read the describe output's `ARN`).
    arn: { service: 'elasticache', resourceType: 'cluster', separator: ':', idField: 'CacheClusterId' },
    getByIds: { param: 'CacheClusterId', kind: 'scalar' },
    cfnType: 'AWS::ElastiCache::CacheCluster',
    metrics: { namespace: 'AWS/ElastiCache', dimension: 'CacheClusterId' },
    health: { service: 'ELASTICACHE' },
    networkLocation: true,
    shape: { service: 'elasticache', name: 'CacheCluster' },
  },
});
