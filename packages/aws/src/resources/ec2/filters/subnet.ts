import { relatedFilter } from '../../../common/filters/related.js';
import { subnetRoutes } from '../../../common/filters/subnet-routes.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.ec2'],
  relatedType: 'aws.subnet',
  idsExpression: 'NetworkInterfaces[].SubnetId',
  annotationKey: 'matched-subnets',
  reads: ['NetworkInterfaces'],
  permissions: ['ec2:DescribeSubnets'],
  extra: subnetRoutes,
  doc: {
    summary:
      'Instances by the subnets of their network interfaces: value filter options apply to each subnet, and `igw`/`nat` ask whether its route table reaches an internet or NAT gateway. Matched subnet ids are recorded in c7n:matched-subnets.',
    example: '- type: subnet\n  igw: true\n  key: tag:Tier\n  value: public',
  },
});
