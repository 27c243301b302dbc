import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import setRole from './set-role.js';

const resources = [
  { InstanceProfileName: 'none', Roles: [] },
  { InstanceProfileName: 'same', Roles: [{ RoleName: 'app' }] },
  { InstanceProfileName: 'other', Roles: [{ RoleName: 'old' }] },
];

testAction(setRole, {
  resourceType: resource,
  valid: [{ role: 'app' }, {}],
  invalid: [{ options: { role: 1 }, messageId: 'schema', path: ['role'] }],
  cases: [
    {
      name: 'adds to a profile without a role, replaces another role, leaves the same one',
      options: { role: 'app' },
      resources,
      calls: [
        {
          service: 'iam',
          operation: 'AddRoleToInstanceProfile',
          input: { InstanceProfileName: 'none', RoleName: 'app' },
          resourceIds: ['none'],
        },
        {
          operation: 'RemoveRoleFromInstanceProfile',
          input: { InstanceProfileName: 'other', RoleName: 'old' },
        },
        { operation: 'AddRoleToInstanceProfile', input: { InstanceProfileName: 'other', RoleName: 'app' } },
      ],
    },
    {
      name: 'an empty role removes the current one',
      options: { role: '' },
      resources,
      calls: [
        {
          operation: 'RemoveRoleFromInstanceProfile',
          input: { InstanceProfileName: 'same', RoleName: 'app' },
        },
        {
          operation: 'RemoveRoleFromInstanceProfile',
          input: { InstanceProfileName: 'other', RoleName: 'old' },
        },
      ],
    },
  ],
});
