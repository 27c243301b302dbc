import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.rds-snapshot',
  aliases: ['rds-snapshot'],
  id: 'DBSnapshotIdentifier',
  name: 'DBSnapshotIdentifier',
  date: 'SnapshotCreateTime',
  taggable: true,
  reportFields: ['DBSnapshotIdentifier', 'DBInstanceIdentifier', 'SnapshotType', 'SnapshotCreateTime'],
  permissions: ['rds:DescribeDBSnapshots', 'tag:GetResources'],
  extraFields: ['Tags'],
  removedFields: ['TagList'],
  doc: {
    summary:
      'RDS DB snapshots, listed with DescribeDBSnapshots. Tags come from the describe output (`TagList`, exposed as `Tags`).',
    example: [
      'name: manual-rds-snapshots',
      'resource: aws.rds-snapshot',
      'filters:',
      '  - SnapshotType: manual',
    ].join('\n'),
  },
  source: {
    service: 'rds',
    list: {
      operation: 'DescribeDBSnapshots',
      items: 'DBSnapshots',
      pagination: { inputToken: 'Marker', outputToken: 'Marker' },
    },
    tags: { kind: 'renamed', from: 'TagList' },
    arn: { field: 'DBSnapshotArn' },
    getByIds: { param: 'DBSnapshotIdentifier', kind: 'scalar' },
    configType: 'AWS::RDS::DBSnapshot',
    // c7n declares no CloudFormation type for it: config-poll-rule refuses it.
    cfnType: false,
    shape: { service: 'rds', name: 'DBSnapshot' },
  },
});
