import { testAction } from '@c7n-ts/core/testing';
import tables from '../resource.js';
import backup from './backup.js';

const resources = [
  { TableName: 'orders', TableStatus: 'ACTIVE' },
  { TableName: 'old', TableStatus: 'DELETING' },
];

testAction(backup, {
  resourceType: tables,
  context: { now: Date.UTC(2026, 0, 9, 14, 5, 9) },
  valid: [{}, { prefix: 'nightly' }],
  invalid: [{ options: { prefix: 7 }, messageId: 'schema', path: ['prefix'] }],
  cases: [
    {
      name: 'a Backup-<table>-<minute> backup of each ACTIVE table',
      options: {},
      resources,
      calls: [
        {
          service: 'dynamodb',
          operation: 'CreateBackup',
          input: { BackupName: 'Backup-orders-2026-01-09-14-05', TableName: 'orders' },
          resourceIds: ['orders'],
        },
      ],
    },
    {
      name: 'prefix names it',
      options: { prefix: 'nightly' },
      resources,
      calls: [
        {
          operation: 'CreateBackup',
          input: { BackupName: 'nightly-orders-2026-01-09-14-05', TableName: 'orders' },
        },
      ],
    },
  ],
});
