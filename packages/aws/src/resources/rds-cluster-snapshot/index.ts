/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import regionCopyAction from './actions/region-copy.js';
import setPermissionsAction from './actions/set-permissions.js';
import ageFilter from './filters/age.js';
import crossAccountFilter from './filters/cross-account.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  ageFilter,
  crossAccountFilter,
  deleteAction,
  regionCopyAction,
  setPermissionsAction,
];
