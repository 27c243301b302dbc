/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import enableVpcRoutingAction from './actions/enable-vpc-routing.js';
import modifySecurityGroupsAction from './actions/modify-security-groups.js';
import pauseAction from './actions/pause.js';
import resumeAction from './actions/resume.js';
import retentionAction from './actions/retention.js';
import setAttributesAction from './actions/set-attributes.js';
import setLoggingAction from './actions/set-logging.js';
import setPublicAccessAction from './actions/set-public-access.js';
import snapshotAction from './actions/snapshot.js';
import consecutiveAwsBackupsFilter from './filters/consecutive-aws-backups.js';
import consecutiveSnapshotsFilter from './filters/consecutive-snapshots.js';
import defaultVpcFilter from './filters/default-vpc.js';
import loggingFilter from './filters/logging.js';
import offhourFilter from './filters/offhour.js';
import onhourFilter from './filters/onhour.js';
import paramFilter from './filters/param.js';
import securityGroupFilter from './filters/security-group.js';
import subnetFilter from './filters/subnet.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  consecutiveAwsBackupsFilter,
  consecutiveSnapshotsFilter,
  defaultVpcFilter,
  loggingFilter,
  offhourFilter,
  onhourFilter,
  paramFilter,
  securityGroupFilter,
  subnetFilter,
  deleteAction,
  enableVpcRoutingAction,
  modifySecurityGroupsAction,
  pauseAction,
  resumeAction,
  retentionAction,
  setAttributesAction,
  setLoggingAction,
  setPublicAccessAction,
  snapshotAction,
];
