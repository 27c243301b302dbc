import { awsResource } from '../types.js';
import { loadClusterSnapshotItem } from './config-item.js';

export default awsResource({
  type: 'aws.rds-cluster-snapshot',
  aliases: ['rds-cluster-snapshot'],
  id: 'DBClusterSnapshotIdentifier',
  name: 'DBClusterSnapshotIdentifier',
  date: 'SnapshotCreateTime',
  taggable: true,
  reportFields: ['DBClusterSnapshotIdentifier', 'DBClusterIdentifier', 'SnapshotType', 'SnapshotCreateTime'],
  permissions: ['rds:DescribeDBClusterSnapshots', 'tag:GetResources'],
  extraFields: ['Tags'],
  removedFields: ['TagList'],
  doc: {
    summary:
      'RDS DB cluster snapshots, listed with DescribeDBClusterSnapshots. Tags come from the describe output (`TagList`, exposed as `Tags`).',
    example: [
      'name: manual-cluster-snapshots',
      'resource: aws.rds-cluster-snapshot',
      'filters:',
      '  - SnapshotType: manual',
    ].join('\n'),
  },
  source: {
    service: 'rds',
    list: {
      operation: 'DescribeDBClusterSnapshots',
      items: 'DBClusterSnapshots',
      pagination: { inputToken: 'Marker', outputToken: 'Marker' },
    },
    tags: { kind: 'renamed', from: 'TagList' },
    arn: { field: 'DBClusterSnapshotArn' },
    getByIds: { param: 'DBClusterSnapshotIdentifier', kind: 'scalar' },
    configType: 'AWS::RDS::DBClusterSnapshot',
    // c7n declares no CloudFormation type for it.
    cfnType: false,
    config: { load: loadClusterSnapshotItem },
    shape: { service: 'rds', name: 'DBClusterSnapshot' },
  },
});
