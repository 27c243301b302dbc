/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import setLoggingAction from './actions/set-logging.js';
import isShadowFilter from './filters/is-shadow.js';
import statusFilter from './filters/status.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [setLoggingAction, isShadowFilter, statusFilter];
