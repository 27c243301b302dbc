import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'vpc',
  resources: ['aws.elb'],
  relatedType: 'aws.vpc',
  idsExpression: 'VPCId',
  annotationKey: 'matched-vpcs',
  reads: ['VPCId'],
  permissions: ['ec2:DescribeVpcs'],
  doc: {
    summary:
      'Classic load balancers by their VPC (VPCId): value filter options apply to each VPC. Matched ids are recorded in c7n:matched-vpcs.',
    example: '- type: vpc\n  key: IsDefault\n  value: true',
  },
});
