import { testAction } from '@c7n-ts/core/testing';
import groups from '../resource.js';
import retention from './retention.js';

testAction(retention, {
  resourceType: groups,
  valid: [{ days: 14 }],
  invalid: [{ options: { days: 'two weeks' }, messageId: 'schema', path: ['days'] }],
  cases: [
    {
      name: 'sets the retention of each group',
      options: { days: 14 },
      resources: [{ logGroupName: '/aws/lambda/a' }, { logGroupName: 'b' }],
      calls: [
        {
          service: 'logs',
          operation: 'PutRetentionPolicy',
          input: { logGroupName: '/aws/lambda/a', retentionInDays: 14 },
          resourceIds: ['/aws/lambda/a'],
        },
        { operation: 'PutRetentionPolicy', input: { logGroupName: 'b', retentionInDays: 14 } },
      ],
    },
  ],
});
