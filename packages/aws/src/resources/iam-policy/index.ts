/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import checkPermissionsFilter from './filters/check-permissions.js';
import hasAllowAllFilter from './filters/has-allow-all.js';
import unusedFilter from './filters/unused.js';
import usageFilter from './filters/usage.js';
import usedFilter from './filters/used.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  checkPermissionsFilter,
  hasAllowAllFilter,
  unusedFilter,
  usedFilter,
  usageFilter,
];
