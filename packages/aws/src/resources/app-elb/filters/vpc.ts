import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'vpc',
  resources: ['aws.app-elb'],
  relatedType: 'aws.vpc',
  idsExpression: 'VpcId',
  annotationKey: 'matched-vpcs',
  reads: ['VpcId'],
  permissions: ['ec2:DescribeVpcs'],
  doc: {
    summary:
      'Load balancers by their VPC (VpcId): value filter options apply to each VPC. Matched ids are recorded in c7n:matched-vpcs.',
    example: '- type: vpc\n  key: IsDefault\n  value: true',
  },
});
