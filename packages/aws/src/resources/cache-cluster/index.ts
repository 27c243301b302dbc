/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import modifySecurityGroupsAction from './actions/modify-security-groups.js';
import snapshotAction from './actions/snapshot.js';
import securityGroupFilter from './filters/security-group.js';
import subnetFilter from './filters/subnet.js';
import upgradeAvailableFilter from './filters/upgrade-available.js';
import vpcFilter from './filters/vpc.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  securityGroupFilter,
  subnetFilter,
  upgradeAvailableFilter,
  vpcFilter,
  deleteAction,
  modifySecurityGroupsAction,
  snapshotAction,
];
