/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import detachAction from './actions/detach.js';
import modifySecurityGroupsAction from './actions/modify-security-groups.js';
import setFlowLogAction from './actions/set-flow-log.js';
import flowLogsFilter from './filters/flow-logs.js';
import securityGroupFilter from './filters/security-group.js';
import subnetFilter from './filters/subnet.js';
import vpcFilter from './filters/vpc.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  detachAction,
  modifySecurityGroupsAction,
  setFlowLogAction,
  flowLogsFilter,
  securityGroupFilter,
  subnetFilter,
  vpcFilter,
];
