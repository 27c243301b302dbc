import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'vpc',
  resources: ['aws.lambda'],
  relatedType: 'aws.vpc',
  idsExpression: 'VpcConfig.VpcId',
  annotationKey: 'matched-vpcs',
  reads: ['VpcConfig'],
  permissions: ['ec2:DescribeVpcs'],
  doc: {
    summary:
      'Functions by the VPC of their VPC configuration: value filter options apply to the VPC (DescribeVpcs). Matched VPC ids are recorded in c7n:matched-vpcs.',
    example: '- type: vpc\n  key: IsDefault\n  value: true',
  },
});
