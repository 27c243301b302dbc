import { dateAgeFilter } from '../../../common/filters/date-age.js';

export default dateAgeFilter({
  type: 'age',
  resources: ['aws.rds-snapshot'],
  field: 'SnapshotCreateTime',
  doc: {
    summary: 'Snapshots older (by default) than a number of days, counting from their SnapshotCreateTime.',
    example: '- type: age\n  days: 28\n  op: ge',
  },
});
