/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import aliasTargetMissingFilter from './filters/alias-target-missing.js';
import ipNotHeldFilter from './filters/ip-not-held.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [deleteAction, aliasTargetMissingFilter, ipNotHeldFilter];
