import { gunzipSync } from 'node:zlib';
import { defineFilter, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { errorCode } from '../../../query/errors.js';

const USER_DATA = 'c7n:user-data';
/** c7n sets the key itself; one given in the policy is replaced. */
const KEY = `"${USER_DATA}"`;

/** Base64, then UTF-8 text, or gzip-compressed UTF-8 text (as c7n's deserialize_user_data). */
export function decodeUserData(value: string): string {
  const data = Buffer.from(value, 'base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return gunzipSync(data).toString('utf8');
  }
}

export default defineFilter({
  type: 'user-data',
  resources: ['aws.ec2'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['ec2:DescribeInstanceAttribute'],
  doc: {
    summary:
      "Instances by their user data (DescribeInstanceAttribute userData per instance, decoded from base64 and gunzipped when compressed, kept in `c7n:user-data`; null when there is none): value filter options apply to that text, whatever `key` says. Regexes match from the start (Python's re.match), so `(?smi).*password=` finds a line anywhere.",
    example: "- type: user-data\n  op: regex\n  value: '(?smi).*password='",
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue({ ...opts, key: KEY }),
  reads: () => ['InstanceId', USER_DATA],
  compile(opts, ctx) {
    const matcher = compileItemMatcher({ ...valueOptionsOf(opts), key: KEY } as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const known = [];
        for (const r of rs) {
          if (!(USER_DATA in r)) {
            let out: Record<string, unknown>;
            try {
              out = await p.send(
                'ec2',
                'DescribeInstanceAttribute',
                { Attribute: 'userData', InstanceId: r.InstanceId },
                region,
              );
            } catch (e) {
              // Gone since the listing: left out, as c7n.
              if (errorCode(e) === 'InvalidInstanceID.NotFound') continue;
              throw e;
            }
            const value = (out.UserData as { Value?: string } | undefined)?.Value;
            r[USER_DATA] = value === undefined ? null : decodeUserData(value);
          }
          known.push(r);
        }
        const hits = await matcher(known, ectx);
        return known.filter((r) => hits.has(r));
      },
    };
  },
});
