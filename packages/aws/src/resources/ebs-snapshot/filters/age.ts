import { dateAgeFilter } from '../../../common/filters/date-age.js';

export default dateAgeFilter({
  type: 'age',
  resources: ['aws.ebs-snapshot'],
  field: 'StartTime',
  doc: {
    summary: 'Snapshots older (by default) than a number of days, counting from their StartTime.',
    example: '- type: age\n  days: 7\n  op: ge',
  },
});
