/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import deleteInlinePoliciesAction from './actions/delete-inline-policies.js';
import setPolicyAction from './actions/set-policy.js';
import checkPermissionsFilter from './filters/check-permissions.js';
import hasInlinePolicyFilter from './filters/has-inline-policy.js';
import hasSpecificManagedPolicyFilter from './filters/has-specific-managed-policy.js';
import hasUsersFilter from './filters/has-users.js';
import usageFilter from './filters/usage.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  deleteInlinePoliciesAction,
  setPolicyAction,
  checkPermissionsFilter,
  hasInlinePolicyFilter,
  hasSpecificManagedPolicyFilter,
  hasUsersFilter,
  usageFilter,
];
