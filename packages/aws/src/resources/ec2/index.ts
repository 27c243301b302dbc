/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import setMetadataAccessAction from './actions/set-metadata-access.js';
import snapshotAction from './actions/snapshot.js';
import startAction from './actions/start.js';
import stopAction from './actions/stop.js';
import terminateAction from './actions/terminate.js';
import defaultVpcFilter from './filters/default-vpc.js';
import ebsFilter from './filters/ebs.js';
import imageFilter from './filters/image.js';
import instanceAgeFilter from './filters/instance-age.js';
import securityGroupFilter from './filters/security-group.js';
import stateAgeFilter from './filters/state-age.js';
import subnetFilter from './filters/subnet.js';
import vpcFilter from './filters/vpc.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  defaultVpcFilter,
  ebsFilter,
  imageFilter,
  instanceAgeFilter,
  securityGroupFilter,
  stateAgeFilter,
  subnetFilter,
  vpcFilter,
  setMetadataAccessAction,
  snapshotAction,
  startAction,
  stopAction,
  terminateAction,
];
