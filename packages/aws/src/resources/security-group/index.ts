/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import patchAction from './actions/patch.js';
import removePermissionsAction from './actions/remove-permissions.js';
import setPermissionsAction from './actions/set-permissions.js';
import defaultVpcFilter from './filters/default-vpc.js';
import diffFilter from './filters/diff.js';
import egressFilter from './filters/egress.js';
import ingressFilter from './filters/ingress.js';
import staleFilter from './filters/stale.js';
import unusedFilter from './filters/unused.js';
import usedFilter from './filters/used.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  defaultVpcFilter,
  diffFilter,
  egressFilter,
  ingressFilter,
  staleFilter,
  unusedFilter,
  usedFilter,
  deleteAction,
  patchAction,
  removePermissionsAction,
  setPermissionsAction,
];
