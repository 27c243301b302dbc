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
  // Cloud Custodian's EC2 query parser: filter names alone or under Filters, and two parameters.
  query: {
    kind: 'parser',
    label: 'EC2',
    params: { InstanceIds: 'string', MaxResults: 'integer' },
    filters: {
      architecture: ['i386', 'x86_64'],
      'availability-zone': 'string',
      'ebs-optimized': 'string',
      'iam-instance-profile.arn': 'string',
      'image-id': 'string',
      'instance-id': 'string',
      'instance-lifecycle': ['spot', 'scheduled', 'capacity-block'],
      'instance-state-name': ['pending', 'terminated', 'running', 'shutting-down', 'stopping', 'stopped'],
      'instance-type': 'string',
      'instance.group-id': 'string',
      'instance.group-name': 'string',
      'owner-id': 'string',
      platform: 'string',
      'tag-key': 'string',
      'tag-value': 'string',
      tenancy: ['dedicated', 'default', 'host'],
      'vpc-id': 'string',
    },
    single: ['MaxResults'],
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeInstances',
      items: 'Reservations[].Instances[]',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
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
