import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'security-group',
  resources: ['aws.redshift'],
  relatedType: 'aws.security-group',
  idsExpression: 'VpcSecurityGroups[].VpcSecurityGroupId',
  annotationKey: 'matched-security-groups',
  reads: ['VpcSecurityGroups'],
  permissions: ['ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      'Redshift clusters by their VPC security groups: value filter options apply to each group (DescribeSecurityGroups). Matched group ids are recorded in c7n:matched-security-groups.',
    example: '- type: security-group\n  key: GroupName\n  value: default',
  },
});
