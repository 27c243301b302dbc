import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'security-group',
  resources: ['aws.ecs-service'],
  relatedType: 'aws.security-group',
  idsExpression:
    '[taskSets[].networkConfiguration.awsvpcConfiguration.securityGroups[], deployments[].networkConfiguration.awsvpcConfiguration.securityGroups[], networkConfiguration.awsvpcConfiguration.securityGroups][][]',
  annotationKey: 'matched-security-groups',
  reads: ['taskSets', 'deployments', 'networkConfiguration'],
  permissions: ['ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      'Services by the security groups of their task sets, deployments and network configuration (awsvpcConfiguration.securityGroups), as Cloud Custodian reads them: value filter options apply to each one. Matched ids are recorded in c7n:matched-security-groups.',
    example: '- type: security-group\n  key: GroupName\n  value: default',
  },
});
