/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import setProtectionAction from './actions/set-protection.js';
import templateFilter from './filters/template.js';
import topicFilter from './filters/topic.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  setProtectionAction,
  templateFilter,
  topicFilter,
];
