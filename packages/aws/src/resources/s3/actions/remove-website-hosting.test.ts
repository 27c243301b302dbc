import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import removeWebsiteHosting from './remove-website-hosting.js';

testAction(removeWebsiteHosting, {
  resourceType: s3,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: "one DeleteBucketWebsite per bucket, in the bucket's region when known",
      options: {},
      resources: [{ Name: 'site' }, { Name: 'eu-site', Location: { LocationConstraint: 'EU' } }],
      calls: [
        {
          service: 's3',
          operation: 'DeleteBucketWebsite',
          input: { Bucket: 'site' },
          resourceIds: ['site'],
          describe: 'remove the website configuration of site',
        },
        { input: { Bucket: 'eu-site' }, region: 'eu-west-1' },
      ],
    },
  ],
});
