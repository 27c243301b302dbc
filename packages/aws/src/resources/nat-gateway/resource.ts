import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.nat-gateway',
  aliases: ['nat-gateway'],
  id: 'NatGatewayId',
  name: 'NatGatewayId',
  date: 'CreateTime',
  taggable: true,
  reportFields: ['NatGatewayId', 'VpcId', 'SubnetId', 'State', 'CreateTime'],
  permissions: ['ec2:DescribeNatGateways'],
  doc: {
    summary: 'NAT gateways, listed with DescribeNatGateways.',
    example: ['name: failed-nat-gateways', 'resource: aws.nat-gateway', 'filters:', '  - State: failed'].join(
      '\n',
    ),
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeNatGateways',
      items: 'NatGateways',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'inline' },
    arn: { service: 'ec2', resourceType: 'natgateway', separator: '/', idField: 'NatGatewayId' },
    getByIds: { param: 'NatGatewayIds', kind: 'list' },
    idPrefix: 'nat-',
    configType: 'AWS::EC2::NatGateway',
    metrics: { namespace: 'AWS/NATGateway', dimension: 'NatGatewayId' },
    shape: { service: 'ec2', name: 'NatGateway' },
  },
});
