import { relatedFilter } from '../../../common/filters/related.js';
import { subnetRoutes } from '../../../common/filters/subnet-routes.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.eni'],
  relatedType: 'aws.subnet',
  idsExpression: 'SubnetId',
  annotationKey: 'matched-subnets',
  reads: ['SubnetId'],
  permissions: ['ec2:DescribeSubnets'],
  extra: subnetRoutes,
  doc: {
    summary:
      'Network interfaces by their subnet (`SubnetId`): value filter options apply to each subnet (DescribeSubnets), and `igw`/`nat` ask whether its route table reaches an internet or NAT gateway. Matched ids are recorded in c7n:matched-subnets.',
    example: '- type: subnet\n  key: CidrBlock\n  value: 10.0.2.0/24',
  },
});
