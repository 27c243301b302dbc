import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.lambda',
  aliases: ['lambda'],
  id: 'FunctionName',
  name: 'FunctionName',
  date: 'LastModified',
  taggable: true,
  reportFields: ['FunctionName', 'Runtime', 'MemorySize', 'LastModified'],
  permissions: ['lambda:ListFunctions', 'tag:GetResources'],
  extraFields: ['Tags'],
  doc: {
    summary:
      'Lambda functions, listed with ListFunctions. Tags come from the Resource Groups Tagging API (GetResources by ARN, 100 a call), as Cloud Custodian marks the type `universal_taggable`.',
    example: ['name: old-runtimes', 'resource: aws.lambda', 'filters:', '  - Runtime: python3.8'].join('\n'),
  },
  source: {
    service: 'lambda',
    list: {
      operation: 'ListFunctions',
      items: 'Functions',
      pagination: { inputToken: 'Marker', outputToken: 'NextMarker' },
    },
    tags: { kind: 'tagging-api', resourceTypeFilter: 'lambda:function' },
    arn: { field: 'FunctionArn' },
    configType: 'AWS::Lambda::Function',
    metrics: { namespace: 'AWS/Lambda', dimension: 'FunctionName' },
    kmsKeyPath: 'KMSKeyArn',
    costHub: { resourceType: 'LambdaFunction', actionType: 'Rightsize' },
    networkLocation: true,
    shape: { service: 'lambda', name: 'FunctionConfiguration' },
  },
});
