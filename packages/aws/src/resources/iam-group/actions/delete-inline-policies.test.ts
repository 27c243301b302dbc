import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import resource from '../resource.js';
import deleteInlinePolicies from './delete-inline-policies.js';

// ListGroupPolicies answers inline-a and inline-b.
const clients = createClients({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/groups', import.meta.url)),
});

testAction(deleteInlinePolicies, {
  resourceType: resource,
  context: { read: (s, op, input) => clients.send(s, op, input, 'us-east-1') },
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'lists the inline policies and deletes each, gone counting as done',
      options: {},
      resources: [{ GroupName: 'admins' }],
      calls: [
        {
          service: 'iam',
          operation: 'DeleteGroupPolicy',
          input: { GroupName: 'admins', PolicyName: 'inline-a' },
          resourceIds: ['admins'],
          okErrors: ['NoSuchEntity', 'NoSuchEntityException'],
        },
        { operation: 'DeleteGroupPolicy', input: { GroupName: 'admins', PolicyName: 'inline-b' } },
      ],
    },
    {
      name: 'names has-inline-policy read are not asked again',
      options: {},
      resources: [{ GroupName: 'ops', 'c7n:InlinePolicies': ['only'] }],
      calls: [{ operation: 'DeleteGroupPolicy', input: { GroupName: 'ops', PolicyName: 'only' } }],
    },
  ],
});
