import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.iam-policy',
  aliases: ['iam-policy'],
  id: 'PolicyId',
  name: 'PolicyName',
  date: 'CreateDate',
  taggable: true,
  reportFields: ['PolicyName', 'PolicyId', 'Arn', 'AttachmentCount', 'CreateDate'],
  permissions: ['iam:ListPolicies', 'tag:GetResources'],
  extraFields: ['Tags'],
  doc: {
    summary:
      "IAM managed policies, listed with ListPolicies: the account's own (`Scope: Local`) unless the policy's `query` names another `Scope` (`All`, `AWS`), as Cloud Custodian does; `query` also takes `PolicyUsageFilter`, `PathPrefix`, `OnlyAttached` and `MaxItems`. Tags come from the Resource Groups Tagging API, as c7n marks the type `universal_taggable`. IAM is global: the type is the same in every region.",
    example: [
      'name: unattached-policies',
      'resource: aws.iam-policy',
      'filters:',
      '  - AttachmentCount: 0',
    ].join('\n'),
  },
  // Cloud Custodian's IAM policy query parser: one value per key; `{Name, Value}` entries too.
  query: {
    kind: 'parser',
    label: 'IAM Policy',
    params: {
      Scope: ['All', 'AWS', 'Local'],
      PolicyUsageFilter: ['PermissionsPolicy', 'PermissionsBoundary'],
      PathPrefix: 'string',
      OnlyAttached: 'boolean',
      MaxItems: 'integer',
    },
    multi: false,
    shorthand: 'name-value',
  },
  source: {
    service: 'iam',
    list: {
      operation: 'ListPolicies',
      input: { Scope: 'Local' },
      items: 'Policies',
      pagination: { inputToken: 'Marker', outputToken: 'Marker' },
    },
    tags: { kind: 'tagging-api', resourceTypeFilter: 'iam:policy' },
    arn: { field: 'Arn' },
    configType: 'AWS::IAM::Policy',
    shape: { service: 'iam', name: 'Policy' },
  },
});
