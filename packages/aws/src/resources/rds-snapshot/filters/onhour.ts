/** c7n's RDSSnapshotOnHour: the base onhour filter (hour and default_tz required in the
 * mapping form: a warning here, as c7n's one-word form skips them); no offhour. */
import { offhoursFilter, offhoursProperties } from '@c7n-ts/core';

export default offhoursFilter({
  kind: 'onhour',
  resources: ['aws.rds-snapshot'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: offhoursProperties('onhour'),
  },
  c7nRequired: ['onhour', 'default_tz'],
  summary:
    "DB snapshots whose schedule (the maid_offhours tag, or the policy defaults) names the current hour as their on hour in their time zone, as Cloud Custodian's onhour: act on snapshots at a set time (restore them each morning).",
  example: '- type: onhour\n  default_tz: et\n  onhour: 7\n  tag: restore_schedule',
});
