import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import snapshots from '../resource.js';
import instance from './instance.js';

// Several instance ids and a scalar id filter: one DescribeDBInstances listing, kept by id (as c7n).
const dir = fileURLToPath(new URL('../__fixtures__/instance', import.meta.url));
const resources = [
  { DBSnapshotIdentifier: 'snap-open', DBInstanceIdentifier: 'db-open' },
  { DBSnapshotIdentifier: 'snap-guarded', DBInstanceIdentifier: 'db-guarded' },
  { DBSnapshotIdentifier: 'snap-orphan', DBInstanceIdentifier: 'db-gone' },
];

testFilter(instance, {
  resourceType: snapshots,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir }),
  },
  valid: [
    { key: 'DeletionProtection', value: false },
    { value: 0, value_type: 'resource_count', op: 'eq' },
  ],
  invalid: [
    { options: { key: 'DeletionProtection' }, messageId: 'missing-value' },
    { options: { key: 'Engine', value: 'postgres', instance: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'an instance attribute',
      options: { key: 'DeletionProtection', value: false },
      resources,
      matches: ['snap-open'],
    },
    {
      name: 'the instance is gone',
      options: { key: 'DBInstanceIdentifier', value: 'absent' },
      resources,
      matches: ['snap-orphan'],
    },
    {
      // c7n's orphan example (op is required, its docstring leaves it out) counts the ids the snapshot names: every snapshot names one.
      name: 'resource_count counts the named instance',
      options: { value: 1, value_type: 'resource_count', op: 'eq' },
      resources,
      matches: ['snap-open', 'snap-guarded', 'snap-orphan'],
    },
  ],
});
