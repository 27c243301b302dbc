/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import pauseAction from './actions/pause.js';
import resumeAction from './actions/resume.js';
import retentionAction from './actions/retention.js';
import setAttributesAction from './actions/set-attributes.js';
import setLoggingAction from './actions/set-logging.js';
import setPublicAccessAction from './actions/set-public-access.js';
import snapshotAction from './actions/snapshot.js';
import defaultVpcFilter from './filters/default-vpc.js';
import loggingFilter from './filters/logging.js';
import paramFilter from './filters/param.js';
import securityGroupFilter from './filters/security-group.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  defaultVpcFilter,
  loggingFilter,
  paramFilter,
  securityGroupFilter,
  deleteAction,
  pauseAction,
  resumeAction,
  retentionAction,
  setAttributesAction,
  setLoggingAction,
  setPublicAccessAction,
  snapshotAction,
];
