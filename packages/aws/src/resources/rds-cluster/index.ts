/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import modifyDbClusterAction from './actions/modify-db-cluster.js';
import retentionAction from './actions/retention.js';
import snapshotAction from './actions/snapshot.js';
import startAction from './actions/start.js';
import stopAction from './actions/stop.js';
import securityGroupFilter from './filters/security-group.js';
import subnetFilter from './filters/subnet.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  securityGroupFilter,
  subnetFilter,
  deleteAction,
  modifyDbClusterAction,
  retentionAction,
  snapshotAction,
  startAction,
  stopAction,
];
