import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { createClients } from '../../../clients/index.js';
import resource from '../resource.js';
import setPolicy from './set-policy.js';

// ListAttachedRolePolicies answers AdministratorAccess.
const clients = createClients({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/roles', import.meta.url)),
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
      name: "attaches to the profile's role; a profile without a role is skipped",
      options: { state: 'attached', arn: 'mine' },
      resources: [
        { InstanceProfileName: 'web', Roles: [{ RoleName: 'web-role' }] },
        { InstanceProfileName: 'bare', Roles: [] },
      ],
      calls: [
        {
          service: 'iam',
          operation: 'AttachRolePolicy',
          input: { RoleName: 'web-role', PolicyArn: 'arn:aws:iam::123456789012:policy/mine' },
          resourceIds: ['web'],
        },
      ],
    },
    {
      name: '"*" detaches every policy of the role',
      options: { state: 'detached', arn: '*' },
      resources: [{ InstanceProfileName: 'web', Roles: [{ RoleName: 'web-role' }] }],
      calls: [
        {
          operation: 'DetachRolePolicy',
          input: { RoleName: 'web-role', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
          resourceIds: ['web'],
          okErrors: ['NoSuchEntity', 'NoSuchEntityException'],
        },
      ],
    },
  ],
});
