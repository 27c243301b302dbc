import type { PlannedCall } from '@c7n-ts/core';
import { describe, expect, it } from 'vitest';
import { bucketRegion, inBucketRegions } from './_bucket.js';

describe('bucket regions', () => {
  it('reads GetBucketLocation as S3 answers it', () => {
    expect(bucketRegion({ Name: 'a', Location: { LocationConstraint: 'eu-central-1' } })).toBe(
      'eu-central-1',
    );
    expect(bucketRegion({ Name: 'a', Location: {} })).toBe('us-east-1');
    expect(bucketRegion({ Name: 'a', Location: { LocationConstraint: null } })).toBe('us-east-1');
    expect(bucketRegion({ Name: 'a', Location: { LocationConstraint: 'EU' } })).toBe('eu-west-1');
    expect(bucketRegion({ Name: 'a' })).toBeUndefined();
  });

  it("sends each bucket's calls to its region and leaves the rest alone", () => {
    const call = (bucket: string, region?: string): PlannedCall => ({
      service: 's3',
      operation: 'DeleteBucket',
      input: { Bucket: bucket },
      resourceIds: [bucket],
      describe: `delete ${bucket}`,
      ...(region && { region }),
    });
    const out = inBucketRegions(
      [call('far'), call('unknown'), call('pinned', 'ap-south-1')],
      [
        { Name: 'far', Location: { LocationConstraint: 'eu-west-2' } },
        { Name: 'pinned', Location: { LocationConstraint: 'eu-west-2' } },
      ],
    );
    expect(out.map((c) => c.region)).toEqual(['eu-west-2', undefined, 'ap-south-1']);
  });
});
