import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import resource from '../resource.js';
import setPolicy from './set-policy.js';

// ListAttachedRolePolicies answers admin-policy and AmazonS3FullAccess, then none.
const clients = createClients({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/policies', import.meta.url)),
});

testAction(setPolicy, {
  resourceType: resource,
  context: { read: (s, op, input) => clients.send(s, op, input, 'us-east-1') },
  valid: [{ state: 'detached', arn: '*' }],
  invalid: [{ options: { state: 'attached', arn: '*' }, messageId: 'star-attached' }],
  cases: [
    {
      name: 'attaches by ARN',
      options: { state: 'attached', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      resources: [{ RoleName: 'app' }],
      calls: [
        {
          service: 'iam',
          operation: 'AttachRolePolicy',
          input: { RoleName: 'app', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        },
      ],
    },
    {
      name: '"*" detaches what each role has attached',
      options: { state: 'detached', arn: '*' },
      resources: [{ RoleName: 'admin' }, { RoleName: 'bare' }],
      calls: [
        {
          operation: 'DetachRolePolicy',
          input: { RoleName: 'admin', PolicyArn: 'arn:aws:iam::123456789012:policy/admin-policy' },
        },
        {
          operation: 'DetachRolePolicy',
          input: { RoleName: 'admin', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' },
        },
      ],
    },
  ],
});
