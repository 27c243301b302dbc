import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { errorCode } from '../../../query/errors.js';

/** Where the `password-policy` filter leaves the policy it read. */
const ANNOTATION = 'c7n:password_policy';
/** Read from GetAccountPasswordPolicy but not accepted by UpdateAccountPasswordPolicy. */
const READ_ONLY = ['ExpirePasswords', 'PasswordPolicyConfigured'];

const flag = (description: string) => ({ type: 'boolean', description }) as const;
const count = (description: string) => ({ type: 'integer', minimum: 1, description }) as const;

export default defineAction({
  type: 'set-password-policy',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      policy: {
        type: 'object',
        additionalProperties: false,
        description:
          'Members of UpdateAccountPasswordPolicy to change; the others keep their current values.',
        properties: {
          MinimumPasswordLength: { ...count('Minimum number of characters (6 to 128).'), minimum: 6 },
          RequireSymbols: flag('Require at least one non-alphanumeric character.'),
          RequireNumbers: flag('Require at least one digit.'),
          RequireUppercaseCharacters: flag('Require at least one uppercase letter.'),
          RequireLowercaseCharacters: flag('Require at least one lowercase letter.'),
          AllowUsersToChangePassword: flag('Let IAM users change their own password.'),
          MaxPasswordAge: count('Days a password stays valid (1 to 1095).'),
          PasswordReusePrevention: count('Number of previous passwords that cannot be reused (1 to 24).'),
          HardExpiry: flag('Expired passwords can only be reset by an administrator.'),
        },
      },
    },
  } as const,
  permissions: ['iam:GetAccountPasswordPolicy', 'iam:UpdateAccountPasswordPolicy'],
  doc: {
    summary:
      "Set the account's IAM password policy (UpdateAccountPasswordPolicy): the members given change and the others keep their current values (read with GetAccountPasswordPolicy unless the `password-policy` filter already did; AWS's defaults when none is set).",
    example:
      '- type: set-password-policy\n  policy:\n    MinimumPasswordLength: 14\n    RequireSymbols: true',
  },
  reads: () => ['account_id', ANNOTATION],
  async plan(accounts, opts, ctx) {
    // As c7n: the account's one policy, from the first account.
    const account = accounts[0];
    if (!account) return [];
    const annotated = account[ANNOTATION] as Record<string, unknown> | undefined;
    let current: Record<string, unknown> = {};
    if (annotated && Object.keys(annotated).length) current = { ...annotated };
    else if (!ctx.read) {
      ctx.log?.('warn', 'set-password-policy: cannot read the current password policy; not changed');
      return [];
    } else {
      try {
        const out = (await ctx.read('iam', 'GetAccountPasswordPolicy', {})) as
          | { PasswordPolicy?: Record<string, unknown> }
          | undefined;
        current = { ...(out?.PasswordPolicy ?? {}) };
      } catch (e) {
        if (errorCode(e) !== 'NoSuchEntity') throw e;
      }
    }
    const input: Record<string, unknown> = { ...current, ...(opts.policy ?? {}) };
    for (const k of READ_ONLY) delete input[k];
    const call: PlannedCall = {
      service: 'iam',
      operation: 'UpdateAccountPasswordPolicy',
      input,
      resourceIds: [String(account.account_id)],
      describe: `set the IAM password policy of account ${account.account_id}`,
    };
    return [call];
  },
});
