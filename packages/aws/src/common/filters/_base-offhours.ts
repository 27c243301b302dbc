/**
 * Cloud Custodian's base OffHour/OnHour filters as registered unchanged on a type (rds-cluster,
 * redshift): the hour and default_tz are required in the mapping form, which we warn about
 * rather than refuse, as c7n's one-word `- offhour` runs on the defaults.
 */
import { offhoursFilter, offhoursProperties } from '@c7n-ts/core';

export interface BaseOffhoursSpec {
  resources: string[];
  /** The resources, plural, in the summary ("DB clusters"). */
  noun: string;
  /** The action to run it with, in the summary ("the stop action"). */
  action: string;
}

export function baseOffhours(kind: 'offhour' | 'onhour', spec: BaseOffhoursSpec) {
  const turn = kind === 'offhour' ? 'off' : 'on';
  return offhoursFilter({
    kind,
    resources: spec.resources,
    options: { type: 'object', additionalProperties: false, properties: offhoursProperties(kind) },
    c7nRequired: [kind, 'default_tz'],
    summary: `${spec.noun} whose schedule (the maid_offhours tag, or the policy defaults) says to turn them ${turn} at the current hour in their time zone, as Cloud Custodian's ${kind}. Run it hourly with ${spec.action}.`,
    example: `- type: ${kind}\n  default_tz: pt\n  ${kind}: ${kind === 'offhour' ? 19 : 7}\n  opt-out: true`,
  });
}
