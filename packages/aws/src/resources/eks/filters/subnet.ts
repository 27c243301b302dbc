import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.eks'],
  relatedType: 'aws.subnet',
  idsExpression: 'resourcesVpcConfig.subnetIds[]',
  annotationKey: 'matched-subnets',
  reads: ['resourcesVpcConfig'],
  permissions: ['ec2:DescribeSubnets'],
  doc: {
    summary:
      'Clusters by their subnets (resourcesVpcConfig.subnetIds): value filter options apply to each one. Matched ids are recorded in c7n:matched-subnets.',
    example: '- type: subnet\n  key: MapPublicIpOnLaunch\n  value: true',
  },
});
