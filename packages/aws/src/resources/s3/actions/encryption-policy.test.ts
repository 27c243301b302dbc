import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import encryptionPolicy, { encryptionStatement } from './encryption-policy.js';

const other = {
  Sid: 'ReadOnly',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:root' },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::a/*',
};

testAction(encryptionPolicy, {
  resourceType: s3,
  valid: [{}],
  invalid: [{ options: { sid: 'x' }, messageId: 'schema' }],
  cases: [
    {
      name: 'creates a policy for a bucket without one, adds the statement beside others, and replaces an outdated one',
      options: {},
      resources: [
        { Name: 'none', Policy: null, Location: { LocationConstraint: 'eu-west-1' } },
        { Name: 'a', Policy: JSON.stringify({ Version: '2012-10-17', Statement: [other] }) },
        {
          Name: 'old',
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ ...encryptionStatement('old'), Action: 's3:*' }],
          }),
        },
        {
          Name: 'done',
          Policy: JSON.stringify({ Version: '2012-10-17', Statement: [encryptionStatement('done')] }),
        },
      ],
      calls: [
        {
          service: 's3',
          operation: 'PutBucketPolicy',
          input: {
            Bucket: 'none',
            Policy: JSON.stringify({ Version: '2012-10-17', Statement: [encryptionStatement('none')] }),
          },
          resourceIds: ['none'],
          region: 'eu-west-1',
          okErrors: ['NoSuchBucket'],
          describe: 'create the policy of none with the encryption statement RequiredEncryptedPutObject',
        },
        {
          input: {
            Bucket: 'a',
            Policy: JSON.stringify({ Version: '2012-10-17', Statement: [other, encryptionStatement('a')] }),
          },
          describe: 'add the encryption statement RequiredEncryptedPutObject to the policy of a',
        },
        {
          input: {
            Bucket: 'old',
            Policy: JSON.stringify({ Version: '2012-10-17', Statement: [encryptionStatement('old')] }),
          },
          describe: 'update the encryption statement RequiredEncryptedPutObject in the policy of old',
        },
      ],
    },
    {
      name: 'a policy that is not JSON is left alone',
      options: {},
      resources: [{ Name: 'broken', Policy: '{not json' }],
      calls: [],
    },
  ],
});
