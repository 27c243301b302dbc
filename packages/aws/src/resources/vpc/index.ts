/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteEmptyAction from './actions/delete-empty.js';
import modifyAction from './actions/modify.js';
import setFlowLogAction from './actions/set-flow-log.js';
import dhcpOptionsFilter from './filters/dhcp-options.js';
import flowLogsFilter from './filters/flow-logs.js';
import internetGatewayFilter from './filters/internet-gateway.js';
import natGatewayFilter from './filters/nat-gateway.js';
import resolverQueryLoggingFilter from './filters/resolver-query-logging.js';
import securityGroupFilter from './filters/security-group.js';
import subnetFilter from './filters/subnet.js';
import vpcAttributesFilter from './filters/vpc-attributes.js';
import vpcEndpointFilter from './filters/vpc-endpoint.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteEmptyAction,
  modifyAction,
  setFlowLogAction,
  dhcpOptionsFilter,
  flowLogsFilter,
  internetGatewayFilter,
  natGatewayFilter,
  resolverQueryLoggingFilter,
  securityGroupFilter,
  subnetFilter,
  vpcAttributesFilter,
  vpcEndpointFilter,
];
