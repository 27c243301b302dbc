import { defineFilter, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { decodeUserData } from '../../ec2/filters/user-data.js';
import { LAUNCH_PERMISSIONS, launchInfo } from './_launch-info.js';

const USER_DATA = 'c7n:user-data';
/** c7n sets the key itself; one given in the policy is replaced. */
const KEY = `"${USER_DATA}"`;

export default defineFilter({
  type: 'user-data',
  resources: ['aws.asg'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['autoscaling:DescribeAutoScalingGroups', ...LAUNCH_PERMISSIONS],
  doc: {
    summary:
      "Auto Scaling groups by the user data of their launch configuration or launch template version (decoded from base64 and gunzipped when compressed, kept in `c7n:user-data`; null when there is none): value filter options apply to that text, whatever `key` says. Regexes match from the start (Python's re.match), so `(?smi).*password=` finds a line anywhere.",
    example: "- type: user-data\n  op: regex\n  value: '(?smi).*password='",
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue({ ...opts, key: KEY }),
  reads: () => [
    'LaunchConfigurationName',
    'LaunchTemplate',
    'MixedInstancesPolicy',
    'AutoScalingGroupName',
    USER_DATA,
  ],
  compile(opts, ctx) {
    const matcher = compileItemMatcher({ ...valueOptionsOf(opts), key: KEY } as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(asgs, ectx) {
        const info = await launchInfo(ectx, asgs);
        for (const a of asgs) {
          // c7n fails on a group whose configuration is gone; here it has no user data.
          const data = info.get(a)?.UserData;
          a[USER_DATA] = typeof data === 'string' && data ? decodeUserData(data) : null;
        }
        const hits = await matcher(asgs, ectx);
        return asgs.filter((a) => hits.has(a));
      },
    };
  },
});
