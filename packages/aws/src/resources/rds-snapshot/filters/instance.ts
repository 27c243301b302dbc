import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'instance',
  resources: ['aws.rds-snapshot'],
  relatedType: 'aws.rds',
  idsExpression: 'DBInstanceIdentifier',
  // c7n's SnapshotInstance records nothing and lists every instance from five ids on.
  fetchThreshold: 5,
  reads: ['DBInstanceIdentifier'],
  permissions: ['rds:DescribeDBInstances'],
  doc: {
    summary:
      'Snapshots by the DB instance they were taken from: value filter options apply to the instance. `value: absent` (or `value_type: resource_count`, `op: eq`, `value: 0`) matches snapshots whose instance is gone.',
    example: '- type: instance\n  key: DeletionProtection\n  value: false',
  },
});
