import { dbConsecutiveSnapshots } from '../../rds/filters/_consecutive-snapshots.js';

/** Where each cluster keeps its snapshots (Cloud Custodian's key). */
export const DB_CLUSTER_SNAPSHOTS = 'c7n:DBClusterSnapshots';

export default dbConsecutiveSnapshots({
  resources: ['aws.rds-cluster'],
  noun: 'DB clusters',
  operation: 'DescribeDBClusterSnapshots',
  items: 'DBClusterSnapshots',
  filterName: 'db-cluster-id',
  idField: 'DBClusterIdentifier',
  annotation: DB_CLUSTER_SNAPSHOTS,
  permissions: ['rds:DescribeDBClusterSnapshots', 'rds:DescribeDBClusters'],
});
