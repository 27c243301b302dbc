import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.app-elb'],
  relatedType: 'aws.subnet',
  idsExpression: 'AvailabilityZones[].SubnetId',
  annotationKey: 'matched-subnets',
  reads: ['AvailabilityZones'],
  permissions: ['ec2:DescribeSubnets'],
  doc: {
    summary:
      'Load balancers by their subnets (AvailabilityZones[].SubnetId): value filter options apply to each subnet. Matched ids are recorded in c7n:matched-subnets.',
    example: '- type: subnet\n  key: MapPublicIpOnLaunch\n  value: true',
  },
});
