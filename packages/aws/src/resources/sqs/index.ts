/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import modifyPolicyAction from './actions/modify-policy.js';
import removeStatementsAction from './actions/remove-statements.js';
import setEncryptionAction from './actions/set-encryption.js';
import setRetentionPeriodAction from './actions/set-retention-period.js';
import crossAccountFilter from './filters/cross-account.js';
import deadLetterFilter from './filters/dead-letter.js';
import hasStatementFilter from './filters/has-statement.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  modifyPolicyAction,
  removeStatementsAction,
  setEncryptionAction,
  setRetentionPeriodAction,
  crossAccountFilter,
  deadLetterFilter,
  hasStatementFilter,
];
