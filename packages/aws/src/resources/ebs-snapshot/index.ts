/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import copyAction from './actions/copy.js';
import deleteAction from './actions/delete.js';
import setPermissionsAction from './actions/set-permissions.js';
import ageFilter from './filters/age.js';
import crossAccountFilter from './filters/cross-account.js';
import skipAmiSnapshotsFilter from './filters/skip-ami-snapshots.js';
import unusedFilter from './filters/unused.js';
import volumeFilter from './filters/volume.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  ageFilter,
  crossAccountFilter,
  skipAmiSnapshotsFilter,
  unusedFilter,
  volumeFilter,
  copyAction,
  deleteAction,
  setPermissionsAction,
];
