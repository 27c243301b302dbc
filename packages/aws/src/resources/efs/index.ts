/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import configureLifecyclePolicyAction from './actions/configure-lifecycle-policy.js';
import hasStatementFilter from './filters/has-statement.js';
import lifecyclePolicyFilter from './filters/lifecycle-policy.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  configureLifecyclePolicyAction,
  hasStatementFilter,
  lifecyclePolicyFilter,
];
