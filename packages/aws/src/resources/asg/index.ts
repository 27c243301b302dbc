/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import markForOpAction from './actions/mark-for-op.js';
import removeTagAction from './actions/remove-tag.js';
import renameTagAction from './actions/rename-tag.js';
import tagAction from './actions/tag.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  markForOpAction,
  removeTagAction,
  renameTagAction,
  tagAction,
];
