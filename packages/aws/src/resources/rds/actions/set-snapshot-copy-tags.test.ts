import { testAction } from '@c7n-ts/core/testing';
import rds from '../resource.js';
import setSnapshotCopyTags from './set-snapshot-copy-tags.js';

const dbs = [
  { DBInstanceIdentifier: 'db-off', CopyTagsToSnapshot: false },
  { DBInstanceIdentifier: 'db-on', CopyTagsToSnapshot: true },
];

testAction(setSnapshotCopyTags, {
  resourceType: rds,
  valid: [{}, { enable: false }],
  invalid: [
    { options: { enable: 'yes' }, messageId: 'schema', path: ['enable'] },
    { options: { copy: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'turns copying on where it is off',
      options: {},
      resources: dbs,
      calls: [
        {
          service: 'rds',
          operation: 'ModifyDBInstance',
          input: { DBInstanceIdentifier: 'db-off', CopyTagsToSnapshot: true },
          resourceIds: ['db-off'],
          describe: 'set CopyTagsToSnapshot=true on db-off',
        },
      ],
    },
    {
      name: 'enable: false turns it off where it is on',
      options: { enable: false },
      resources: dbs,
      calls: [{ input: { DBInstanceIdentifier: 'db-on', CopyTagsToSnapshot: false } }],
    },
  ],
});
