import { relatedFilter } from '../../../common/filters/related.js';
import { byVpcId, vpcMembers } from './_members.js';

export default relatedFilter({
  type: 'security-group',
  resources: ['aws.vpc'],
  relatedType: 'aws.security-group',
  idsExpression: 'VpcId',
  // c7n's quirk: the key names VPCs though the ids are groups.
  annotationKey: 'matched-vpcs',
  reads: ['VpcId'],
  permissions: ['ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      "VPCs by their security groups (the region's are listed with DescribeSecurityGroups): value filter options apply to each group, and `value_type: resource_count` counts them. Matched ids are recorded in c7n:matched-vpcs.",
    example: '- type: security-group\n  key: tag:Color\n  value: Gray',
  },
  resolve: vpcMembers('aws.security-group', 'GroupId', byVpcId),
});
