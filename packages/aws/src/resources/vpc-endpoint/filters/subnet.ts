import { relatedFilter } from '../../../common/filters/related.js';
import { subnetRoutes } from '../../../common/filters/subnet-routes.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.vpc-endpoint'],
  relatedType: 'aws.subnet',
  idsExpression: 'SubnetIds[]',
  annotationKey: 'matched-subnets',
  reads: ['SubnetIds'],
  permissions: ['ec2:DescribeSubnets'],
  extra: subnetRoutes,
  doc: {
    summary:
      'VPC endpoints by their subnets (`SubnetIds[]`): value filter options apply to each subnet (DescribeSubnets), and `igw`/`nat` ask whether its route table reaches an internet or NAT gateway. Matched ids are recorded in c7n:matched-subnets.',
    example: '- type: subnet\n  key: tag:Name\n  value: private-a',
  },
});
