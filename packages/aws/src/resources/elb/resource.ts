import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.elb',
  aliases: ['elb'],
  id: 'LoadBalancerName',
  name: 'DNSName',
  date: 'CreatedTime',
  taggable: true,
  reportFields: ['LoadBalancerName', 'DNSName', 'VPCId', 'Instances', 'ListenerDescriptions'],
  permissions: [
    'elasticloadbalancing:DescribeLoadBalancers',
    'elasticloadbalancing:DescribeLoadBalancerAttributes',
    'elasticloadbalancing:DescribeTags',
    'tag:GetResources',
  ],
  extraFields: ['Tags'],
  doc: {
    summary:
      'Classic load balancers, listed with (ELB) DescribeLoadBalancers. Tags come from the Resource Groups Tagging API (GetResources by ARN, 100 a call), as Cloud Custodian fetches them.',
    example: ['name: elbs-without-instances', 'resource: aws.elb', 'filters:', '  - Instances: empty'].join(
      '\n',
    ),
  },
  source: {
    service: 'elb',
    list: {
      operation: 'DescribeLoadBalancers',
      items: 'LoadBalancerDescriptions',
      pagination: { inputToken: 'Marker', outputToken: 'NextMarker' },
    },
    tags: { kind: 'tagging-api', resourceTypeFilter: 'elasticloadbalancing:loadbalancer' },
    arn: {
      service: 'elasticloadbalancing',
      resourceType: 'loadbalancer',
      separator: '/',
      idField: 'LoadBalancerName',
    },
    // c7n's elb tag actions call ELB AddTags/RemoveTags by name.
    tagging: 'elb',
    getByIds: { param: 'LoadBalancerNames', kind: 'list' },
    configType: 'AWS::ElasticLoadBalancing::LoadBalancer',
    metrics: { namespace: 'AWS/ELB', dimension: 'LoadBalancerName' },
    shield: { arnType: 'loadbalancer' },
    health: { service: 'ELASTICLOADBALANCING' },
    networkLocation: true,
    shape: { service: 'elb', name: 'LoadBalancerDescription' },
  },
});
