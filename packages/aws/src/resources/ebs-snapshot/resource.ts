import { awsResource } from '../types.js';

export default awsResource({
  type: 'aws.ebs-snapshot',
  aliases: ['ebs-snapshot'],
  id: 'SnapshotId',
  name: 'SnapshotId',
  date: 'StartTime',
  taggable: true,
  reportFields: ['SnapshotId', 'VolumeId', 'tag:InstanceId', 'VolumeSize', 'StartTime', 'State'],
  permissions: ['ec2:DescribeSnapshots'],
  doc: {
    summary:
      "EBS snapshots owned by the account: DescribeSnapshots with `OwnerIds: ['self']`, 1000 per page, as Cloud Custodian asks.",
    example: [
      'name: old-snapshots',
      'resource: aws.ebs-snapshot',
      'filters:',
      '  - type: value',
      '    key: StartTime',
      '    value_type: age',
      '    op: greater-than',
      '    value: 90',
    ].join('\n'),
  },
  // Cloud Custodian's snapshot query parser; `{Name, Values}` entries are filters.
  query: {
    kind: 'parser',
    label: 'EBS Snapshot',
    params: {
      OwnerIds: 'string',
      RestorableByUserIds: 'string',
      SnapshotIds: 'string',
      MaxResults: 'integer',
    },
    filters: {
      description: 'string',
      'owner-alias': ['amazon', 'amazon-marketplace', 'microsoft'],
      'owner-id': 'string',
      progress: 'string',
      'snapshot-id': 'string',
      'start-time': 'string',
      status: ['pending', 'completed', 'error'],
      tag: 'string',
      'tag-key': 'string',
      'volume-id': 'string',
      'volume-size': 'string',
    },
    single: ['MaxResults'],
    shorthand: 'name-values',
  },
  source: {
    service: 'ec2',
    list: {
      operation: 'DescribeSnapshots',
      input: { OwnerIds: ['self'], MaxResults: 1000 },
      items: 'Snapshots',
      pagination: { inputToken: 'NextToken', outputToken: 'NextToken' },
    },
    tags: { kind: 'inline' },
    arn: { service: 'ec2', resourceType: 'snapshot', separator: '/', idField: 'SnapshotId' },
    getByIds: {
      param: 'SnapshotIds',
      kind: 'list',
      // "The snapshot 'snap-1' does not exist." / 'Invalid id: "snap-x"'
      badId: { 'InvalidSnapshot.NotFound': /'(.*)'/, 'InvalidSnapshotID.Malformed': /"(.*)"/ },
    },
    idPrefix: 'snap-',
    shape: { service: 'ec2', name: 'Snapshot' },
  },
});
