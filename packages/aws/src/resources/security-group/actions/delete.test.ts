import { testAction } from '@c7n-ts/core/testing';
import sg from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: sg,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      options: {},
      resources: [
        { GroupId: 'sg-1', GroupName: 'web' },
        { GroupId: 'sg-2', GroupName: 'db' },
      ],
      calls: [
        {
          service: 'ec2',
          operation: 'DeleteSecurityGroup',
          input: { GroupId: 'sg-1' },
          resourceIds: ['sg-1'],
          describe: 'delete sg-1 (web)',
        },
        { operation: 'DeleteSecurityGroup', input: { GroupId: 'sg-2' } },
      ],
    },
  ],
});
