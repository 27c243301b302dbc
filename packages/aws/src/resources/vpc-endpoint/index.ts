/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import crossAccountFilter from './filters/cross-account.js';
import hasStatementFilter from './filters/has-statement.js';
import securityGroupFilter from './filters/security-group.js';
import serviceDetailsFilter from './filters/service-details.js';
import subnetFilter from './filters/subnet.js';
import vpcFilter from './filters/vpc.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  crossAccountFilter,
  hasStatementFilter,
  securityGroupFilter,
  serviceDetailsFilter,
  subnetFilter,
  vpcFilter,
];
