/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deregisterAction from './actions/deregister.js';
import setPermissionsAction from './actions/set-permissions.js';
import crossAccountFilter from './filters/cross-account.js';
import imageAgeFilter from './filters/image-age.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  crossAccountFilter,
  imageAgeFilter,
  deregisterAction,
  setPermissionsAction,
];
