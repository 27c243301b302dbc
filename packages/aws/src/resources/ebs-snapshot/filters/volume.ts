import { relatedFilter } from '../../../common/filters/related.js';

export default relatedFilter({
  type: 'volume',
  resources: ['aws.ebs-snapshot'],
  relatedType: 'aws.ebs',
  idsExpression: 'VolumeId',
  annotationKey: 'Volume',
  reads: ['VolumeId'],
  permissions: ['ec2:DescribeVolumes'],
  doc: {
    summary:
      'Snapshots by the volume they were taken from: value filter options apply to the volume. `value: absent` matches snapshots whose volume is gone. Matched volume ids are recorded in c7n:Volume.',
    example: '- type: volume\n  key: VolumeId\n  value: absent',
  },
});
