/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import deleteSshKeysAction from './actions/delete-ssh-keys.js';
import removeKeysAction from './actions/remove-keys.js';
import setBoundaryAction from './actions/set-boundary.js';
import setGroupsAction from './actions/set-groups.js';
import setPolicyAction from './actions/set-policy.js';
import accessKeyFilter from './filters/access-key.js';
import checkPermissionsFilter from './filters/check-permissions.js';
import credentialFilter from './filters/credential.js';
import groupFilter from './filters/group.js';
import hasInlinePolicyFilter from './filters/has-inline-policy.js';
import loginProfileFilter from './filters/login-profile.js';
import mfaDeviceFilter from './filters/mfa-device.js';
import policyFilter from './filters/policy.js';
import serviceSpecificCredentialsFilter from './filters/service-specific-credentials.js';
import sshKeyFilter from './filters/ssh-key.js';
import usageFilter from './filters/usage.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  deleteSshKeysAction,
  removeKeysAction,
  setBoundaryAction,
  setGroupsAction,
  setPolicyAction,
  accessKeyFilter,
  checkPermissionsFilter,
  credentialFilter,
  groupFilter,
  hasInlinePolicyFilter,
  loginProfileFilter,
  mfaDeviceFilter,
  policyFilter,
  serviceSpecificCredentialsFilter,
  sshKeyFilter,
  usageFilter,
];
