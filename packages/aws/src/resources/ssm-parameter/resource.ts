import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.ssm-parameter',
  aliases: ['ssm-parameter'],
  id: 'Name',
  name: 'Name',
  taggable: true,
  reportFields: ['Name', 'Type', 'LastModifiedDate'],
  permissions: ['ssm:GetParameters', 'ssm:DescribeParameters', 'tag:GetResources'],
  extraFields: ['Tags'],
  doc: {
    summary:
      'Systems Manager parameters, listed with DescribeParameters (their metadata, not their values). Tags come from the Resource Groups Tagging API, as Cloud Custodian marks the type `universal_taggable`.',
    example: [
      'name: plain-string-parameters',
      'resource: aws.ssm-parameter',
      'filters:',
      '  - Type: String',
    ].join('\n'),
  },
  source: {
    service: 'ssm',
    list: {
      operation: 'DescribeParameters',
      items: 'Parameters',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'tagging-api', resourceTypeFilter: 'ssm:parameter' },
    arn: { service: 'ssm', resourceType: 'parameter', separator: '/', idField: 'Name' },
    cfnType: 'AWS::SSM::Parameter',
    shape: { service: 'ssm', name: 'ParameterMetadata' },
  },
});
