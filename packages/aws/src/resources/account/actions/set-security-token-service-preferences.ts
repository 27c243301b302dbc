import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'set-security-token-service-preferences',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      token_version: {
        enum: ['v1Token', 'v2Token'],
        default: 'v2Token',
        description:
          'Version of the session tokens the global STS endpoint issues: `v2Token` (valid in every region, the default) or `v1Token`.',
      },
    },
  } as const,
  permissions: ['iam:SetSecurityTokenServicePreferences'],
  doc: {
    summary:
      "Set which session tokens the account's global STS endpoint issues (IAM SetSecurityTokenServicePreferences), one call per account as Cloud Custodian.",
    example: '- type: set-security-token-service-preferences\n  token_version: v2Token',
  },
  reads: () => ['account_id'],
  plan(accounts, opts) {
    return accounts.map((a) => ({
      service: 'iam',
      operation: 'SetSecurityTokenServicePreferences',
      input: { GlobalEndpointTokenVersion: opts.token_version },
      resourceIds: [String(a.account_id)],
      describe: `make the global STS endpoint of account ${a.account_id} issue ${opts.token_version} tokens`,
    }));
  },
});
