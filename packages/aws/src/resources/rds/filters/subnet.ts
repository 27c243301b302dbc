import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.rds'],
  relatedType: 'aws.subnet',
  idsExpression: 'DBSubnetGroup.Subnets[].SubnetIdentifier',
  annotationKey: 'matched-subnets',
  reads: ['DBSubnetGroup'],
  permissions: ['ec2:DescribeSubnets'],
  doc: {
    summary:
      'DB instances by the subnets of their DB subnet group: value filter options apply to each subnet (DescribeSubnets). Matched subnet ids are recorded in c7n:matched-subnets.',
    example: '- type: subnet\n  key: MapPublicIpOnLaunch\n  value: true',
  },
});
