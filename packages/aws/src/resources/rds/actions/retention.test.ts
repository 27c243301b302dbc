import { testAction } from '@c7n-ts/core/testing';
import rds from '../resource.js';
import retention from './retention.js';

const db = (id: string, days: number, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceStatus: 'available',
  Engine: 'postgres',
  BackupRetentionPeriod: days,
  CopyTagsToSnapshot: true,
  ...extra,
});

testAction(retention, {
  resourceType: rds,
  valid: [{ days: 7 }, { days: 0, enforce: 'exact', 'copy-tags': false }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { days: 7, enforce: 'at-least' }, messageId: 'schema', path: ['enforce'] },
    { options: { days: 40 }, messageId: 'schema', path: ['days'] },
  ],
  cases: [
    {
      name: 'min raises shorter retentions only',
      options: { days: 7 },
      resources: [
        db('short', 1),
        db('long', 14),
        db('same', 7),
        db('member', 1, { DBClusterIdentifier: 'c1' }),
      ],
      calls: [
        {
          service: 'rds',
          operation: 'ModifyDBInstance',
          input: { DBInstanceIdentifier: 'short', BackupRetentionPeriod: 7, CopyTagsToSnapshot: true },
          resourceIds: ['short'],
          describe: 'set backup retention of short to 7 days (was 1), CopyTagsToSnapshot true',
        },
      ],
    },
    {
      name: 'max lowers longer retentions; a CopyTagsToSnapshot change alone also makes a call',
      options: { days: 7, enforce: 'max' },
      resources: [db('short', 1), db('long', 14), db('untagged', 3, { CopyTagsToSnapshot: false })],
      calls: [
        { input: { DBInstanceIdentifier: 'long', BackupRetentionPeriod: 7 } },
        { input: { DBInstanceIdentifier: 'untagged', BackupRetentionPeriod: 3, CopyTagsToSnapshot: true } },
      ],
    },
    {
      options: { days: 7, enforce: 'exact', 'copy-tags': false },
      resources: [db('short', 1), db('long', 14)],
      calls: [
        { input: { DBInstanceIdentifier: 'short', BackupRetentionPeriod: 7, CopyTagsToSnapshot: false } },
        { input: { DBInstanceIdentifier: 'long', BackupRetentionPeriod: 7, CopyTagsToSnapshot: false } },
      ],
    },
  ],
});
