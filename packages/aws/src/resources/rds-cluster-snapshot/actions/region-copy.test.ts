import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import snapshots from '../resource.js';
import regionCopy from './region-copy.js';

const automated = {
  DBClusterSnapshotIdentifier: 'rds:aurora-1-2026-01-01-09-14',
  DBClusterSnapshotArn: 'arn:aws:rds:us-east-1:123456789012:cluster-snapshot:rds:aurora-1-2026-01-01-09-14',
  Tags: [{ Key: 'App', Value: 'web' }],
};

testAction(regionCopy, {
  resourceType: snapshots,
  valid: [
    { target_region: 'us-east-2' },
    {
      target_region: 'us-east-2',
      target_key: 'alias/dr',
      copy_tags: false,
      tags: { OriginRegion: 'us-east-1' },
    },
  ],
  invalid: [
    { options: { target_key: 'alias/dr' }, messageId: 'schema' },
    { options: { target_region: 'us-east-2', copy_tags: 'yes' }, messageId: 'schema', path: ['copy_tags'] },
    { options: { target_region: 'us-east-2', tags: ['a'] }, messageId: 'schema', path: ['tags'] },
  ],
  cases: [
    {
      name: 'copies into the target region, the id made legal',
      options: { target_region: 'us-east-2', target_key: 'alias/dr' },
      resources: [automated],
      calls: [
        {
          service: 'rds',
          operation: 'CopyDBClusterSnapshot',
          input: {
            KmsKeyId: 'alias/dr',
            TargetDBClusterSnapshotIdentifier: 'rds-aurora-1-2026-01-01-09-14',
            SourceRegion: 'us-east-1',
            SourceDBClusterSnapshotIdentifier: automated.DBClusterSnapshotArn,
            CopyTags: true,
          },
          resourceIds: [automated.DBClusterSnapshotIdentifier],
          okErrors: ['DBClusterSnapshotAlreadyExists'],
          retry: { codes: ['SnapshotQuotaExceeded'], attempts: 30, delayMs: 120_000 },
          region: 'us-east-2',
        },
      ],
    },
    {
      name: 'given tags come first, then the snapshot tags (copy_tags default)',
      options: { target_region: 'us-east-2', tags: { OriginRegion: 'us-east-1' } },
      resources: [automated],
      calls: [
        {
          input: {
            CopyTags: true,
            Tags: [
              { Key: 'OriginRegion', Value: 'us-east-1' },
              { Key: 'App', Value: 'web' },
            ],
          },
        },
      ],
    },
    {
      name: 'copy_tags false: only the given tags, no CopyTags',
      options: { target_region: 'us-east-2', copy_tags: false, tags: { OriginRegion: 'us-east-1' } },
      resources: [automated],
      calls: [{ input: { Tags: [{ Key: 'OriginRegion', Value: 'us-east-1' }] } }],
    },
    {
      name: 'nothing when the target is the source region',
      options: { target_region: 'us-east-1' },
      resources: [automated],
      calls: [],
    },
  ],
});

describe('region-copy and the policy around it', () => {
  const check = (policy: Record<string, unknown>) =>
    (
      regionCopy.check?.(
        { target_region: 'us-east-2' },
        {
          resourceType: snapshots,
          policyName: 'p',
          registry: { filter: () => undefined, action: () => undefined, resource: () => undefined },
          policy,
        },
      ) ?? []
    ).map((p) => p.messageId);
  it('refuses any mode, as Cloud Custodian does', () => {
    expect(check({ name: 'p', resource: 'rds-cluster-snapshot', mode: { type: 'pull' } })).toEqual([
      'mode-not-allowed',
    ]);
  });
  it('accepts a policy without a mode', () => {
    expect(check({ name: 'p', resource: 'rds-cluster-snapshot' })).toEqual([]);
  });
});
