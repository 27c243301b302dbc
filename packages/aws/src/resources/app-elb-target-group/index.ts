/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import modifyAttributesAction from './actions/modify-attributes.js';
import attributesFilter from './filters/attributes.js';
import defaultVpcFilter from './filters/default-vpc.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  modifyAttributesAction,
  attributesFilter,
  defaultVpcFilter,
];
