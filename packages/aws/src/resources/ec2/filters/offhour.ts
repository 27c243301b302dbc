/**
 * c7n's InstanceOffHour/InstanceOnHour: the shared schedule filter (core's offhoursFilter), on
 * running instances only unless `state-filter: false`. Unlike c7n's base filter, EC2's schema
 * requires neither the hour nor default_tz (defaults 19 and et).
 */
import { offhoursFilter, offhoursProperties } from '@c7n-ts/core';

export default offhoursFilter({
  kind: 'offhour',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...offhoursProperties('offhour'),
      'state-filter': {
        type: 'boolean',
        description: 'Default true: consider running instances only. False: every instance.',
      },
    },
  },
  candidates: (opts) =>
    opts['state-filter'] === false
      ? undefined
      : (r) => (r.State as { Name?: unknown } | undefined)?.Name === 'running',
  reads: ['State'],
  summary:
    "Running instances whose schedule (the maid_offhours tag, or the policy defaults) says to turn them off at the current hour in their time zone, as Cloud Custodian's offhour. Run it hourly with the stop action.",
  example: '- type: offhour\n  default_tz: et\n  offhour: 19\n  tag: custodian_downtime\n  opt-out: true',
});
