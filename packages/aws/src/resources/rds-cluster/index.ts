/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import modifyDbClusterAction from './actions/modify-db-cluster.js';
import retentionAction from './actions/retention.js';
import snapshotAction from './actions/snapshot.js';
import startAction from './actions/start.js';
import stopAction from './actions/stop.js';
import consecutiveAwsBackupsFilter from './filters/consecutive-aws-backups.js';
import consecutiveSnapshotsFilter from './filters/consecutive-snapshots.js';
import dbClusterParameterFilter from './filters/db-cluster-parameter.js';
import offhourFilter from './filters/offhour.js';
import onhourFilter from './filters/onhour.js';
import securityGroupFilter from './filters/security-group.js';
import subnetFilter from './filters/subnet.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  consecutiveAwsBackupsFilter,
  consecutiveSnapshotsFilter,
  dbClusterParameterFilter,
  offhourFilter,
  onhourFilter,
  securityGroupFilter,
  subnetFilter,
  deleteAction,
  modifyDbClusterAction,
  retentionAction,
  snapshotAction,
  startAction,
  stopAction,
];
