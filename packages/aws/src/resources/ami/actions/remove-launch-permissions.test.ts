import { testAction } from '@c7n-ts/core/testing';
import ami from '../resource.js';
import removeLaunchPermissions from './remove-launch-permissions.js';

const org = 'arn:aws:organizations::111111111111:organization/o-abcdefghij';
const shared = { ImageId: 'ami-1', 'c7n:CrossAccountViolations': ['222222222222', org, 'all'] };

testAction(removeLaunchPermissions, {
  resourceType: ami,
  valid: [{}, { accounts: 'matched' }, { accounts: '222222222222' }],
  invalid: [
    { options: { accounts: ['222222222222'] }, messageId: 'schema', path: ['accounts'] },
    { options: { accounts: 'all' }, messageId: 'schema', path: ['accounts'] },
    { options: { remove: 'matched' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'no accounts resets the launch permission',
      options: {},
      resources: [shared],
      calls: [
        {
          service: 'ec2',
          operation: 'ResetImageAttribute',
          input: { ImageId: 'ami-1', Attribute: 'launchPermission' },
          resourceIds: ['ami-1'],
        },
      ],
    },
    {
      name: 'matched removes public sharing and accounts, not organizations; nothing for unmatched images',
      options: { accounts: 'matched' },
      resources: [shared, { ImageId: 'ami-2' }],
      calls: [
        {
          operation: 'ModifyImageAttribute',
          input: {
            ImageId: 'ami-1',
            LaunchPermission: { Remove: [{ Group: 'all' }, { UserId: '222222222222' }] },
            OperationType: 'remove',
          },
          resourceIds: ['ami-1'],
        },
      ],
    },
    {
      name: 'one account id is one account',
      options: { accounts: '333333333333' },
      resources: [{ ImageId: 'ami-3' }],
      calls: [
        {
          operation: 'ModifyImageAttribute',
          input: {
            ImageId: 'ami-3',
            LaunchPermission: { Remove: [{ UserId: '333333333333' }] },
            OperationType: 'remove',
          },
        },
      ],
    },
  ],
});
