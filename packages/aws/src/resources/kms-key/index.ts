/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import setRotationAction from './actions/set-rotation.js';
import crossAccountFilter from './filters/cross-account.js';
import keyRotationStatusFilter from './filters/key-rotation-status.js';
import lastRotationFilter from './filters/last-rotation.js';
import lastUsageFilter from './filters/last-usage.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  setRotationAction,
  crossAccountFilter,
  keyRotationStatusFilter,
  lastRotationFilter,
  lastUsageFilter,
];
