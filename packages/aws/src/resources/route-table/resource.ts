import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.route-table',
  aliases: ['route-table'],
  id: 'RouteTableId',
  name: 'RouteTableId',
  taggable: true,
  reportFields: ['RouteTableId', 'VpcId'],
  permissions: ['ec2:DescribeRouteTables'],
  doc: {
    summary: 'VPC route tables, listed with DescribeRouteTables.',
    example: [
      'name: unassociated-route-tables',
      'resource: aws.route-table',
      'filters:',
      '  - Associations: empty',
    ].join('\n'),
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeRouteTables',
      items: 'RouteTables',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'inline' },
    arn: { service: 'ec2', resourceType: 'route-table', separator: '/', idField: 'RouteTableId' },
    getByIds: { param: 'RouteTableIds', kind: 'list' },
    idPrefix: 'rtb-',
    configType: 'AWS::EC2::RouteTable',
    shape: { service: 'ec2', name: 'RouteTable' },
  },
});
