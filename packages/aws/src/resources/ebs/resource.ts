import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.ebs',
  aliases: ['ebs'],
  id: 'VolumeId',
  name: 'VolumeId',
  // Cloud Custodian declares `createTime`, which no volume has; the API field is CreateTime.
  date: 'CreateTime',
  taggable: true,
  reportFields: ['VolumeId', 'Attachments[0].InstanceId', 'Size', 'VolumeType', 'KmsKeyId'],
  permissions: ['ec2:DescribeVolumes'],
  doc: {
    summary: 'EBS volumes, listed with DescribeVolumes (1000 per page, as Cloud Custodian asks).',
    example: ['name: ebs-unencrypted', 'resource: aws.ebs', 'filters:', '  - Encrypted: false'].join('\n'),
  },
  // Cloud Custodian's volume query parser; `{Name, Values}` entries are filters.
  query: {
    kind: 'parser',
    label: 'EBS Volume',
    params: { MaxResults: 'integer' },
    filters: {
      'attachment.attach-time': 'string',
      'attachment.delete-on-termination': ['true', 'false'],
      'attachment.device': 'string',
      'attachment.instance-id': 'string',
      'attachment.status': ['attaching', 'attached', 'detaching'],
      'availability-zone': 'string',
      'create-time': 'string',
      encrypted: ['true', 'false'],
      'multi-attach-enabled': ['true', 'false'],
      size: 'integer',
      'snapshot-id': 'string',
      status: ['creating', 'available', 'in-use', 'deleting', 'deleted', 'error'],
      tag: 'string',
      'tag-key': 'string',
      'volume-id': 'string',
      'volume-type': ['standard', 'io1', 'io2', 'gp2', 'gp3', 'sc1', 'st1'],
    },
    single: ['MaxResults'],
    shorthand: 'name-values',
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeVolumes',
      input: { MaxResults: 1000 },
      items: 'Volumes',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'inline' },
    arn: { service: 'ec2', resourceType: 'volume', separator: '/', idField: 'VolumeId' },
    getByIds: {
      param: 'VolumeIds',
      kind: 'list',
      // "The volume 'vol-1' does not exist." / 'Invalid id: "vol-x"'
      badId: { 'InvalidVolume.NotFound': /'(.*)'/, 'InvalidVolumeID.Malformed': /"(.*)"/ },
    },
    idPrefix: 'vol-',
    configType: 'AWS::EC2::Volume',
    metrics: { namespace: 'AWS/EBS', dimension: 'VolumeId' },
    costHub: { resourceType: 'EbsVolume', actionType: 'Upgrade' },
    shape: { service: 'ec2', name: 'Volume' },
  },
});
