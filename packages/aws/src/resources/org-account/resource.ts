import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.org-account',
  aliases: ['org-account'],
  id: 'Id',
  name: 'Name',
  taggable: true,
  reportFields: ['Id', 'Name', 'Email', 'Status', 'JoinedTimestamp'],
  permissions: ['organizations:ListAccounts', 'organizations:ListTagsForResource', 'tag:GetResources'],
  extraFields: ['Tags'],
  doc: {
    summary:
      "The accounts of the caller's AWS Organization, listed with Organizations ListAccounts (from the management or a delegated administrator account). Tags come from the Resource Groups Tagging API, as Cloud Custodian marks the type `universal_taggable`.",
    example: [
      'name: suspended-accounts',
      'resource: aws.org-account',
      'filters:',
      '  - Status: SUSPENDED',
    ].join('\n'),
  },
  // Read by `cfn-stack` only (the roles it assumes); ListAccounts takes nothing from it.
  query: {
    kind: 'options',
    label: 'Organizations',
    params: { 'org-access-role': 'string', 'org-account-role': 'string' },
  },
  source: {
    service: 'organizations',
    list: {
      operation: 'ListAccounts',
      items: 'Accounts',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'tagging-api', resourceTypeFilter: 'organizations:account' },
    arn: { field: 'Arn' },
    shape: { service: 'organizations', name: 'Account' },
  },
});
