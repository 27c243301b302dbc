import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'vpc',
  resources: ['aws.rds'],
  relatedType: 'aws.vpc',
  idsExpression: 'DBSubnetGroup.VpcId',
  annotationKey: 'matched-vpcs',
  reads: ['DBSubnetGroup'],
  permissions: ['ec2:DescribeVpcs'],
  doc: {
    summary:
      'DB instances by the VPC of their DB subnet group: value filter options apply to the VPC (DescribeVpcs). The matched VPC id is recorded in c7n:matched-vpcs.',
    example: '- type: vpc\n  key: VpcId\n  value: vpc-0abc1234',
  },
});
