/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import setPolicyAction from './actions/set-policy.js';
import setRoleAction from './actions/set-role.js';
import hasSpecificManagedPolicyFilter from './filters/has-specific-managed-policy.js';
import unusedFilter from './filters/unused.js';
import usedFilter from './filters/used.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  setPolicyAction,
  setRoleAction,
  hasSpecificManagedPolicyFilter,
  unusedFilter,
  usedFilter,
];
