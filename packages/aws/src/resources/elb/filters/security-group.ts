import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'security-group',
  resources: ['aws.elb'],
  relatedType: 'aws.security-group',
  idsExpression: 'SecurityGroups[]',
  annotationKey: 'matched-security-groups',
  reads: ['SecurityGroups'],
  permissions: ['ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      'Classic load balancers by their security groups (SecurityGroups[]): value filter options apply to each group. Matched ids are recorded in c7n:matched-security-groups.',
    example: '- type: security-group\n  key: GroupName\n  value: default',
  },
});
