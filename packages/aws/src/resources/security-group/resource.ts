import { awsResource } from '../types.js';
import { loadSecurityGroupItem } from './config-item.js';

export default awsResource({
  type: 'aws.security-group',
  aliases: ['security-group'],
  id: 'GroupId',
  name: 'GroupName',
  taggable: true,
  reportFields: ['GroupId', 'GroupName', 'VpcId'],
  permissions: ['ec2:DescribeSecurityGroups'],
  doc: {
    summary: 'VPC security groups, listed with DescribeSecurityGroups.',
    example: [
      'name: sg-open-ssh',
      'resource: aws.security-group',
      'filters:',
      '  - type: value',
      '    key: IpPermissions[].IpRanges[].CidrIp',
      '    value: 0.0.0.0/0',
      '    op: contains',
    ].join('\n'),
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeSecurityGroups',
      items: 'SecurityGroups',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'inline' },
    arn: { service: 'ec2', resourceType: 'security-group', separator: '/', idField: 'GroupId' },
    getByIds: { param: 'GroupIds', kind: 'list' },
    idPrefix: 'sg-',
    configType: 'AWS::EC2::SecurityGroup',
    config: { load: loadSecurityGroupItem },
    shape: { service: 'ec2', name: 'SecurityGroup' },
  },
});
