import { awsResource } from '../types.js';
import { loadClusterItem } from './config-item.js';

export default awsResource({
  type: 'aws.rds-cluster',
  aliases: ['rds-cluster'],
  id: 'DBClusterIdentifier',
  name: 'DBClusterIdentifier',
  taggable: true,
  reportFields: [
    'DBClusterIdentifier',
    'Engine',
    'EngineVersion',
    'Status',
    'MultiAZ',
    'StorageEncrypted',
    'ClusterCreateTime',
  ],
  // tag:GetResources is for the tag actions (universal tagging), as Cloud Custodian lists it.
  permissions: ['rds:DescribeDBClusters', 'tag:GetResources'],
  extraFields: ['Tags'],
  removedFields: ['TagList'],
  doc: {
    summary:
      'RDS (Aurora and Multi-AZ) DB clusters, listed with DescribeDBClusters. Tags come from the describe output (`TagList`, exposed as `Tags`); no extra call is made.',
    example: [
      'name: unencrypted-clusters',
      'resource: aws.rds-cluster',
      'filters:',
      '  - StorageEncrypted: false',
    ].join('\n'),
  },
  source: {
    service: 'rds',
    list: {
      operation: 'DescribeDBClusters',
      items: 'DBClusters',
      pagination: { inputToken: 'Marker', outputToken: 'Marker' },
    },
    tags: { kind: 'renamed', from: 'TagList' },
    arn: { field: 'DBClusterArn' },
    getByIds: { param: 'DBClusterIdentifier', kind: 'scalar' },
    configType: 'AWS::RDS::DBCluster',
    configId: 'DbClusterResourceId',
    config: { load: loadClusterItem },
    metrics: { namespace: 'AWS/RDS', dimension: 'DBClusterIdentifier' },
    kmsKeyPath: 'KmsKeyId',
    networkLocation: true,
    shape: { service: 'rds', name: 'DBCluster' },
  },
});
