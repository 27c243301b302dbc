import { testAction } from '@c7n-ts/core/testing';
import rdsSnapshot from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: rdsSnapshot,
  valid: [{}],
  invalid: [{ options: { 'skip-automated': true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes manual snapshots only, in reverse order',
      options: {},
      resources: [
        { DBSnapshotIdentifier: 'manual-1', SnapshotType: 'manual' },
        { DBSnapshotIdentifier: 'rds:db-1-2026-01-01', SnapshotType: 'automated' },
        { DBSnapshotIdentifier: 'manual-2', SnapshotType: 'manual' },
      ],
      calls: [
        {
          service: 'rds',
          operation: 'DeleteDBSnapshot',
          input: { DBSnapshotIdentifier: 'manual-2' },
          resourceIds: ['manual-2'],
          describe: 'delete snapshot manual-2',
          okErrors: ['DBSnapshotNotFound'],
        },
        { input: { DBSnapshotIdentifier: 'manual-1' } },
      ],
    },
  ],
});
