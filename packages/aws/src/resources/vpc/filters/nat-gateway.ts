import { relatedFilter } from '../../../common/filters/related.js';
import { byVpcId, vpcMembers } from './_members.js';

export default relatedFilter({
  type: 'nat-gateway',
  resources: ['aws.vpc'],
  relatedType: 'aws.nat-gateway',
  idsExpression: 'VpcId',
  annotationKey: 'MatchedVpcsNatGateways',
  reads: ['VpcId'],
  permissions: ['ec2:DescribeNatGateways'],
  doc: {
    summary:
      "VPCs by their NAT gateways (the region's are listed with DescribeNatGateways): value filter options apply to each gateway, and `value_type: resource_count` counts them. Matched ids are recorded in c7n:MatchedVpcsNatGateways.",
    example: '- type: nat-gateway\n  key: State\n  value: available',
  },
  resolve: vpcMembers('aws.nat-gateway', 'NatGatewayId', byVpcId),
});
