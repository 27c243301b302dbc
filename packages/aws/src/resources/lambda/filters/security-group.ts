import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'security-group',
  resources: ['aws.lambda'],
  relatedType: 'aws.security-group',
  idsExpression: 'VpcConfig.SecurityGroupIds[]',
  annotationKey: 'matched-security-groups',
  reads: ['VpcConfig'],
  permissions: ['ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      'Functions by the security groups of their VPC configuration: value filter options apply to each group (DescribeSecurityGroups). Matched group ids are recorded in c7n:matched-security-groups.',
    example: '- type: security-group\n  key: GroupName\n  value: default',
  },
});
