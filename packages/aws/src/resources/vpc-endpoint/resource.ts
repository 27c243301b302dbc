import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.vpc-endpoint',
  aliases: ['vpc-endpoint'],
  id: 'VpcEndpointId',
  name: 'VpcEndpointId',
  date: 'CreationTimestamp',
  taggable: true,
  reportFields: ['VpcEndpointId', 'VpcEndpointType', 'ServiceName', 'VpcId', 'State'],
  permissions: ['ec2:DescribeVpcEndpoints', 'tag:GetResources'],
  doc: {
    summary:
      'VPC endpoints, listed with DescribeVpcEndpoints. Tags come from the describe output; tag actions use the Resource Groups Tagging API, as Cloud Custodian marks the type `universal_taggable`.',
    example: [
      'name: gateway-endpoints',
      'resource: aws.vpc-endpoint',
      'filters:',
      '  - VpcEndpointType: Gateway',
    ].join('\n'),
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeVpcEndpoints',
      items: 'VpcEndpoints',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'inline' },
    arn: { service: 'ec2', resourceType: 'vpc-endpoint', separator: '/', idField: 'VpcEndpointId' },
    getByIds: { param: 'VpcEndpointIds', kind: 'list' },
    idPrefix: 'vpce-',
    configType: 'AWS::EC2::VPCEndpoint',
    // c7n registers the universal tag actions over the EC2 ones for this type.
    tagging: 'universal',
    shape: { service: 'ec2', name: 'VpcEndpoint' },
    // c7n's VpcEndpointMetricsFilter: four dimensions, in this order, in AWS/PrivateLinkEndpoints.
    metrics: {
      namespace: 'AWS/PrivateLinkEndpoints',
      leadingDimensions: [
        { name: 'Endpoint Type', field: 'VpcEndpointType' },
        { name: 'Service Name', field: 'ServiceName' },
      ],
      dimension: 'VPC Endpoint Id',
      field: 'VpcEndpointId',
      trailingDimensions: [{ name: 'VPC Id', field: 'VpcId' }],
    },
  },
});
