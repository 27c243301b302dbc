/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import deleteListenerAction from './actions/delete-listener.js';
import modifyAttributesAction from './actions/modify-attributes.js';
import modifyListenerAction from './actions/modify-listener.js';
import modifySecurityGroupsAction from './actions/modify-security-groups.js';
import setS3LoggingAction from './actions/set-s3-logging.js';
import setWafAction from './actions/set-waf.js';
import setWafv2Action from './actions/set-wafv2.js';
import attributesFilter from './filters/attributes.js';
import defaultVpcFilter from './filters/default-vpc.js';
import healthcheckProtocolMismatchFilter from './filters/healthcheck-protocol-mismatch.js';
import isLoggingFilter from './filters/is-logging.js';
import isNotLoggingFilter from './filters/is-not-logging.js';
import listenerFilter from './filters/listener.js';
import listenerRuleFilter from './filters/listener-rule.js';
import securityGroupFilter from './filters/security-group.js';
import subnetFilter from './filters/subnet.js';
import targetGroupFilter from './filters/target-group.js';
import vpcFilter from './filters/vpc.js';
import wafEnabledFilter from './filters/waf-enabled.js';
import wafv2EnabledFilter from './filters/wafv2-enabled.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  deleteListenerAction,
  modifyAttributesAction,
  modifyListenerAction,
  modifySecurityGroupsAction,
  setS3LoggingAction,
  setWafAction,
  setWafv2Action,
  attributesFilter,
  defaultVpcFilter,
  healthcheckProtocolMismatchFilter,
  isLoggingFilter,
  isNotLoggingFilter,
  listenerFilter,
  listenerRuleFilter,
  securityGroupFilter,
  subnetFilter,
  targetGroupFilter,
  vpcFilter,
  wafEnabledFilter,
  wafv2EnabledFilter,
];
