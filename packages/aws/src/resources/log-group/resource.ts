import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.log-group',
  aliases: ['log-group'],
  id: 'logGroupName',
  name: 'logGroupName',
  date: 'creationTime',
  taggable: true,
  reportFields: ['logGroupName', 'creationTime', 'retentionInDays', 'storedBytes'],
  permissions: ['logs:DescribeLogGroups', 'logs:ListTagsForResource', 'tag:GetResources'],
  extraFields: ['Tags'],
  doc: {
    summary:
      'CloudWatch Logs log groups, listed with DescribeLogGroups. Tags come from the Resource Groups Tagging API, as Cloud Custodian marks the type `universal_taggable`.',
    example: [
      'name: log-groups-kept-forever',
      'resource: aws.log-group',
      'filters:',
      '  - retentionInDays: absent',
    ].join('\n'),
  },
  source: {
    service: 'logs',
    list: {
      operation: 'DescribeLogGroups',
      items: 'logGroups',
      pagination: { inputToken: 'nextToken', outputToken: 'nextToken' },
    },
    tags: { kind: 'tagging-api', resourceTypeFilter: 'logs:log-group' },
    // The listed `arn` ends in `:*`, which the tagging APIs do not take: as Cloud Custodian's
    // get_arns, the ARN is the group's without it.
    arn: { service: 'logs', resourceType: 'log-group', separator: ':', idField: 'logGroupName' },
    getByIds: { param: 'logGroupNamePrefix', kind: 'scalar' },
    configType: 'AWS::Logs::LogGroup',
    metrics: { namespace: 'AWS/Logs', dimension: 'LogGroupName', field: 'logGroupName' },
    kmsKeyPath: 'kmsKeyId',
    shape: { service: 'logs', name: 'LogGroup' },
  },
});
