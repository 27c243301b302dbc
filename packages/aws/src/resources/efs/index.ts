/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import configureLifecyclePolicyAction from './actions/configure-lifecycle-policy.js';
import deleteAction from './actions/delete.js';
import removeStatementsAction from './actions/remove-statements.js';
import checkSecureTransportFilter from './filters/check-secure-transport.js';
import consecutiveAwsBackupsFilter from './filters/consecutive-aws-backups.js';
import crossAccountFilter from './filters/cross-account.js';
import hasStatementFilter from './filters/has-statement.js';
import lifecyclePolicyFilter from './filters/lifecycle-policy.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  configureLifecyclePolicyAction,
  deleteAction,
  removeStatementsAction,
  checkSecureTransportFilter,
  consecutiveAwsBackupsFilter,
  crossAccountFilter,
  hasStatementFilter,
  lifecyclePolicyFilter,
];
