/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import removeStatementsAction from './actions/remove-statements.js';
import scheduleDeletionAction from './actions/schedule-deletion.js';
import setRotationAction from './actions/set-rotation.js';
import crossAccountFilter from './filters/cross-account.js';
import keyRotationStatusFilter from './filters/key-rotation-status.js';
import lastRotationFilter from './filters/last-rotation.js';
import lastUsageFilter from './filters/last-usage.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  removeStatementsAction,
  scheduleDeletionAction,
  setRotationAction,
  crossAccountFilter,
  keyRotationStatusFilter,
  lastRotationFilter,
  lastUsageFilter,
];
