import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.elasticsearch'],
  relatedType: 'aws.subnet',
  idsExpression: 'VPCOptions.SubnetIds[]',
  annotationKey: 'matched-subnets',
  reads: ['VPCOptions'],
  permissions: ['ec2:DescribeSubnets'],
  doc: {
    summary:
      'Domains by their subnets (VPCOptions.SubnetIds): value filter options apply to each subnet. Matched ids are recorded in c7n:matched-subnets.',
    example: '- type: subnet\n  key: MapPublicIpOnLaunch\n  value: true',
  },
});
