import { testAction } from '@c7n-ts/core/testing';
import account from '../resource.js';
import setShieldAdvanced from './set-shield-advanced.js';

const acct = { account_id: '123456789012', account_name: 'prod' };

testAction(setShieldAdvanced, {
  resourceType: account,
  valid: [{}, { state: false }],
  invalid: [{ options: { state: 'on' }, messageId: 'schema', path: ['state'] }],
  cases: [
    {
      name: 'subscribes by default, in us-east-1',
      options: {},
      resources: [acct],
      calls: [
        {
          service: 'shield',
          operation: 'CreateSubscription',
          input: {},
          resourceIds: ['123456789012'],
          region: 'us-east-1',
        },
      ],
    },
    {
      name: 'state false unsubscribes; no subscription to delete is not an error',
      options: { state: false },
      resources: [acct],
      calls: [{ operation: 'DeleteSubscription', input: {}, okErrors: ['ResourceNotFoundException'] }],
    },
  ],
});
