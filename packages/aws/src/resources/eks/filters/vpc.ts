import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'vpc',
  resources: ['aws.eks'],
  relatedType: 'aws.vpc',
  idsExpression: 'resourcesVpcConfig.vpcId',
  annotationKey: 'matched-vpcs',
  reads: ['resourcesVpcConfig'],
  permissions: ['ec2:DescribeVpcs'],
  doc: {
    summary:
      'Clusters by their VPC (resourcesVpcConfig.vpcId): value filter options apply to each one. Matched ids are recorded in c7n:matched-vpcs.',
    example: '- type: vpc\n  key: IsDefault\n  value: true',
  },
});
