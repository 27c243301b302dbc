import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import ebsSnapshot from '../../resources/ebs-snapshot/resource.js';
import copyRelatedTag from './copy-related-tag.js';

const flight = fileURLToPath(new URL('./__fixtures__/copy-related-tag', import.meta.url));
const replay = async () => {
  const provider = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: flight,
  });
  const read = (service: string, operation: string, input: Record<string, unknown>, region?: string) =>
    provider.send(service, operation, input, region ?? 'us-east-1');
  return { provider, read };
};
const { provider, read } = await replay();

// Flight data: vol-01 tagged Owner=alice, Env=prod (and an aws: tag); vol-02 untagged;
// GetResources knows fs-1 tagged Team=storage.
const snap = (id: string, volumeId: string | undefined, tags: Record<string, string> = {}) => ({
  SnapshotId: id,
  ...(volumeId && { VolumeId: volumeId }),
  Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
});
const FS = 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-1';

testAction(copyRelatedTag, {
  resourceType: ebsSnapshot,
  registry: provider.registry,
  context: { provider, read },
  valid: [
    { resource: 'ebs', key: 'VolumeId', tags: '*' },
    { resource: 'aws.ebs', key: 'VolumeId', tags: ['Owner'], skip_missing: false },
    { resource: 'resourcegroupstaggingapi', key: 'tag:source-arn', tags: '*' },
  ],
  invalid: [
    { options: { resource: 'ebs', key: 'VolumeId' }, messageId: 'schema' },
    { options: { resource: 'ebs', key: 'VolumeId', tags: 'all' }, messageId: 'schema' },
    {
      options: { resource: 'no-such-type', key: 'VolumeId', tags: '*' },
      messageId: 'unknown-resource',
      path: ['resource'],
    },
  ],
  cases: [
    {
      name: 'all tags but aws: ones and those already equal; one call per snapshot; missing volumes skipped',
      options: { resource: 'ebs', key: 'VolumeId', tags: '*' },
      resources: [
        snap('snap-1', 'vol-01', { Owner: 'alice' }),
        snap('snap-2', 'vol-02'),
        snap('snap-3', 'vol-gone'),
        snap('snap-4', undefined),
        snap('snap-5', 'vol-01'),
      ],
      calls: [
        {
          service: 'ec2',
          operation: 'CreateTags',
          input: { Resources: ['snap-1'], Tags: [{ Key: 'Env', Value: 'prod' }] },
          resourceIds: ['snap-1'],
        },
        {
          input: {
            Resources: ['snap-5'],
            Tags: [
              { Key: 'Owner', Value: 'alice' },
              { Key: 'Env', Value: 'prod' },
            ],
          },
        },
      ],
    },
    {
      name: 'only the listed keys',
      options: { resource: 'ebs', key: 'VolumeId', tags: ['Owner', 'Missing'] },
      resources: [snap('snap-1', 'vol-01')],
      calls: [{ input: { Resources: ['snap-1'], Tags: [{ Key: 'Owner', Value: 'alice' }] } }],
    },
    {
      name: 'an ARN in a tag, through the tagging API',
      options: { resource: 'resourcegroupstaggingapi', key: 'tag:source', tags: '*' },
      resources: [snap('snap-1', undefined, { source: FS })],
      calls: [{ input: { Resources: ['snap-1'], Tags: [{ Key: 'Team', Value: 'storage' }] } }],
    },
  ],
});

describe('copy-related-tag skip_missing', () => {
  it('fails the action when a related resource is missing and skip_missing is false', async () => {
    const opts = { resource: 'ebs', key: 'VolumeId', tags: '*', skip_missing: false };
    await expect(
      copyRelatedTag.plan([snap('snap-1', 'vol-01'), snap('snap-3', 'vol-gone')], opts, {
        now: 0,
        region: 'us-east-1',
        provider,
        read,
        resourceType: ebsSnapshot,
        policyName: 't',
        policy: {},
        dryrun: false,
      }),
    ).rejects.toThrow(/1 of 2 ebs related resources not found/);
  });
});
