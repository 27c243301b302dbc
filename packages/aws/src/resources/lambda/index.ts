/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import modifySecurityGroupsAction from './actions/modify-security-groups.js';
import removeStatementsAction from './actions/remove-statements.js';
import setConcurrencyAction from './actions/set-concurrency.js';
import setXrayTracingAction from './actions/set-xray-tracing.js';
import trimVersionsAction from './actions/trim-versions.js';
import updateAction from './actions/update.js';
import checkPermissionsFilter from './filters/check-permissions.js';
import crossAccountFilter from './filters/cross-account.js';
import eventSourceFilter from './filters/event-source.js';
import hasSpecificManagedPolicyFilter from './filters/has-specific-managed-policy.js';
import iamRoleFilter from './filters/iam-role.js';
import iamRoleTagMirrorFilter from './filters/iam-role-tag-mirror.js';
import lambdaEdgeFilter from './filters/lambda-edge.js';
import reservedConcurrencyFilter from './filters/reserved-concurrency.js';
import securityGroupFilter from './filters/security-group.js';
import subnetFilter from './filters/subnet.js';
import urlConfigFilter from './filters/url-config.js';
import vpcFilter from './filters/vpc.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  modifySecurityGroupsAction,
  removeStatementsAction,
  setConcurrencyAction,
  setXrayTracingAction,
  trimVersionsAction,
  updateAction,
  checkPermissionsFilter,
  crossAccountFilter,
  eventSourceFilter,
  hasSpecificManagedPolicyFilter,
  iamRoleFilter,
  iamRoleTagMirrorFilter,
  lambdaEdgeFilter,
  reservedConcurrencyFilter,
  securityGroupFilter,
  subnetFilter,
  urlConfigFilter,
  vpcFilter,
];
