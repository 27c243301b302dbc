import { userItemsFilter } from '../../../common/iam/user-items-filter.js';

export default userItemsFilter({
  type: 'access-key',
  list: 'ListAccessKeys',
  items: 'AccessKeyMetadata',
  annotation: 'c7n:AccessKeys',
  matched: 'c7n:matched-keys',
  matchType: 'access',
  matchOperator: true,
  summary:
    "IAM users with an access key matching the value options (Status, CreateDate, AccessKeyId): ListAccessKeys per user, kept in `c7n:AccessKeys`; the matching keys are kept in `c7n:matched-keys` (for remove-keys' `matched`). With `match-operator: and`, only the keys earlier access-key filters matched are compared.",
  example:
    '- type: access-key\n  match-operator: and\n  key: CreateDate\n  value_type: age\n  value: 90\n  op: gt',
});
