/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import crossAzNatGatewayRouteFilter from './filters/cross-az-nat-gateway-route.js';
import routeFilter from './filters/route.js';
import subnetFilter from './filters/subnet.js';
import vpcFilter from './filters/vpc.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  crossAzNatGatewayRouteFilter,
  routeFilter,
  subnetFilter,
  vpcFilter,
];
