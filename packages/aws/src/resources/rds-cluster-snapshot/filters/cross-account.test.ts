import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import snapshots from '../resource.js';
import crossAccount from './cross-account.js';

// DescribeDBClusterSnapshotAttributes answers, in call order: not shared, public, one partner.
const dir = fileURLToPath(new URL('../__fixtures__/cross-account', import.meta.url));
const account = '123456789012';
const snaps = () =>
  ['aurora-private', 'aurora-public', 'aurora-partner'].map((id) => ({ DBClusterSnapshotIdentifier: id }));
const context = async () => ({
  provider: await createAwsProvider({ regions: ['us-east-1'], accountId: account, replay: dir }),
  accountId: account,
  region: 'us-east-1',
});

testFilter(crossAccount, {
  resourceType: snapshots,
  context: await context(),
  valid: [{}, { whitelist: ['111111111111'], everyone_only: true }],
  invalid: [
    { options: { whitelist: '111111111111' }, messageId: 'schema', path: ['whitelist'] },
    { options: { everyone_only: 'yes' }, messageId: 'schema', path: ['everyone_only'] },
  ],
  cases: [
    {
      name: 'shared outside the account: public and the partner',
      options: {},
      resources: snaps(),
      matches: ['aurora-public', 'aurora-partner'],
    },
  ],
});

testFilter(crossAccount, {
  resourceType: snapshots,
  context: await context(),
  cases: [
    {
      name: 'everyone_only: the public one only',
      options: { everyone_only: true },
      resources: snaps(),
      matches: ['aurora-public'],
    },
  ],
});

testFilter(crossAccount, {
  resourceType: snapshots,
  context: await context(),
  cases: [
    {
      name: 'a whitelisted partner is allowed',
      options: { whitelist: ['222222222222'] },
      resources: snaps(),
      matches: ['aurora-public'],
    },
  ],
});
