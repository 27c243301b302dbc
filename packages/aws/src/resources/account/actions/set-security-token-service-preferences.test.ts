import { testAction } from '@c7n-ts/core/testing';
import account from '../resource.js';
import setStsPreferences from './set-security-token-service-preferences.js';

const acct = { account_id: '123456789012', account_name: 'prod' };

testAction(setStsPreferences, {
  resourceType: account,
  valid: [{}, { token_version: 'v1Token' }],
  invalid: [{ options: { token_version: 'v3Token' }, messageId: 'schema', path: ['token_version'] }],
  cases: [
    {
      name: 'v2Token by default',
      options: {},
      resources: [acct],
      calls: [
        {
          service: 'iam',
          operation: 'SetSecurityTokenServicePreferences',
          input: { GlobalEndpointTokenVersion: 'v2Token' },
          resourceIds: ['123456789012'],
        },
      ],
    },
    {
      name: 'the version given',
      options: { token_version: 'v1Token' },
      resources: [acct],
      calls: [{ input: { GlobalEndpointTokenVersion: 'v1Token' } }],
    },
  ],
});
