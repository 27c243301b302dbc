/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import cancelLaunchPermissionAction from './actions/cancel-launch-permission.js';
import copyAction from './actions/copy.js';
import deregisterAction from './actions/deregister.js';
import removeLaunchPermissionsAction from './actions/remove-launch-permissions.js';
import setDeprecationAction from './actions/set-deprecation.js';
import setPermissionsAction from './actions/set-permissions.js';
import crossAccountFilter from './filters/cross-account.js';
import imageAgeFilter from './filters/image-age.js';
import imageAttributeFilter from './filters/image-attribute.js';
import unusedFilter from './filters/unused.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  crossAccountFilter,
  imageAgeFilter,
  imageAttributeFilter,
  unusedFilter,
  cancelLaunchPermissionAction,
  copyAction,
  deregisterAction,
  removeLaunchPermissionsAction,
  setDeprecationAction,
  setPermissionsAction,
];
