import { awsResource, type ListHook } from '../types.js';

/**
 * Cloud Custodian's account source: one resource, the account id the run was given (or STS
 * answers) and the first IAM account alias, `''` without one. Asked by id, the same resource.
 */
const theAccount: ListHook = async ({ send, accountId }) => {
  const out = await send('ListAccountAliases', {});
  const aliases = (out.AccountAliases as string[] | undefined) ?? [];
  return [{ account_id: await accountId(), account_name: aliases[0] ?? '' }];
};

export default awsResource({
  type: 'aws.account',
  aliases: ['account'],
  id: 'account_id',
  name: 'account_name',
  taggable: false,
  reportFields: ['account_id', 'account_name'],
  permissions: ['iam:ListAccountAliases'],
  // The stand-in shape's members are replaced by the two fields Cloud Custodian builds.
  extraFields: ['account_id', 'account_name'],
  removedFields: ['AccountAliases', 'IsTruncated', 'Marker'],
  doc: {
    summary:
      'The AWS account itself, as one resource: `account_id` and `account_name` (its first IAM account alias), as Cloud Custodian builds it. Its filters check account-wide settings (password policy, S3 public access block, default EBS encryption...).',
    example: [
      'name: account-without-alias',
      'resource: aws.account',
      'filters:',
      '  - account_name: empty',
    ].join('\n'),
  },
  source: {
    service: 'iam',
    list: { operation: 'ListAccountAliases', items: 'AccountAliases' },
    listHook: theAccount,
    tags: { kind: 'none' },
    // c7n writes `arn:::<account id>`; this is the same ARN with the partition filled in.
    arn: { service: '', resourceType: '', separator: ':', idField: 'account_id', global: true },
    cfnType: 'AWS::::Account',
    shape: { service: 'iam', name: 'ListAccountAliasesResponse' },
  },
});
