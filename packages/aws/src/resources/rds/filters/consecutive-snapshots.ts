import { dbConsecutiveSnapshots } from './_consecutive-snapshots.js';

/** Where each instance keeps its snapshots (Cloud Custodian's key). */
export const DB_SNAPSHOTS = 'c7n:DBSnapshots';

export default dbConsecutiveSnapshots({
  resources: ['aws.rds'],
  noun: 'DB instances',
  operation: 'DescribeDBSnapshots',
  items: 'DBSnapshots',
  filterName: 'db-instance-id',
  idField: 'DBInstanceIdentifier',
  annotation: DB_SNAPSHOTS,
  permissions: ['rds:DescribeDBSnapshots', 'rds:DescribeDBInstances'],
});
