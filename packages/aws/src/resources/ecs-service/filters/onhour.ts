/** c7n registers its base onhour filter on ECS services: the hour and default_tz are required in the mapping
 * form, which we warn about rather than refuse: c7n's one-word `- onhour` runs on the defaults. */
import { offhoursFilter, offhoursProperties } from '@c7n-ts/core';

export default offhoursFilter({
  kind: 'onhour',
  resources: ['aws.ecs-service'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: offhoursProperties('onhour'),
  },
  c7nRequired: ['onhour', 'default_tz'],
  summary:
    "Services whose schedule (the maid_offhours tag, or the policy defaults) says to turn them on at the current hour in their time zone, as Cloud Custodian's onhour. Run it hourly with the resize action (restore-options-tag).",
  example: '- type: onhour\n  default_tz: pt\n  onhour: 7\n  opt-out: true',
});
