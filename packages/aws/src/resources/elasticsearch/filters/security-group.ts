import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'security-group',
  resources: ['aws.elasticsearch'],
  relatedType: 'aws.security-group',
  idsExpression: 'VPCOptions.SecurityGroupIds[]',
  annotationKey: 'matched-security-groups',
  reads: ['VPCOptions'],
  permissions: ['ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      'Domains by their VPC security groups (VPCOptions.SecurityGroupIds): value filter options apply to each group. Matched ids are recorded in c7n:matched-security-groups.',
    example: '- type: security-group\n  key: GroupName\n  value: default',
  },
});
