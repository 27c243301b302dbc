import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'vpc',
  resources: ['aws.elasticsearch'],
  relatedType: 'aws.vpc',
  idsExpression: 'VPCOptions.VPCId',
  annotationKey: 'matched-vpcs',
  reads: ['VPCOptions'],
  permissions: ['ec2:DescribeVpcs'],
  doc: {
    summary:
      'Domains by their VPC (VPCOptions.VPCId): value filter options apply to each VPC. Matched ids are recorded in c7n:matched-vpcs.',
    example: '- type: vpc\n  key: IsDefault\n  value: true',
  },
});
