import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import setBoundary from './set-boundary.js';

testAction(setBoundary, {
  resourceType: resource,
  valid: [{ policy: 'arn:aws:iam::123456789012:policy/b' }, { state: 'absent' }],
  invalid: [
    { options: {}, messageId: 'policy-required' },
    { options: { state: 'gone', policy: 'b' }, messageId: 'schema', path: ['state'] },
  ],
  cases: [
    {
      name: 'sets the boundary, a name being the account policy',
      options: { policy: 'boundary' },
      resources: [{ RoleName: 'a' }],
      calls: [
        {
          service: 'iam',
          operation: 'PutRolePermissionsBoundary',
          input: { RoleName: 'a', PermissionsBoundary: 'arn:aws:iam::123456789012:policy/boundary' },
          resourceIds: ['a'],
          okErrors: ['NoSuchEntity', 'NoSuchEntityException'],
        },
      ],
    },
    {
      name: 'state: absent removes it',
      options: { state: 'absent' },
      resources: [{ RoleName: 'a' }, { RoleName: 'b' }],
      calls: [
        { operation: 'DeleteRolePermissionsBoundary', input: { RoleName: 'a' } },
        { operation: 'DeleteRolePermissionsBoundary', input: { RoleName: 'b' } },
      ],
    },
  ],
});
