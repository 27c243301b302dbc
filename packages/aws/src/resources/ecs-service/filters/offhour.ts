/** c7n registers its base offhour filter on ECS services: the hour and default_tz are required in the mapping
 * form, which we warn about rather than refuse: c7n's one-word `- offhour` runs on the defaults. */
import { offhoursFilter, offhoursProperties } from '@c7n-ts/core';

export default offhoursFilter({
  kind: 'offhour',
  resources: ['aws.ecs-service'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: offhoursProperties('offhour'),
  },
  c7nRequired: ['offhour', 'default_tz'],
  summary:
    "Services whose schedule (the maid_offhours tag, or the policy defaults) says to turn them off at the current hour in their time zone, as Cloud Custodian's offhour. Run it hourly with the resize action (desired 0).",
  example: '- type: offhour\n  default_tz: pt\n  offhour: 19\n  opt-out: true',
});
