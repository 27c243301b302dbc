/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import modifyAction from './actions/modify.js';
import setFlowLogAction from './actions/set-flow-log.js';
import flowLogsFilter from './filters/flow-logs.js';
import ipAddressUsageFilter from './filters/ip-address-usage.js';
import vpcFilter from './filters/vpc.js';
import vpcEndpointFilter from './filters/vpc-endpoint.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  modifyAction,
  setFlowLogAction,
  flowLogsFilter,
  ipAddressUsageFilter,
  vpcFilter,
  vpcEndpointFilter,
];
