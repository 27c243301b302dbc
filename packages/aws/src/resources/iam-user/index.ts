/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import setBoundaryAction from './actions/set-boundary.js';
import setGroupsAction from './actions/set-groups.js';
import setPolicyAction from './actions/set-policy.js';
import hasInlinePolicyFilter from './filters/has-inline-policy.js';
import loginProfileFilter from './filters/login-profile.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  setBoundaryAction,
  setGroupsAction,
  setPolicyAction,
  hasInlinePolicyFilter,
  loginProfileFilter,
];
