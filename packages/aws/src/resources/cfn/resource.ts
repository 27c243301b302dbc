import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.cfn',
  aliases: ['cfn'],
  id: 'StackName',
  name: 'StackName',
  date: 'CreationTime',
  taggable: true,
  reportFields: ['StackName', 'StackStatus', 'CreationTime'],
  permissions: ['cloudformation:DescribeStacks'],
  doc: {
    summary:
      "CloudFormation stacks, listed with DescribeStacks; tags are the stack's own `Tags`. As in Cloud Custodian, the tag actions rewrite the stack's tags with UpdateStack (previous template, parameters, capabilities and notifications kept), and skip stacks not in a stable state.",
    example: [
      'name: failed-stacks',
      'resource: aws.cfn',
      'filters:',
      '  - StackStatus: ROLLBACK_COMPLETE',
    ].join('\n'),
  },
  source: {
    service: 'cloudformation',
    list: {
      operation: 'DescribeStacks',
      items: 'Stacks',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'inline' },
    arn: { field: 'StackId' },
    getByIds: { param: 'StackName', kind: 'scalar' },
    // c7n's cfn tag, remove-tag and mark-for-op update the stack (UpdateStack) with its new tag set.
    tagging: 'cfn',
    configType: 'AWS::CloudFormation::Stack',
    shape: { service: 'cloudformation', name: 'Stack' },
  },
});
