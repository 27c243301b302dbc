/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import markForOpAction from './actions/mark-for-op.js';
import propagateTagsAction from './actions/propagate-tags.js';
import removeTagAction from './actions/remove-tag.js';
import renameTagAction from './actions/rename-tag.js';
import resizeAction from './actions/resize.js';
import resumeAction from './actions/resume.js';
import suspendAction from './actions/suspend.js';
import tagAction from './actions/tag.js';
import tagTrimAction from './actions/tag-trim.js';
import updateAction from './actions/update.js';
import capacityDeltaFilter from './filters/capacity-delta.js';
import imageFilter from './filters/image.js';
import imageAgeFilter from './filters/image-age.js';
import invalidFilter from './filters/invalid.js';
import launchConfigFilter from './filters/launch-config.js';
import notEncryptedFilter from './filters/not-encrypted.js';
import offhourFilter from './filters/offhour.js';
import onhourFilter from './filters/onhour.js';
import propagatedTagsFilter from './filters/propagated-tags.js';
import scalingPolicyFilter from './filters/scaling-policy.js';
import securityGroupFilter from './filters/security-group.js';
import subnetFilter from './filters/subnet.js';
import userDataFilter from './filters/user-data.js';
import validFilter from './filters/valid.js';
import vpcIdFilter from './filters/vpc-id.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  markForOpAction,
  propagateTagsAction,
  removeTagAction,
  renameTagAction,
  resizeAction,
  resumeAction,
  suspendAction,
  tagAction,
  tagTrimAction,
  updateAction,
  capacityDeltaFilter,
  imageFilter,
  imageAgeFilter,
  invalidFilter,
  launchConfigFilter,
  notEncryptedFilter,
  offhourFilter,
  onhourFilter,
  propagatedTagsFilter,
  scalingPolicyFilter,
  securityGroupFilter,
  subnetFilter,
  userDataFilter,
  validFilter,
  vpcIdFilter,
];
