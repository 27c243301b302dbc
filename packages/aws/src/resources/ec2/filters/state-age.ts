import { parseDate } from '@c7n-ts/core';
import { dateAgeFilter } from '../../../common/filters/date-age.js';

// AWS writes the transition time in parentheses: "User initiated (2024-01-15 10:11:12 GMT)".
const IN_PARENS = /\((.*?)\)/;

export default dateAgeFilter({
  type: 'state-age',
  resources: ['aws.ec2'],
  field: 'StateTransitionReason',
  days: 'Days since the last state transition',
  // c7n parses the first parenthesised text; a reason without a date fails its parse.
  dateOf: (reason) => (typeof reason === 'string' ? parseDate(IN_PARENS.exec(reason)?.[1]) : undefined),
  doc: {
    summary:
      'Instances that have been in their current state longer (by default) than `days`, reading the time from StateTransitionReason. Instances whose reason carries no time do not match.',
    example: '- type: state-age\n  op: ge\n  days: 7',
  },
});
