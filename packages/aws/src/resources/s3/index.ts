/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import attachEncryptAction from './actions/attach-encrypt.js';
import configureLifecycleAction from './actions/configure-lifecycle.js';
import deleteAction from './actions/delete.js';
import deleteBucketNotificationAction from './actions/delete-bucket-notification.js';
import deleteGlobalGrantsAction from './actions/delete-global-grants.js';
import encryptKeysAction from './actions/encrypt-keys.js';
import encryptionPolicyAction from './actions/encryption-policy.js';
import noOpAction from './actions/no-op.js';
import removeStatementsAction from './actions/remove-statements.js';
import removeWebsiteHostingAction from './actions/remove-website-hosting.js';
import setBucketEncryptionAction from './actions/set-bucket-encryption.js';
import setIntelligentTieringAction from './actions/set-intelligent-tiering.js';
import setInventoryAction from './actions/set-inventory.js';
import setPublicBlockAction from './actions/set-public-block.js';
import setReplicationAction from './actions/set-replication.js';
import setStatementsAction from './actions/set-statements.js';
import toggleLoggingAction from './actions/toggle-logging.js';
import toggleVersioningAction from './actions/toggle-versioning.js';
import bucketEncryptionFilter from './filters/bucket-encryption.js';
import bucketLoggingFilter from './filters/bucket-logging.js';
import bucketNotificationFilter from './filters/bucket-notification.js';
import bucketReplicationFilter from './filters/bucket-replication.js';
import checkPublicBlockFilter from './filters/check-public-block.js';
import crossAccountFilter from './filters/cross-account.js';
import dataEventsFilter from './filters/data-events.js';
import globalGrantsFilter from './filters/global-grants.js';
import hasStatementFilter from './filters/has-statement.js';
import intelligentTieringFilter from './filters/intelligent-tiering.js';
import inventoryFilter from './filters/inventory.js';
import isLogTargetFilter from './filters/is-log-target.js';
import lockConfigurationFilter from './filters/lock-configuration.js';
import missingPolicyStatementFilter from './filters/missing-policy-statement.js';
import noEncryptionStatementFilter from './filters/no-encryption-statement.js';
import ownershipFilter from './filters/ownership.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  bucketEncryptionFilter,
  bucketLoggingFilter,
  bucketNotificationFilter,
  bucketReplicationFilter,
  checkPublicBlockFilter,
  crossAccountFilter,
  dataEventsFilter,
  globalGrantsFilter,
  hasStatementFilter,
  intelligentTieringFilter,
  inventoryFilter,
  isLogTargetFilter,
  lockConfigurationFilter,
  missingPolicyStatementFilter,
  noEncryptionStatementFilter,
  ownershipFilter,
  attachEncryptAction,
  configureLifecycleAction,
  deleteAction,
  deleteBucketNotificationAction,
  deleteGlobalGrantsAction,
  encryptKeysAction,
  encryptionPolicyAction,
  noOpAction,
  removeStatementsAction,
  removeWebsiteHostingAction,
  setBucketEncryptionAction,
  setIntelligentTieringAction,
  setInventoryAction,
  setPublicBlockAction,
  setReplicationAction,
  setStatementsAction,
  toggleLoggingAction,
  toggleVersioningAction,
];
