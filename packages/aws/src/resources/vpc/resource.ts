import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.vpc',
  aliases: ['vpc'],
  id: 'VpcId',
  name: 'VpcId',
  taggable: true,
  reportFields: ['VpcId', 'CidrBlock', 'IsDefault', 'State'],
  permissions: ['ec2:DescribeVpcs'],
  doc: {
    summary: 'VPCs, listed with DescribeVpcs.',
    example: ['name: default-vpcs', 'resource: aws.vpc', 'filters:', '  - IsDefault: true'].join('\n'),
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeVpcs',
      items: 'Vpcs',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'inline' },
    arn: { service: 'ec2', resourceType: 'vpc', separator: '/', idField: 'VpcId' },
    getByIds: { param: 'VpcIds', kind: 'list' },
    idPrefix: 'vpc-',
    configType: 'AWS::EC2::VPC',
    // Cloud Custodian's vpc metrics name the VPC by the `Per-VPC Metrics` dimension.
    metrics: { namespace: 'AWS/EC2', dimension: 'Per-VPC Metrics', field: 'VpcId' },
    shape: { service: 'ec2', name: 'Vpc' },
  },
});
