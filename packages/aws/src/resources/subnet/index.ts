/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import setFlowLogAction from './actions/set-flow-log.js';
import flowLogsFilter from './filters/flow-logs.js';
import vpcFilter from './filters/vpc.js';
import vpcEndpointFilter from './filters/vpc-endpoint.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  setFlowLogAction,
  flowLogsFilter,
  vpcFilter,
  vpcEndpointFilter,
];
