import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import { replayReader } from './_replay.js';
import setReplication from './set-replication.js';

// GetBucketReplication answers: two rules, then no configuration.
const replay = replayReader('action-set-replication');

testAction(setReplication, {
  resourceType: s3,
  context: { read: replay.read },
  valid: [{}, { state: 'enable' }, { state: 'disable' }, { state: 'remove' }],
  invalid: [
    { options: { state: 'enabled' }, messageId: 'schema', path: ['state'] },
    { options: { status: 'enable' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'disable sets every rule Disabled and writes the configuration back; a bucket without one is skipped',
      options: { state: 'disable' },
      resources: [{ Name: 'replicated', Location: { LocationConstraint: 'eu-west-1' } }, { Name: 'plain' }],
      calls: [
        {
          service: 's3',
          operation: 'PutBucketReplication',
          input: {
            Bucket: 'replicated',
            ReplicationConfiguration: {
              Role: 'arn:aws:iam::123456789012:role/s3-replication',
              Rules: [
                { ID: 'to-dr', Status: 'Disabled', Destination: { Bucket: 'arn:aws:s3:::acme-dr' } },
                { ID: 'logs', Status: 'Disabled' },
              ],
            },
          },
          resourceIds: ['replicated'],
          region: 'eu-west-1',
          describe: 'disable 2 replication rules of replicated',
        },
      ],
    },
    {
      name: 'enable sets every rule Enabled',
      options: { state: 'enable' },
      resources: [{ Name: 'replicated' }],
      calls: [
        {
          operation: 'PutBucketReplication',
          input: { ReplicationConfiguration: { Rules: [{ Status: 'Enabled' }, { Status: 'Enabled' }] } },
        },
      ],
    },
    {
      name: 'remove deletes the configuration without reading it',
      options: { state: 'remove' },
      resources: [{ Name: 'replicated' }],
      calls: [
        {
          operation: 'DeleteBucketReplication',
          input: { Bucket: 'replicated' },
          describe: 'remove the replication configuration of replicated',
        },
      ],
    },
    { name: 'without state nothing is done', options: {}, resources: [{ Name: 'replicated' }], calls: [] },
  ],
});
