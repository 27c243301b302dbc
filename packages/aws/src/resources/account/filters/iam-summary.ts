import { accountSettingFilter, answer } from './_setting.js';

export default accountSettingFilter({
  type: 'iam-summary',
  summary:
    "The account's IAM summary (GetAccountSummary's `SummaryMap`: `AccountMFAEnabled`, `AccountAccessKeysPresent`, `Users`, `UsersQuota`...) matched by value filter options, kept in `c7n:iam_summary`, as Cloud Custodian.",
  example: [
    '- type: iam-summary',
    '  key: AccountMFAEnabled',
    '  value: true',
    '  op: eq',
    '  value_type: swap',
  ].join('\n'),
  permission: 'iam:GetAccountSummary',
  annotation: 'c7n:iam_summary',
  async read(send) {
    return answer(await send('iam', 'GetAccountSummary', {}), 'SummaryMap');
  },
});
