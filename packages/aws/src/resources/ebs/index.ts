/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import copyInstanceTagsAction from './actions/copy-instance-tags.js';
import deleteAction from './actions/delete.js';
import detachAction from './actions/detach.js';
import encryptInstanceVolumesAction from './actions/encrypt-instance-volumes.js';
import modifyAction from './actions/modify.js';
import snapshotAction from './actions/snapshot.js';
import faultTolerantFilter from './filters/fault-tolerant.js';
import healthEventFilter from './filters/health-event.js';
import instanceFilter from './filters/instance.js';
import modifyableFilter from './filters/modifyable.js';
import snapshotsFilter from './filters/snapshots.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  faultTolerantFilter,
  healthEventFilter,
  instanceFilter,
  modifyableFilter,
  snapshotsFilter,
  copyInstanceTagsAction,
  deleteAction,
  detachAction,
  encryptInstanceVolumesAction,
  modifyAction,
  snapshotAction,
];
