/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import modifyAction from './actions/modify.js';
import modifyDefinitionAction from './actions/modify-definition.js';
import resizeAction from './actions/resize.js';
import offhourFilter from './filters/offhour.js';
import onhourFilter from './filters/onhour.js';
import securityGroupFilter from './filters/security-group.js';
import subnetFilter from './filters/subnet.js';
import taggableFilter from './filters/taggable.js';
import taskDefinitionFilter from './filters/task-definition.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  modifyDefinitionAction,
  modifyAction,
  resizeAction,
  offhourFilter,
  onhourFilter,
  securityGroupFilter,
  subnetFilter,
  taggableFilter,
  taskDefinitionFilter,
];
