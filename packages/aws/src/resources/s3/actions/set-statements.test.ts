import type { Resource } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import setStatements from './set-statements.js';

const deny = {
  Sid: 'DenyHttp',
  Effect: 'Deny',
  Action: 's3:GetObject',
  Principal: { AWS: '*' },
  Resource: 'arn:aws:s3:::{bucket_name}/*',
  Condition: { Bool: { 'aws:SecureTransport': false } },
};
const denyOn = (bucket: string) => ({ ...deny, Resource: `arn:aws:s3:::${bucket}/*` });
const read = {
  Sid: 'Read',
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::b/*',
};
const cross = {
  Sid: 'Cross',
  Effect: 'Allow',
  Principal: { AWS: '444455556666' },
  Action: 's3:*',
  Resource: '*',
};
const policy = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement });

testAction(setStatements, {
  resourceType: s3,
  valid: [{ remove: '*' }, { remove: ['Read'], statements: [deny] }, { remove: 'matched' }],
  invalid: [
    { options: { remove: 'all' }, messageId: 'schema', path: ['remove'] },
    { options: { statements: [{ Sid: 'x', Effect: 'Allow', Action: 's3:*' }] }, messageId: 'schema' },
    { options: { statements: [{ ...deny, Effect: 'Maybe' }] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'adds a statement with the bucket name filled in, and creates a policy where there is none',
      options: { statements: [deny] },
      resources: [{ Name: 'b', Policy: policy(read) }, { Name: 'empty' }] as Resource[],
      calls: [
        {
          service: 's3',
          operation: 'PutBucketPolicy',
          input: { Bucket: 'b', Policy: policy(read, denyOn('b')) },
          resourceIds: ['b'],
          describe: 'add DenyHttp to the policy of b',
        },
        { input: { Bucket: 'empty', Policy: JSON.stringify({ Statement: [denyOn('empty')] }) } },
      ],
    },
    {
      name: 'leaves a policy that already has the statement alone',
      options: { statements: [deny] },
      resources: [{ Name: 'b', Policy: policy(read, denyOn('b')) }] as Resource[],
      calls: [],
    },
    {
      name: 'removes by Sid and adds in one write',
      options: { remove: ['Read', 'Missing'], statements: [deny] },
      resources: [{ Name: 'b', Policy: policy(read, cross) }] as Resource[],
      calls: [
        {
          input: { Bucket: 'b', Policy: policy(cross, denyOn('b')) },
          describe: 'remove 1 statement and add DenyHttp to the policy of b',
        },
      ],
    },
    {
      name: 'deletes a policy emptied with nothing added; removes what cross-account matched',
      options: { remove: 'matched' },
      resources: [
        { Name: 'only', Policy: policy(cross), CrossAccountViolations: [cross] },
        { Name: 'two', Policy: policy(read, cross), CrossAccountViolations: [cross] },
        { Name: 'clean', Policy: policy(read) },
      ] as Resource[],
      calls: [
        {
          operation: 'DeleteBucketPolicy',
          input: { Bucket: 'only' },
          describe: 'remove 1 statement from the policy of only, deleting the emptied policy',
        },
        { operation: 'PutBucketPolicy', input: { Bucket: 'two', Policy: policy(read) } },
      ],
    },
  ],
});
