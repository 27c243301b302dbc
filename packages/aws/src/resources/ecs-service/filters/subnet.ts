import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'subnet',
  resources: ['aws.ecs-service'],
  relatedType: 'aws.subnet',
  idsExpression:
    '[taskSets[].networkConfiguration.awsvpcConfiguration.subnets[], deployments[].networkConfiguration.awsvpcConfiguration.subnets[], networkConfiguration.awsvpcConfiguration.subnets][][]',
  annotationKey: 'matched-subnets',
  reads: ['taskSets', 'deployments', 'networkConfiguration'],
  permissions: ['ec2:DescribeSubnets'],
  doc: {
    summary:
      'Services by the subnets of their task sets, deployments and network configuration (awsvpcConfiguration.subnets), as Cloud Custodian reads them: value filter options apply to each one. Matched ids are recorded in c7n:matched-subnets.',
    example: '- type: subnet\n  key: MapPublicIpOnLaunch\n  value: true',
  },
});
