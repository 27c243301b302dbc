import { relatedFilter } from '../../../common/filters/related.js';
import { byVpcId, vpcMembers } from './_members.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.vpc'],
  relatedType: 'aws.subnet',
  idsExpression: 'VpcId',
  annotationKey: 'MatchedVpcsSubnets',
  reads: ['VpcId'],
  permissions: ['ec2:DescribeSubnets'],
  doc: {
    summary:
      "VPCs by their subnets (the region's are listed with DescribeSubnets): value filter options apply to each subnet, and `value_type: resource_count` counts them. Matched ids are recorded in c7n:MatchedVpcsSubnets.",
    example: '- type: subnet\n  key: tag:Tier\n  value: public',
  },
  resolve: vpcMembers('aws.subnet', 'SubnetId', byVpcId),
});
