/**
 * c7n's InstanceOffHour/InstanceOnHour: the shared schedule filter (core's offhoursFilter), on
 * stopped instances only unless `state-filter: false`. Unlike c7n's base filter, EC2's schema
 * requires neither the hour nor default_tz (defaults 7 and et).
 */
import { offhoursFilter, offhoursProperties } from '@c7n-ts/core';

export default offhoursFilter({
  kind: 'onhour',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...offhoursProperties('onhour'),
      'state-filter': {
        type: 'boolean',
        description: 'Default true: consider stopped instances only. False: every instance.',
      },
    },
  },
  candidates: (opts) =>
    opts['state-filter'] === false
      ? undefined
      : (r) => (r.State as { Name?: unknown } | undefined)?.Name === 'stopped',
  reads: ['State'],
  summary:
    "Stopped instances whose schedule (the maid_offhours tag, or the policy defaults) says to turn them on at the current hour in their time zone, as Cloud Custodian's onhour. Run it hourly with the start action.",
  example: '- type: onhour\n  default_tz: et\n  onhour: 7\n  tag: custodian_downtime\n  opt-out: true',
});
