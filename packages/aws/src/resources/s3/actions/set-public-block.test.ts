import { testAction } from '@c7n-ts/core/testing';
import s3 from '../resource.js';
import { replayReader } from './_replay.js';
import setPublicBlock from './set-public-block.js';

// GetPublicAccessBlock answers, in order: a configuration, none configured, AccessDenied.
const replay = replayReader('action-set-public-block');
const all = (v: boolean) => ({
  BlockPublicAcls: v,
  IgnorePublicAcls: v,
  BlockPublicPolicy: v,
  RestrictPublicBuckets: v,
});

testAction(setPublicBlock, {
  resourceType: s3,
  context: { read: replay.read },
  valid: [{}, { state: false }, { BlockPublicPolicy: true, IgnorePublicAcls: false }],
  invalid: [
    { options: { BlockPublicAcl: true }, messageId: 'schema' },
    { options: { state: 'on' }, messageId: 'schema', path: ['state'] },
  ],
  cases: [
    {
      name: "keeps the settings it was not asked to change, from the check-public-block filter's annotation",
      options: { BlockPublicPolicy: true },
      resources: [{ Name: 'annotated', 'c7n:PublicAccessBlock': all(false) }],
      calls: [
        {
          service: 's3',
          operation: 'PutPublicAccessBlock',
          input: {
            Bucket: 'annotated',
            PublicAccessBlockConfiguration: { ...all(false), BlockPublicPolicy: true },
          },
          resourceIds: ['annotated'],
          describe: 'set the public access block of annotated to block BlockPublicPolicy',
        },
      ],
    },
    {
      name: 'or read with GetPublicAccessBlock; none configured counts as all off; an unreadable one is left alone',
      options: { IgnorePublicAcls: true },
      resources: [{ Name: 'configured' }, { Name: 'unconfigured' }, { Name: 'denied' }],
      calls: [
        {
          input: {
            Bucket: 'configured',
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: true,
              IgnorePublicAcls: true,
              BlockPublicPolicy: false,
              RestrictPublicBuckets: true,
            },
          },
        },
        {
          input: {
            Bucket: 'unconfigured',
            PublicAccessBlockConfiguration: { ...all(false), IgnorePublicAcls: true },
          },
        },
      ],
    },
    {
      name: 'with no setting named, sets all four to state',
      options: { state: false },
      resources: [{ Name: 'open', 'c7n:PublicAccessBlock': all(true) }],
      calls: [
        {
          input: { Bucket: 'open', PublicAccessBlockConfiguration: all(false) },
          describe: 'set the public access block of open to block nothing',
        },
      ],
    },
  ],
});

testAction(setPublicBlock, {
  resourceType: s3,
  cases: [
    {
      name: 'leaves a bucket alone when a partial change would keep settings the filter could not read',
      options: { BlockPublicAcls: true },
      resources: [
        {
          Name: 'denied',
          'c7n:PublicAccessBlock': all(false),
          'c7n:DeniedMethods': ['GetPublicAccessBlock'],
        },
      ],
      calls: [],
    },
  ],
});
