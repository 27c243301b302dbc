/** c7n registers its base offhour filter on RDS: the hour and default_tz are required. */
import { offhoursFilter, offhoursProperties } from '@c7n-ts/core';

export default offhoursFilter({
  kind: 'offhour',
  resources: ['aws.rds'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['offhour', 'default_tz'],
    properties: offhoursProperties('offhour'),
  },
  summary:
    "DB instances whose schedule (the maid_offhours tag, or the policy defaults) says to turn them off at the current hour in their time zone, as Cloud Custodian's offhour. Run it hourly with the stop action.",
  example: '- type: offhour\n  default_tz: pt\n  offhour: 19\n  opt-out: true',
});
