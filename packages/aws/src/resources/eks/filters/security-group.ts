import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'security-group',
  resources: ['aws.eks'],
  relatedType: 'aws.security-group',
  idsExpression: 'resourcesVpcConfig.securityGroupIds[]',
  annotationKey: 'matched-security-groups',
  reads: ['resourcesVpcConfig'],
  permissions: ['ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      'Clusters by their security groups (resourcesVpcConfig.securityGroupIds): value filter options apply to each one. Matched ids are recorded in c7n:matched-security-groups.',
    example: '- type: security-group\n  key: GroupName\n  value: default',
  },
});
