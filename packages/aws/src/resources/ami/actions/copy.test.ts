import { testAction } from '@c7n-ts/core/testing';
import ami from '../resource.js';
import copy from './copy.js';

const image = { ImageId: 'ami-1', Name: 'web', Description: 'web base' };

testAction(copy, {
  resourceType: ami,
  valid: [
    {},
    { region: 'us-west-2', name: 'web-copy', description: 'd', encrypt: true, 'key-id': 'alias/k' },
  ],
  invalid: [
    { options: { encrypt: 'yes' }, messageId: 'schema', path: ['encrypt'] },
    { options: { target_region: 'us-west-2' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: "the image's own name and description, unencrypted, in the policy region",
      options: {},
      resources: [image],
      calls: [
        {
          service: 'ec2',
          operation: 'CopyImage',
          input: {
            Name: 'web',
            Description: 'web base',
            SourceRegion: 'us-east-1',
            SourceImageId: 'ami-1',
            Encrypted: false,
            KmsKeyId: '',
          },
          resourceIds: ['ami-1'],
        },
      ],
    },
    {
      name: 'encrypted into another region under another name',
      options: { region: 'us-west-2', name: 'web-dr', encrypt: true, 'key-id': 'alias/dr' },
      resources: [image],
      calls: [
        {
          operation: 'CopyImage',
          input: { Name: 'web-dr', Encrypted: true, KmsKeyId: 'alias/dr', SourceRegion: 'us-east-1' },
          region: 'us-west-2',
        },
      ],
    },
  ],
});
