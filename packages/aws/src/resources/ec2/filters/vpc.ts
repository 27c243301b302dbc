import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'vpc',
  resources: ['aws.ec2'],
  relatedType: 'aws.vpc',
  idsExpression: 'VpcId',
  annotationKey: 'matched-vpcs',
  reads: ['VpcId'],
  permissions: ['ec2:DescribeVpcs'],
  doc: {
    summary:
      'Instances by their VPC: value filter options apply to the VPC (DescribeVpcs). The matched VPC id is recorded in c7n:matched-vpcs.',
    example: '- type: vpc\n  key: tag:Env\n  value: prod',
  },
});
