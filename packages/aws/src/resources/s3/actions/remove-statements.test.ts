import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import removeStatements from './remove-statements.js';

const publicRead = {
  Sid: 'AllowPublicRead',
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::b1/*',
};
const denyHttp = {
  Sid: 'DenyHttp',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: 'arn:aws:s3:::b1/*',
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};
const bucket = (name: string, statements: unknown, extra: Record<string, unknown> = {}) => ({
  Name: name,
  Policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
  ...extra,
});

testAction(removeStatements, {
  resourceType: s3,
  valid: [{ statement_ids: ['A', 'B'] }, { statement_ids: 'matched' }, { statement_ids: '*' }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { statement_ids: 'all' }, messageId: 'schema', path: ['statement_ids'] },
  ],
  cases: [
    {
      name: 'removes statements by Sid and writes back the rest',
      options: { statement_ids: ['AllowPublicRead', 'Missing'] },
      resources: [
        bucket('b1', [publicRead, denyHttp]),
        bucket('b2', [denyHttp]),
        { Name: 'b3', Policy: null },
      ],
      calls: [
        {
          service: 's3',
          operation: 'PutBucketPolicy',
          input: { Bucket: 'b1', Policy: JSON.stringify({ Version: '2012-10-17', Statement: [denyHttp] }) },
          resourceIds: ['b1'],
          describe: 'remove 1 statement from the policy of b1, keeping 1',
        },
      ],
    },
    {
      name: 'deletes a policy left without statements; a single statement object counts as a list',
      options: { statement_ids: ['AllowPublicRead'] },
      resources: [bucket('b1', publicRead)],
      calls: [
        {
          operation: 'DeleteBucketPolicy',
          input: { Bucket: 'b1' },
          describe: 'remove 1 statement from the policy of b1, deleting the emptied policy',
        },
      ],
    },
    {
      name: 'matched removes what the cross-account filter matched',
      options: { statement_ids: 'matched' },
      resources: [
        bucket('b1', [publicRead, denyHttp], { CrossAccountViolations: [{ ...publicRead }] }),
        bucket('b2', [publicRead]),
      ],
      calls: [
        {
          operation: 'PutBucketPolicy',
          input: { Bucket: 'b1', Policy: JSON.stringify({ Version: '2012-10-17', Statement: [denyHttp] }) },
        },
      ],
    },
    {
      options: { statement_ids: '*' },
      resources: [bucket('b1', [publicRead, denyHttp])],
      calls: [
        {
          operation: 'DeleteBucketPolicy',
          describe: 'remove 2 statements from the policy of b1, deleting the emptied policy',
        },
      ],
    },
  ],
});
