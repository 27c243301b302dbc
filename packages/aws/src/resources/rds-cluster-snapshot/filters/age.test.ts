import { testFilter } from '@c7n-ts/core/testing';
import snapshots from '../resource.js';
import age from './age.js';

const now = Date.parse('2024-03-01T00:00:00Z');
const day = 86_400_000;
const resources = [
  { DBClusterSnapshotIdentifier: 'old', SnapshotCreateTime: new Date(now - 40 * day) },
  { DBClusterSnapshotIdentifier: 'week', SnapshotCreateTime: new Date(now - 7 * day) },
  { DBClusterSnapshotIdentifier: 'new', SnapshotCreateTime: '2024-02-29T18:00:00.000Z' },
  { DBClusterSnapshotIdentifier: 'no-date' },
];

testFilter(age, {
  resourceType: snapshots,
  now,
  valid: [{}, { days: 7, op: 'ge' }],
  invalid: [{ options: { days: '7' }, messageId: 'schema', path: ['days'] }],
  cases: [
    { name: 'older than 30 days', options: { days: 30 }, resources, matches: ['old'] },
    {
      name: 'op ge includes the boundary',
      options: { days: 7, op: 'ge' },
      resources,
      matches: ['old', 'week'],
    },
  ],
});
