import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.app-elb-target-group',
  aliases: ['app-elb-target-group'],
  id: 'TargetGroupArn',
  name: 'TargetGroupName',
  taggable: true,
  reportFields: ['TargetGroupArn', 'TargetGroupName', 'Protocol', 'Port', 'VpcId'],
  permissions: [
    'elasticloadbalancing:DescribeTargetGroups',
    'elasticloadbalancing:DescribeTargetHealth',
    'elasticloadbalancing:DescribeTags',
  ],
  extraFields: ['TargetHealthDescriptions', 'Tags'],
  doc: {
    summary:
      "ELBv2 target groups, listed with DescribeTargetGroups; each group's DescribeTargetHealth answer is kept in TargetHealthDescriptions, and tags come from ELBv2 DescribeTags, 20 groups a call.",
    example: [
      'name: empty-target-groups',
      'resource: aws.app-elb-target-group',
      'filters:',
      '  - TargetHealthDescriptions: empty',
    ].join('\n'),
  },
  source: {
    service: 'elbv2',
    list: {
      operation: 'DescribeTargetGroups',
      items: 'TargetGroups',
      pagination: { inputToken: 'Marker', outputToken: 'NextMarker' },
    },
    details: [
      {
        field: 'TargetHealthDescriptions',
        operation: 'DescribeTargetHealth',
        input: { TargetGroupArn: 'TargetGroupArn' },
        select: 'TargetHealthDescriptions',
        absentValue: [],
        absent: { codes: ['TargetGroupNotFound', 'TargetGroupNotFoundException'] },
        permission: 'elasticloadbalancing:DescribeTargetHealth',
      },
    ],
    tags: {
      kind: 'batch-describe-tags',
      operation: 'DescribeTags',
      param: 'ResourceArns',
      by: 'TargetGroupArn',
      batch: 20,
      items: 'TagDescriptions',
      key: 'ResourceArn',
    },
    arn: { field: 'TargetGroupArn' },
    tagging: 'elbv2',
    getByIds: { param: 'TargetGroupArns', kind: 'list' },
    configType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    shape: { service: 'elbv2', name: 'TargetGroup' },
  },
});
