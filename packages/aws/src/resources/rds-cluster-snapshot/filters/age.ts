import { dateAgeFilter } from '../../../common/filters/date-age.js';

export default dateAgeFilter({
  type: 'age',
  resources: ['aws.rds-cluster-snapshot'],
  field: 'SnapshotCreateTime',
  doc: {
    summary:
      'Cluster snapshots older (by default) than a number of days, counting from their SnapshotCreateTime.',
    example: '- type: age\n  days: 7\n  op: ge',
  },
});
