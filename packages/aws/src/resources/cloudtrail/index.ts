/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import setLoggingAction from './actions/set-logging.js';
import updateTrailAction from './actions/update-trail.js';
import eventSelectorsFilter from './filters/event-selectors.js';
import isShadowFilter from './filters/is-shadow.js';
import statusFilter from './filters/status.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  eventSelectorsFilter,
  isShadowFilter,
  setLoggingAction,
  statusFilter,
  updateTrailAction,
];
