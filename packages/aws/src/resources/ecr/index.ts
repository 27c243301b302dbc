/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import modifyEcrPolicyAction from './actions/modify-ecr-policy.js';
import removeStatementsAction from './actions/remove-statements.js';
import setImmutabilityAction from './actions/set-immutability.js';
import setLifecycleAction from './actions/set-lifecycle.js';
import setScanningAction from './actions/set-scanning.js';
import crossAccountFilter from './filters/cross-account.js';
import lifecycleRuleFilter from './filters/lifecycle-rule.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  modifyEcrPolicyAction,
  removeStatementsAction,
  setImmutabilityAction,
  setLifecycleAction,
  setScanningAction,
  crossAccountFilter,
  lifecycleRuleFilter,
];
