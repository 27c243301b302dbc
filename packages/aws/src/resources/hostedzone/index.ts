/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import setQueryLoggingAction from './actions/set-query-logging.js';
import queryLoggingEnabledFilter from './filters/query-logging-enabled.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  setQueryLoggingAction,
  queryLoggingEnabledFilter,
];
