import { testAction } from '@c7n-ts/core/testing';
import snapshots from '../resource.js';
import copy from './copy.js';

const tagged = { SnapshotId: 'snap-1', Description: 'nightly', Tags: [{ Key: 'App', Value: 'web' }] };

testAction(copy, {
  resourceType: snapshots,
  valid: [
    { target_region: 'us-west-2', target_key: 'alias/backup' },
    { target_region: 'us-west-2', encrypted: false },
  ],
  invalid: [
    { options: { target_region: 'us-west-2' }, messageId: 'missing-key' },
    { options: { encrypted: false }, messageId: 'missing-region' },
    { options: { target_region: 'us-west-2', encrypted: 'no' }, messageId: 'schema', path: ['encrypted'] },
  ],
  cases: [
    {
      name: 'encrypted by default, tags carried over, made in the target region',
      options: { target_region: 'us-west-2', target_key: 'alias/backup' },
      resources: [tagged],
      calls: [
        {
          service: 'ec2',
          operation: 'CopySnapshot',
          input: {
            SourceRegion: 'us-east-1',
            SourceSnapshotId: 'snap-1',
            Description: 'nightly',
            Encrypted: true,
            KmsKeyId: 'alias/backup',
            TagSpecifications: [{ ResourceType: 'snapshot', Tags: [{ Key: 'App', Value: 'web' }] }],
          },
          resourceIds: ['snap-1'],
          region: 'us-west-2',
        },
      ],
    },
    {
      name: 'unencrypted: no key; no tags, no tag specification',
      options: { target_region: 'us-east-1', encrypted: false },
      resources: [{ SnapshotId: 'snap-2', Description: '', Tags: [] }],
      calls: [
        {
          operation: 'CopySnapshot',
          input: { SourceRegion: 'us-east-1', SourceSnapshotId: 'snap-2', Description: '', Encrypted: false },
        },
      ],
    },
  ],
});
