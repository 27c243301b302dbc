/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import disassociateAction from './actions/disassociate.js';
import releaseAction from './actions/release.js';
import usedByFilter from './filters/used-by.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [usedByFilter, disassociateAction, releaseAction];
