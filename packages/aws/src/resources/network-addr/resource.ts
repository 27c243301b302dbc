import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.network-addr',
  // Cloud Custodian registers this type as elastic-ip with network-addr as its alias.
  aliases: ['network-addr', 'elastic-ip', 'aws.elastic-ip'],
  id: 'AllocationId',
  name: 'PublicIp',
  taggable: true,
  reportFields: ['AllocationId', 'PublicIp', 'InstanceId', 'AssociationId'],
  permissions: ['ec2:DescribeAddresses'],
  doc: {
    summary:
      'Elastic IP addresses, listed with DescribeAddresses (one call, no paging). Addresses without an allocation id (EC2-Classic) are dropped, as Cloud Custodian does.',
    example: [
      'name: unattached-eips',
      'resource: aws.network-addr',
      'filters:',
      '  - AssociationId: absent',
    ].join('\n'),
  },
  source: {
    service: 'ec2',
    list: { operation: 'DescribeAddresses', items: 'Addresses', requireId: true },
    tags: { kind: 'inline' },
    arn: { service: 'ec2', resourceType: 'elastic-ip', separator: '/', idField: 'AllocationId' },
    getByIds: { param: 'AllocationIds', kind: 'list' },
    idPrefix: 'eipalloc-',
    configType: 'AWS::EC2::EIP',
    // Shield names Elastic IPs by allocation ARNs of type eip-allocation.
    shield: { arnType: 'eip-allocation' },
    shape: { service: 'ec2', name: 'Address' },
  },
});
