import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.elb'],
  relatedType: 'aws.subnet',
  idsExpression: 'Subnets[]',
  annotationKey: 'matched-subnets',
  reads: ['Subnets'],
  permissions: ['ec2:DescribeSubnets'],
  doc: {
    summary:
      'Classic load balancers by their subnets (Subnets[]): value filter options apply to each subnet. Matched ids are recorded in c7n:matched-subnets.',
    example: '- type: subnet\n  key: MapPublicIpOnLaunch\n  value: true',
  },
});
