import type { EvalContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import account from '../resource.js';
import setPasswordPolicy from './set-password-policy.js';

// Stands in for IAM's answer when the filter did not read the policy first.
const read = async () => ({
  PasswordPolicy: { MinimumPasswordLength: 8, RequireNumbers: true, ExpirePasswords: false },
});
const fresh = { account_id: '123456789012', account_name: 'prod' };
const filtered = {
  ...fresh,
  'c7n:password_policy': { MinimumPasswordLength: 10, HardExpiry: false, PasswordPolicyConfigured: true },
};
const unset = { ...fresh, 'c7n:password_policy': { PasswordPolicyConfigured: false } };

testAction(setPasswordPolicy, {
  resourceType: account,
  context: { read } as Partial<EvalContext>,
  valid: [{ policy: { MinimumPasswordLength: 14, RequireSymbols: true } }],
  invalid: [
    {
      options: { policy: { MinimumPasswordLength: 4 } },
      messageId: 'schema',
      path: ['policy', 'MinimumPasswordLength'],
    },
    { options: { policy: { ExpirePasswords: true } }, messageId: 'schema', path: ['policy'] },
  ],
  cases: [
    {
      name: "merges with the filter's reading, without the read-only members",
      options: { policy: { RequireSymbols: true } },
      resources: [filtered],
      calls: [
        {
          service: 'iam',
          operation: 'UpdateAccountPasswordPolicy',
          input: { MinimumPasswordLength: 10, HardExpiry: false, RequireSymbols: true },
          resourceIds: ['123456789012'],
        },
      ],
    },
    {
      name: 'reads the current policy when no filter did',
      options: { policy: { MinimumPasswordLength: 12 } },
      resources: [fresh],
      calls: [{ input: { MinimumPasswordLength: 12, RequireNumbers: true } }],
    },
    {
      name: 'no policy yet: only the members given',
      options: { policy: { MinimumPasswordLength: 12 } },
      resources: [unset],
      calls: [{ input: { MinimumPasswordLength: 12 } }],
    },
  ],
});
