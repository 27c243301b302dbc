/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import enableAuditlogAction from './actions/enable-auditlog.js';
import modifySecurityGroupsAction from './actions/modify-security-groups.js';
import removeMatchedSourceIpsAction from './actions/remove-matched-source-ips.js';
import removeStatementsAction from './actions/remove-statements.js';
import updateDomainConfigAction from './actions/update-domain-config.js';
import updateTlsConfigAction from './actions/update-tls-config.js';
import crossAccountFilter from './filters/cross-account.js';
import crossClusterFilter from './filters/cross-cluster.js';
import hasStatementFilter from './filters/has-statement.js';
import securityGroupFilter from './filters/security-group.js';
import sourceIpFilter from './filters/source-ip.js';
import subnetFilter from './filters/subnet.js';
import upgradeAvailableFilter from './filters/upgrade-available.js';
import vpcFilter from './filters/vpc.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  crossAccountFilter,
  crossClusterFilter,
  deleteAction,
  enableAuditlogAction,
  hasStatementFilter,
  modifySecurityGroupsAction,
  removeMatchedSourceIpsAction,
  removeStatementsAction,
  securityGroupFilter,
  sourceIpFilter,
  subnetFilter,
  updateDomainConfigAction,
  updateTlsConfigAction,
  upgradeAvailableFilter,
  vpcFilter,
];
