import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'security-group',
  resources: ['aws.ec2'],
  relatedType: 'aws.security-group',
  idsExpression: 'NetworkInterfaces[].Groups[].GroupId',
  annotationKey: 'matched-security-groups',
  reads: ['NetworkInterfaces'],
  permissions: ['ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      'Instances by the security groups of their network interfaces: value filter options apply to each group. Matched group ids are recorded in c7n:matched-security-groups.',
    example: '- type: security-group\n  key: GroupName\n  value: default',
  },
});
