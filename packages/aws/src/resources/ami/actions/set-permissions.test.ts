import { testAction } from '@c7n-ts/core/testing';
import ami from '../resource.js';
import setPermissions from './set-permissions.js';

const org = 'arn:aws:organizations::111111111111:organization/o-abcdefghij';
const ou = 'arn:aws:organizations::111111111111:ou/o-abcdefghij/ou-ab12-cdefghij';
const shared = { ImageId: 'ami-1', 'c7n:CrossAccountViolations': [ou, '222222222222', 'all'] };

testAction(setPermissions, {
  resourceType: ami,
  valid: [{}, { remove: 'matched' }, { remove: ['all', org], add: ['222222222222'] }],
  invalid: [
    { options: { remove: 'everyone' }, messageId: 'schema', path: ['remove'] },
    { options: { add: '222222222222' }, messageId: 'schema', path: ['add'] },
    { options: { accounts: 'matched' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'neither add nor remove resets the launch permission',
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
      name: 'matched removes public, accounts, then units the filter found',
      options: { remove: 'matched' },
      resources: [shared, { ImageId: 'ami-2' }],
      calls: [
        {
          operation: 'ModifyImageAttribute',
          input: {
            ImageId: 'ami-1',
            LaunchPermission: {
              Remove: [{ Group: 'all' }, { UserId: '222222222222' }, { OrganizationalUnitArn: ou }],
            },
            OperationType: 'remove',
          },
          resourceIds: ['ami-1'],
        },
      ],
    },
    {
      name: 'remove then add; values of no known shape are skipped',
      options: { remove: ['all'], add: [org, 'arn:aws:organizations:111111111111:ou/o-abc/ou-bad'] },
      resources: [{ ImageId: 'ami-1' }],
      calls: [
        {
          operation: 'ModifyImageAttribute',
          input: {
            ImageId: 'ami-1',
            LaunchPermission: { Remove: [{ Group: 'all' }] },
            OperationType: 'remove',
          },
        },
        {
          operation: 'ModifyImageAttribute',
          input: {
            ImageId: 'ami-1',
            LaunchPermission: { Add: [{ OrganizationArn: org }] },
            OperationType: 'add',
          },
        },
      ],
    },
  ],
});
