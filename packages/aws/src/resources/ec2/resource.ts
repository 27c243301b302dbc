import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.ec2',
  aliases: ['ec2'],
  id: 'InstanceId',
  name: 'PublicDnsName',
  date: 'LaunchTime',
  taggable: true,
  // Cloud Custodian also leads with its CustodianDate column; the report adds run time itself.
  reportFields: ['InstanceId', 'tag:Name', 'InstanceType', 'LaunchTime', 'VpcId', 'PrivateIpAddress'],
  permissions: ['ec2:DescribeInstances', 'ec2:DescribeTags'],
  doc: {
    summary:
      'EC2 instances, listed with DescribeInstances. When the describe output carries no tags, one DescribeTags call fills them, as Cloud Custodian does.',
    example: [
      'name: ec2-running-without-owner',
      'resource: aws.ec2',
      'query:',
      '  - instance-state-name: running',
      'filters:',
      '  - tag:Owner: absent',
    ].join('\n'),
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeInstances',
      items: 'Reservations[].Instances[]',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    query: 'ec2-filters',
    tags: {
      kind: 'ec2-describe-tags',
      operation: 'DescribeTags',
      resourceType: 'instance',
      skipInModes: ['cloudtrail', 'ec2-instance-state'],
    },
    arn: { service: 'ec2', resourceType: 'instance', separator: '/', idField: 'InstanceId' },
    getByIds: { param: 'InstanceIds', kind: 'list' },
    idPrefix: 'i-',
    configType: 'AWS::EC2::Instance',
    metrics: { namespace: 'AWS/EC2', dimension: 'InstanceId' },
    costHub: { resourceType: 'Ec2Instance', actionType: 'Rightsize' },
    health: { service: 'EC2' },
    networkLocation: true,
    shape: { service: 'ec2', name: 'Instance' },
  },
});
