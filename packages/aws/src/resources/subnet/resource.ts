import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.subnet',
  aliases: ['subnet'],
  id: 'SubnetId',
  name: 'SubnetId',
  taggable: true,
  reportFields: ['SubnetId', 'VpcId', 'AvailabilityZone', 'CidrBlock', 'AvailableIpAddressCount'],
  permissions: ['ec2:DescribeSubnets'],
  doc: {
    summary: 'VPC subnets, listed with DescribeSubnets.',
    example: [
      'name: public-ip-subnets',
      'resource: aws.subnet',
      'filters:',
      '  - MapPublicIpOnLaunch: true',
    ].join('\n'),
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeSubnets',
      items: 'Subnets',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'inline' },
    arn: { service: 'ec2', resourceType: 'subnet', separator: '/', idField: 'SubnetId' },
    getByIds: {
      param: 'SubnetIds',
      kind: 'list',
      // "The subnet ID 'subnet-1' does not exist": dropped and asked again, as c7n does.
      badId: { 'InvalidSubnetID.NotFound': /'(subnet-.*?)'/ },
    },
    idPrefix: 'subnet-',
    configType: 'AWS::EC2::Subnet',
    shape: { service: 'ec2', name: 'Subnet' },
  },
});
