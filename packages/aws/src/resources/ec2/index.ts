/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import autorecoverAlarmAction from './actions/autorecover-alarm.js';
import modifySecurityGroupsAction from './actions/modify-security-groups.js';
import propagateSpotTagsAction from './actions/propagate-spot-tags.js';
import rebootAction from './actions/reboot.js';
import resizeAction from './actions/resize.js';
import sendCommandAction from './actions/send-command.js';
import setInstanceProfileAction from './actions/set-instance-profile.js';
import setMetadataAccessAction from './actions/set-metadata-access.js';
import setMonitoringAction from './actions/set-monitoring.js';
import snapshotAction from './actions/snapshot.js';
import startAction from './actions/start.js';
import stopAction from './actions/stop.js';
import terminateAction from './actions/terminate.js';
import checkPermissionsFilter from './filters/check-permissions.js';
import computeOptimizerFilter from './filters/compute-optimizer.js';
import defaultVpcFilter from './filters/default-vpc.js';
import ebsFilter from './filters/ebs.js';
import ephemeralFilter from './filters/ephemeral.js';
import hasSpecificManagedPolicyFilter from './filters/has-specific-managed-policy.js';
import iamRoleFilter from './filters/iam-role.js';
import iamRoleTagMirrorFilter from './filters/iam-role-tag-mirror.js';
import imageFilter from './filters/image.js';
import imageAgeFilter from './filters/image-age.js';
import imageMetadataFilter from './filters/image-metadata.js';
import instanceAgeFilter from './filters/instance-age.js';
import instanceAttributeFilter from './filters/instance-attribute.js';
import instanceUptimeFilter from './filters/instance-uptime.js';
import offhourFilter from './filters/offhour.js';
import onhourFilter from './filters/onhour.js';
import securityGroupFilter from './filters/security-group.js';
import singletonFilter from './filters/singleton.js';
import ssmFilter from './filters/ssm.js';
import ssmComplianceFilter from './filters/ssm-compliance.js';
import ssmInventoryFilter from './filters/ssm-inventory.js';
import stateAgeFilter from './filters/state-age.js';
import stopProtectedFilter from './filters/stop-protected.js';
import subnetFilter from './filters/subnet.js';
import terminationProtectedFilter from './filters/termination-protected.js';
import userDataFilter from './filters/user-data.js';
import vpcFilter from './filters/vpc.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  computeOptimizerFilter,
  checkPermissionsFilter,
  defaultVpcFilter,
  ebsFilter,
  ephemeralFilter,
  hasSpecificManagedPolicyFilter,
  iamRoleFilter,
  iamRoleTagMirrorFilter,
  imageFilter,
  imageAgeFilter,
  imageMetadataFilter,
  instanceAgeFilter,
  instanceAttributeFilter,
  instanceUptimeFilter,
  offhourFilter,
  onhourFilter,
  securityGroupFilter,
  singletonFilter,
  ssmFilter,
  ssmComplianceFilter,
  ssmInventoryFilter,
  stateAgeFilter,
  stopProtectedFilter,
  subnetFilter,
  terminationProtectedFilter,
  userDataFilter,
  vpcFilter,
  autorecoverAlarmAction,
  modifySecurityGroupsAction,
  propagateSpotTagsAction,
  rebootAction,
  resizeAction,
  sendCommandAction,
  setMetadataAccessAction,
  setInstanceProfileAction,
  setMonitoringAction,
  snapshotAction,
  startAction,
  stopAction,
  terminateAction,
];
