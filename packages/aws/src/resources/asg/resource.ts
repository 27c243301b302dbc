import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.asg',
  aliases: ['asg'],
  id: 'AutoScalingGroupName',
  name: 'AutoScalingGroupName',
  date: 'CreatedTime',
  taggable: true,
  reportFields: [
    'AutoScalingGroupName',
    'CreatedTime',
    'LaunchConfigurationName',
    'DesiredCapacity',
    'HealthCheckType',
    'LoadBalancerNames',
  ],
  // DescribeTags is what Cloud Custodian lists for its tag augment; the describe output carries
  // the tags already, so no call is made.
  permissions: ['autoscaling:DescribeAutoScalingGroups', 'autoscaling:DescribeTags'],
  doc: {
    summary:
      'EC2 Auto Scaling groups, listed with DescribeAutoScalingGroups. Tags come from the describe output (with `PropagateAtLaunch`); no extra call is made.',
    example: [
      'name: asg-without-owner',
      'resource: aws.asg',
      'filters:',
      '  - "tag:Owner": absent',
      '  - type: value',
      '    key: MinSize',
      '    value: 0',
      '    op: gt',
    ].join('\n'),
  },
  source: {
    service: 'autoscaling',
    list: {
      operation: 'DescribeAutoScalingGroups',
      items: 'AutoScalingGroups',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'inline' },
    arn: { field: 'AutoScalingGroupARN' },
    getByIds: { param: 'AutoScalingGroupNames', kind: 'list' },
    configType: 'AWS::AutoScaling::AutoScalingGroup',
    // Cloud Custodian names no default namespace for autoscaling (its metrics filter needs
    // `namespace` there); the group metrics are published in AWS/AutoScaling.
    metrics: { namespace: 'AWS/AutoScaling', dimension: 'AutoScalingGroupName' },
    // Cloud Custodian maps asg to this type but has no default action for it, so its filter
    // fails on asg; Cost Optimization Hub recommends Rightsize for groups, used here.
    costHub: { resourceType: 'Ec2AutoScalingGroup', actionType: 'Rightsize' },
    networkLocation: true,
    shape: { service: 'autoscaling', name: 'AutoScalingGroup' },
  },
});
