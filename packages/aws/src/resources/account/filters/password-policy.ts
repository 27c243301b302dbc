import { errorCode } from '../../../query/errors.js';
import { accountSettingFilter, answer } from './_setting.js';

export default accountSettingFilter({
  type: 'password-policy',
  summary:
    "The account's IAM password policy (GetAccountPasswordPolicy) matched by value filter options, kept in `c7n:password_policy`. As in Cloud Custodian, `PasswordPolicyConfigured` says whether a policy was ever set (false, and nothing else, without one).",
  example: '- type: password-policy\n  key: MinimumPasswordLength\n  value: 14\n  op: ge',
  permission: 'iam:GetAccountPasswordPolicy',
  annotation: 'c7n:password_policy',
  async read(send) {
    try {
      const out = await send('iam', 'GetAccountPasswordPolicy', {});
      return { ...answer(out, 'PasswordPolicy'), PasswordPolicyConfigured: true };
    } catch (e) {
      if (errorCode(e) === 'NoSuchEntity') return { PasswordPolicyConfigured: false };
      throw e;
    }
  },
});
