import { dateAgeFilter } from '../../../common/filters/date-age.js';

export default dateAgeFilter({
  type: 'instance-uptime',
  resources: ['aws.ec2'],
  field: 'LaunchTime',
  days: 'Days since LaunchTime',
  doc: {
    summary:
      'Instances running longer (by default) than `days` since their LaunchTime, which a stop and start resets (unlike instance-age).',
    example: '- type: instance-uptime\n  op: ge\n  days: 30',
  },
});
