/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import deleteAction from './actions/delete.js';
import putSubscriptionFilterAction from './actions/put-subscription-filter.js';
import retentionAction from './actions/retention.js';
import setEncryptionAction from './actions/set-encryption.js';
import crossAccountFilter from './filters/cross-account.js';
import lastWriteFilter from './filters/last-write.js';
import subscriptionFilterFilter from './filters/subscription-filter.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  deleteAction,
  putSubscriptionFilterAction,
  retentionAction,
  setEncryptionAction,
  crossAccountFilter,
  lastWriteFilter,
  subscriptionFilterFilter,
];
