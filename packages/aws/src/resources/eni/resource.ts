import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.eni',
  aliases: ['eni'],
  id: 'NetworkInterfaceId',
  name: 'NetworkInterfaceId',
  taggable: true,
  reportFields: ['NetworkInterfaceId', 'SubnetId', 'VpcId', 'InterfaceType', 'Status', 'PrivateIpAddress'],
  permissions: ['ec2:DescribeNetworkInterfaces'],
  extraFields: ['Tags'],
  removedFields: ['TagSet'],
  doc: {
    summary:
      'Elastic network interfaces, listed with DescribeNetworkInterfaces. Tags come from the describe output (`TagSet`, exposed as `Tags`); no extra call is made.',
    example: ['name: unattached-enis', 'resource: aws.eni', 'filters:', '  - Status: available'].join('\n'),
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeNetworkInterfaces',
      items: 'NetworkInterfaces',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'renamed', from: 'TagSet' },
    arn: { service: 'ec2', resourceType: 'network-interface', separator: '/', idField: 'NetworkInterfaceId' },
    getByIds: { param: 'NetworkInterfaceIds', kind: 'list' },
    idPrefix: 'eni-',
    configType: 'AWS::EC2::NetworkInterface',
    networkLocation: true,
    shape: { service: 'ec2', name: 'NetworkInterface' },
  },
});
