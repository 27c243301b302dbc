/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import disableS3LoggingAction from './actions/disable-s3-logging.js';
import enableS3LoggingAction from './actions/enable-s3-logging.js';
import modifySecurityGroupsAction from './actions/modify-security-groups.js';
import setSslListenerPolicyAction from './actions/set-ssl-listener-policy.js';
import attributesFilter from './filters/attributes.js';
import defaultVpcFilter from './filters/default-vpc.js';
import healthcheckProtocolMismatchFilter from './filters/healthcheck-protocol-mismatch.js';
import instanceFilter from './filters/instance.js';
import isLoggingFilter from './filters/is-logging.js';
import isNotLoggingFilter from './filters/is-not-logging.js';
import isSslFilter from './filters/is-ssl.js';
import securityGroupFilter from './filters/security-group.js';
import sslPolicyFilter from './filters/ssl-policy.js';
import subnetFilter from './filters/subnet.js';
import vpcFilter from './filters/vpc.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  disableS3LoggingAction,
  enableS3LoggingAction,
  modifySecurityGroupsAction,
  setSslListenerPolicyAction,
  attributesFilter,
  defaultVpcFilter,
  healthcheckProtocolMismatchFilter,
  instanceFilter,
  isLoggingFilter,
  isNotLoggingFilter,
  isSslFilter,
  securityGroupFilter,
  sslPolicyFilter,
  subnetFilter,
  vpcFilter,
];
