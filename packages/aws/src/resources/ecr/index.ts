/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import setImmutabilityAction from './actions/set-immutability.js';
import setLifecycleAction from './actions/set-lifecycle.js';
import setScanningAction from './actions/set-scanning.js';
import lifecycleRuleFilter from './filters/lifecycle-rule.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  setImmutabilityAction,
  setLifecycleAction,
  setScanningAction,
  lifecycleRuleFilter,
];
