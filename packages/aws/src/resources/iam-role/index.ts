/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import setBoundaryAction from './actions/set-boundary.js';
import setPolicyAction from './actions/set-policy.js';
import checkPermissionsFilter from './filters/check-permissions.js';
import crossAccountFilter from './filters/cross-account.js';
import hasInlinePolicyFilter from './filters/has-inline-policy.js';
import hasSpecificManagedPolicyFilter from './filters/has-specific-managed-policy.js';
import noSpecificManagedPolicyFilter from './filters/no-specific-managed-policy.js';
import unusedFilter from './filters/unused.js';
import usageFilter from './filters/usage.js';
import usedFilter from './filters/used.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  setBoundaryAction,
  setPolicyAction,
  checkPermissionsFilter,
  crossAccountFilter,
  hasInlinePolicyFilter,
  hasSpecificManagedPolicyFilter,
  noSpecificManagedPolicyFilter,
  unusedFilter,
  usageFilter,
  usedFilter,
];
