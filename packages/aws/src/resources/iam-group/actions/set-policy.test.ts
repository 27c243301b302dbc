import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import resource from '../resource.js';
import setPolicy from './set-policy.js';

// ListAttachedGroupPolicies answers AdministratorAccess and billing.
const clients = createClients({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/groups', import.meta.url)),
});

testAction(setPolicy, {
  resourceType: resource,
  context: { read: (s, op, input) => clients.send(s, op, input, 'us-east-1') },
  valid: [
    { state: 'detached', arn: '*' },
    { state: 'attached', arn: 'mine' },
  ],
  invalid: [
    { options: { state: 'attached' }, messageId: 'schema' },
    { options: { state: 'attached', arn: '*' }, messageId: 'star-attached', path: ['arn'] },
  ],
  cases: [
    {
      name: 'attaches a policy given by name as the account one',
      options: { state: 'attached', arn: 'mine' },
      resources: [{ GroupName: 'admins' }],
      calls: [
        {
          service: 'iam',
          operation: 'AttachGroupPolicy',
          input: { GroupName: 'admins', PolicyArn: 'arn:aws:iam::123456789012:policy/mine' },
          resourceIds: ['admins'],
        },
      ],
    },
    {
      name: '"*" detaches every attached policy',
      options: { state: 'detached', arn: '*' },
      resources: [{ GroupName: 'admins' }],
      calls: [
        {
          operation: 'DetachGroupPolicy',
          input: { GroupName: 'admins', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
          okErrors: ['NoSuchEntity', 'NoSuchEntityException'],
        },
        {
          operation: 'DetachGroupPolicy',
          input: { GroupName: 'admins', PolicyArn: 'arn:aws:iam::123456789012:policy/billing' },
        },
      ],
    },
  ],
});
