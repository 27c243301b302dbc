import type { Resource } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import setIntelligentTiering from './set-intelligent-tiering.js';

const config = { Id: 'archive', Status: 'Enabled', Tierings: [{ Days: 90, AccessTier: 'ARCHIVE_ACCESS' }] };

testAction(setIntelligentTiering, {
  resourceType: s3,
  valid: [
    { Id: 'archive', IntelligentTieringConfiguration: config },
    { Id: 'matched', State: 'delete' },
  ],
  invalid: [
    { options: { Id: 'archive' }, messageId: 'schema' },
    { options: { Id: 'archive', State: 'remove' }, messageId: 'schema', path: ['State'] },
    { options: { Id: 'a', State: 'delete', IntelligentTieringConfiguration: config }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'puts the configuration, except on buckets whose configurations could not be listed',
      options: { Id: 'archive', IntelligentTieringConfiguration: config },
      resources: [
        { Name: 'b1' },
        { Name: 'denied', 'c7n:DeniedMethods': ['list_bucket_intelligent_tiering_configurations'] },
      ] as Resource[],
      calls: [
        {
          service: 's3',
          operation: 'PutBucketIntelligentTieringConfiguration',
          input: { Bucket: 'b1', Id: 'archive', IntelligentTieringConfiguration: config },
          resourceIds: ['b1'],
          describe: 'put the intelligent-tiering configuration archive on b1',
        },
      ],
    },
    {
      name: 'deletes by Id (a missing one is no failure)',
      options: { Id: 'archive', State: 'delete' },
      resources: [{ Name: 'b1' }] as Resource[],
      calls: [
        {
          operation: 'DeleteBucketIntelligentTieringConfiguration',
          input: { Bucket: 'b1', Id: 'archive' },
          okErrors: ['AccessDenied', 'NoSuchConfiguration'],
        },
      ],
    },
    {
      name: 'Id: matched deletes each configuration the intelligent-tiering filter matched',
      options: { Id: 'matched', State: 'delete' },
      resources: [
        { Name: 'b1', 'c7n:ListItemMatches': [config, { ...config, Id: 'deep' }] },
        { Name: 'b2' },
      ] as Resource[],
      calls: [{ input: { Bucket: 'b1', Id: 'archive' } }, { input: { Bucket: 'b1', Id: 'deep' } }],
    },
  ],
});
