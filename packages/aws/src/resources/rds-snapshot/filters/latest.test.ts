import { testFilter } from '@c7n-ts/core/testing';
import snapshots from '../resource.js';
import latest from './latest.js';

const snap = (id: string, db: string, day: number, type = 'automated') => ({
  DBSnapshotIdentifier: id,
  DBInstanceIdentifier: db,
  SnapshotType: type,
  SnapshotCreateTime: new Date(Date.UTC(2026, 0, day)),
});

const resources = [
  snap('a-1', 'db-a', 1),
  snap('a-3', 'db-a', 3),
  snap('a-2-manual', 'db-a', 2, 'manual'),
  snap('b-5-manual', 'db-b', 5, 'manual'),
  snap('b-4', 'db-b', 4),
];

testFilter(latest, {
  resourceType: snapshots,
  valid: [{}, { automatic: false }],
  invalid: [
    { options: { automatic: 'no' }, messageId: 'schema', path: ['automatic'] },
    { options: { count: 2 }, messageId: 'schema' },
  ],
  cases: [
    { name: 'the newest of each instance', options: {}, resources, matches: ['a-3', 'b-5-manual'] },
    {
      name: 'automatic: false looks at manual snapshots only',
      options: { automatic: false },
      resources,
      matches: ['a-2-manual', 'b-5-manual'],
    },
    {
      // Cloud Custodian's itertools.groupby: an instance listed in two runs has two newest.
      name: 'groups are runs of the listing order',
      options: {},
      resources: [snap('a-1', 'db-a', 1), snap('b-4', 'db-b', 4), snap('a-3', 'db-a', 3)],
      matches: ['a-1', 'b-4', 'a-3'],
    },
    {
      name: 'of equal times, the one listed last',
      options: {},
      resources: [snap('a-x', 'db-a', 7), snap('a-y', 'db-a', 7)],
      matches: ['a-y'],
    },
  ],
});
