import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'security-group',
  resources: ['aws.eni'],
  relatedType: 'aws.security-group',
  idsExpression: 'Groups[].GroupId',
  annotationKey: 'matched-security-groups',
  reads: ['Groups'],
  permissions: ['ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      'Network interfaces by their security groups (`Groups[].GroupId`): value filter options apply to each group (DescribeSecurityGroups). Matched ids are recorded in c7n:matched-security-groups.',
    example: '- type: security-group\n  key: GroupName\n  value: default',
  },
});
