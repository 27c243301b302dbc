import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import eks from '../resource.js';
import associate from './associate-encryption-config.js';

// Flight data: KMS DescribeKey of alias/eks answers key 1234abcd-....
const flight = fileURLToPath(new URL('../__fixtures__/kms-alias', import.meta.url));
const reader = () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
  return (service: string, operation: string, input: Record<string, unknown>) =>
    clients.send(service, operation, input, 'us-east-1');
};
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const config = (keyArn: string) => [{ provider: { keyArn }, resources: ['secrets'] }];

testAction(associate, {
  resourceType: eks,
  context: { read: reader() },
  valid: [{ encryptionConfig: config(KEY) }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { encryptionConfig: [] }, messageId: 'schema' },
    { options: { encryptionConfig: [{ resources: ['secrets'] }] }, messageId: 'schema' },
    { options: { encryptionConfig: config(KEY), key: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'an alias resolved to its key ARN; clusters not ACTIVE skipped',
      options: { encryptionConfig: config('alias/eks') },
      resources: [
        { name: 'prod', status: 'ACTIVE' },
        { name: 'new', status: 'CREATING' },
      ],
      calls: [
        {
          service: 'eks',
          operation: 'AssociateEncryptionConfig',
          input: { clusterName: 'prod', encryptionConfig: config(KEY) },
          resourceIds: ['prod'],
        },
      ],
    },
    {
      name: 'a key ARN sent as given',
      options: { encryptionConfig: config('arn:aws:kms:us-east-1:123456789012:key/other') },
      resources: [{ name: 'prod', status: 'ACTIVE' }],
      calls: [
        {
          input: {
            clusterName: 'prod',
            encryptionConfig: config('arn:aws:kms:us-east-1:123456789012:key/other'),
          },
        },
      ],
    },
  ],
});
