/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import autoPatchAction from './actions/auto-patch.js';
import deleteAction from './actions/delete.js';
import modifyDbAction from './actions/modify-db.js';
import modifySecurityGroupsAction from './actions/modify-security-groups.js';
import resizeAction from './actions/resize.js';
import retentionAction from './actions/retention.js';
import setPublicAccessAction from './actions/set-public-access.js';
import setSnapshotCopyTagsAction from './actions/set-snapshot-copy-tags.js';
import snapshotAction from './actions/snapshot.js';
import startAction from './actions/start.js';
import stopAction from './actions/stop.js';
import upgradeAction from './actions/upgrade.js';
import consecutiveAwsBackupsFilter from './filters/consecutive-aws-backups.js';
import consecutiveSnapshotsFilter from './filters/consecutive-snapshots.js';
import dbOptionGroupsFilter from './filters/db-option-groups.js';
import dbParameterFilter from './filters/db-parameter.js';
import defaultVpcFilter from './filters/default-vpc.js';
import engineFilter from './filters/engine.js';
import offhourFilter from './filters/offhour.js';
import onhourFilter from './filters/onhour.js';
import pendingMaintenanceFilter from './filters/pending-maintenance.js';
import recommendationsFilter from './filters/recommendations.js';
import securityGroupFilter from './filters/security-group.js';
import subnetFilter from './filters/subnet.js';
import upgradeAvailableFilter from './filters/upgrade-available.js';
import vpcFilter from './filters/vpc.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  consecutiveAwsBackupsFilter,
  consecutiveSnapshotsFilter,
  dbOptionGroupsFilter,
  dbParameterFilter,
  defaultVpcFilter,
  engineFilter,
  offhourFilter,
  onhourFilter,
  pendingMaintenanceFilter,
  recommendationsFilter,
  securityGroupFilter,
  subnetFilter,
  upgradeAvailableFilter,
  vpcFilter,
  autoPatchAction,
  deleteAction,
  modifyDbAction,
  modifySecurityGroupsAction,
  resizeAction,
  retentionAction,
  setPublicAccessAction,
  setSnapshotCopyTagsAction,
  snapshotAction,
  startAction,
  stopAction,
  upgradeAction,
];
