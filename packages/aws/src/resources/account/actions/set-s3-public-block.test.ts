import type { EvalContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import account from '../resource.js';
import setS3PublicBlock from './set-s3-public-block.js';

// Stands in for S3 Control's answer when the filter did not read the block first.
const read = async (_service: string, operation: string) =>
  operation === 'GetPublicAccessBlock'
    ? { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: false } }
    : {};
const fresh = { account_id: '123456789012', account_name: 'prod' };
const filtered = {
  ...fresh,
  'c7n:s3-public-block': { BlockPublicPolicy: false, RestrictPublicBuckets: true },
};

testAction(setS3PublicBlock, {
  resourceType: account,
  context: { read } as Partial<EvalContext>,
  valid: [{}, { BlockPublicPolicy: true }, { state: false }],
  invalid: [
    { options: { state: false, BlockPublicPolicy: true }, messageId: 'state-with-controls', path: ['state'] },
    { options: { BlockPublicPolicy: 'yes' }, messageId: 'schema', path: ['BlockPublicPolicy'] },
  ],
  cases: [
    {
      name: "merges with the filter's reading, in c7n's key order",
      options: { BlockPublicPolicy: true },
      resources: [filtered],
      calls: [
        {
          service: 's3-control',
          operation: 'PutPublicAccessBlock',
          input: {
            AccountId: '123456789012',
            PublicAccessBlockConfiguration: { BlockPublicPolicy: true, RestrictPublicBuckets: true },
          },
          resourceIds: ['123456789012'],
        },
      ],
    },
    {
      name: 'reads the current block when no filter did',
      options: { RestrictPublicBuckets: true },
      resources: [fresh],
      calls: [
        {
          operation: 'PutPublicAccessBlock',
          input: {
            AccountId: '123456789012',
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: true,
              IgnorePublicAcls: false,
              RestrictPublicBuckets: true,
            },
          },
        },
      ],
    },
    {
      name: 'state false removes the block',
      options: { state: false },
      resources: [fresh],
      calls: [{ operation: 'DeletePublicAccessBlock', input: { AccountId: '123456789012' } }],
    },
  ],
});
