import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import snapshots from '../resource.js';
import volume from './volume.js';

// DescribeVolumes by id: InvalidVolume.NotFound for vol-gone, then vol-kept (gp3) alone.
const dir = fileURLToPath(new URL('../__fixtures__/volume', import.meta.url));
const resources = [
  { SnapshotId: 'snap-kept', VolumeId: 'vol-kept' },
  { SnapshotId: 'snap-orphan', VolumeId: 'vol-gone' },
];

testFilter(volume, {
  resourceType: snapshots,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir }),
  },
  valid: [
    { key: 'VolumeId', value: 'absent' },
    { key: 'VolumeType', value: 'gp2' },
  ],
  invalid: [
    { options: { key: 'VolumeType' }, messageId: 'missing-value' },
    { options: { key: 'VolumeType', value: 'gp2', volume: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'the volume is gone',
      options: { key: 'VolumeId', value: 'absent' },
      resources,
      matches: ['snap-orphan'],
    },
    {
      name: 'a volume attribute',
      options: { key: 'VolumeType', value: 'gp3' },
      resources,
      matches: ['snap-kept'],
    },
  ],
});
