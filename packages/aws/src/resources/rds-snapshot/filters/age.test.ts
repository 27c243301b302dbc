import { testFilter } from '@c7n-ts/core/testing';
import snapshots from '../resource.js';
import age from './age.js';

const now = Date.parse('2024-03-01T00:00:00Z');
const day = 86_400_000;
const resources = [
  { DBSnapshotIdentifier: 'snap-old', SnapshotCreateTime: new Date(now - 40 * day) },
  { DBSnapshotIdentifier: 'snap-week', SnapshotCreateTime: new Date(now - 7 * day) },
  { DBSnapshotIdentifier: 'snap-new', SnapshotCreateTime: '2024-02-29T18:00:00.000Z' },
  { DBSnapshotIdentifier: 'snap-no-date' },
];

testFilter(age, {
  resourceType: snapshots,
  now,
  valid: [{}, { days: 7, op: 'ge' }, { days: 0.5 }],
  invalid: [
    { options: { days: '7' }, messageId: 'schema', path: ['days'] },
    { options: { op: 'older' }, messageId: 'schema', path: ['op'] },
    // c7n's snapshot age takes days only.
    { options: { hours: 2 }, messageId: 'schema' },
  ],
  cases: [
    { name: 'older than 30 days', options: { days: 30 }, resources, matches: ['snap-old'] },
    {
      name: 'op ge includes the boundary',
      options: { days: 7, op: 'ge' },
      resources,
      matches: ['snap-old', 'snap-week'],
    },
    { name: 'op lt: younger than', options: { days: 1, op: 'lt' }, resources, matches: ['snap-new'] },
    {
      name: 'no days: anything created before now',
      options: {},
      resources,
      matches: ['snap-old', 'snap-week', 'snap-new'],
    },
  ],
});
