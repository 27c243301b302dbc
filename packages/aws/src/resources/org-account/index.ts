/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import setPolicyAction from './actions/set-policy.js';
import cfnStackFilter from './filters/cfn-stack.js';
import orgUnitFilter from './filters/org-unit.js';
import ouFilter from './filters/ou.js';
import policyFilter from './filters/policy.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  cfnStackFilter,
  orgUnitFilter,
  ouFilter,
  policyFilter,
  setPolicyAction,
];
