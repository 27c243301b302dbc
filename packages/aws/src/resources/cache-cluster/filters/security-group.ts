import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'security-group',
  resources: ['aws.cache-cluster'],
  relatedType: 'aws.security-group',
  idsExpression: 'SecurityGroups[].SecurityGroupId',
  annotationKey: 'matched-security-groups',
  reads: ['SecurityGroups'],
  permissions: ['ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      'Cache clusters by their VPC security groups: value filter options apply to each group (DescribeSecurityGroups). Matched group ids are recorded in c7n:matched-security-groups.',
    example: '- type: security-group\n  key: GroupName\n  value: default',
  },
});
