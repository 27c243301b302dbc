import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.app-elb',
  aliases: ['app-elb'],
  id: 'LoadBalancerArn',
  name: 'LoadBalancerName',
  date: 'CreatedTime',
  taggable: true,
  reportFields: ['LoadBalancerArn', 'LoadBalancerName', 'CreatedTime'],
  // As Cloud Custodian lists them: attributes are read by the filters that need them.
  permissions: [
    'elasticloadbalancing:DescribeLoadBalancers',
    'elasticloadbalancing:DescribeLoadBalancerAttributes',
    'elasticloadbalancing:DescribeTags',
  ],
  extraFields: ['Tags'],
  doc: {
    summary:
      'Application, network and gateway load balancers (ELBv2), listed with DescribeLoadBalancers. Tags come from ELBv2 DescribeTags, 20 load balancers a call. Use `Type: application` or `Type: network` to pick one kind.',
    example: [
      'name: internet-facing-albs',
      'resource: aws.app-elb',
      'filters:',
      '  - Type: application',
      '  - Scheme: internet-facing',
    ].join('\n'),
  },
  source: {
    service: 'elbv2',
    list: {
      operation: 'DescribeLoadBalancers',
      items: 'LoadBalancers',
      pagination: { inputToken: 'Marker', outputToken: 'NextMarker' },
    },
    tags: {
      kind: 'batch-describe-tags',
      operation: 'DescribeTags',
      param: 'ResourceArns',
      by: 'LoadBalancerArn',
      batch: 20,
      items: 'TagDescriptions',
      key: 'ResourceArn',
    },
    arn: { field: 'LoadBalancerArn' },
    tagging: 'elbv2',
    getByIds: { param: 'LoadBalancerArns', kind: 'list' },
    configType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    // The dimension is `app/<name>/<id>` (`net/...` for NLBs): the ARN's resource part.
    metrics: {
      namespace: 'AWS/ApplicationELB',
      dimension: 'LoadBalancer',
      field: 'LoadBalancerArn',
      afterFirst: '/',
    },
    // c7n's arn_type: Shield protections of ELBv2 load balancers are picked by `loadbalancer/app`.
    shield: { arnType: 'loadbalancer/app' },
    // c7n asks AWS Health about app-elb by name.
    health: { service: 'ELASTICLOADBALANCING', field: 'LoadBalancerName' },
    networkLocation: true,
    shape: { service: 'elbv2', name: 'LoadBalancer' },
  },
});
