/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import associateEncryptionConfigAction from './actions/associate-encryption-config.js';
import deleteAction from './actions/delete.js';
import updateConfigAction from './actions/update-config.js';
import addonFilter from './filters/addon.js';
import securityGroupFilter from './filters/security-group.js';
import subnetFilter from './filters/subnet.js';
import upgradeAvailableFilter from './filters/upgrade-available.js';
import vpcFilter from './filters/vpc.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  associateEncryptionConfigAction,
  deleteAction,
  updateConfigAction,
  addonFilter,
  securityGroupFilter,
  subnetFilter,
  upgradeAvailableFilter,
  vpcFilter,
];
