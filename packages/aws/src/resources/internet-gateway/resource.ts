import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.internet-gateway',
  aliases: ['internet-gateway'],
  id: 'InternetGatewayId',
  name: 'InternetGatewayId',
  taggable: true,
  reportFields: ['InternetGatewayId', 'Attachments[0].VpcId'],
  permissions: ['ec2:DescribeInternetGateways'],
  doc: {
    summary: 'Internet gateways, listed with DescribeInternetGateways.',
    example: [
      'name: detached-igws',
      'resource: aws.internet-gateway',
      'filters:',
      '  - Attachments: empty',
    ].join('\n'),
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeInternetGateways',
      items: 'InternetGateways',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'inline' },
    arn: { service: 'ec2', resourceType: 'internet-gateway', separator: '/', idField: 'InternetGatewayId' },
    getByIds: { param: 'InternetGatewayIds', kind: 'list' },
    idPrefix: 'igw-',
    configType: 'AWS::EC2::InternetGateway',
    shape: { service: 'ec2', name: 'InternetGateway' },
  },
});
