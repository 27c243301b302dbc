import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

/** Where the instance's SSM information is kept ({} when SSM does not know the instance), as in c7n. */
export const SSM_STATE = 'c7n:SsmState';

/** c7n asks for 50 instance ids per DescribeInstanceInformation call. */
const CHUNK = 50;

export default defineFilter({
  type: 'ssm',
  resources: ['aws.ec2'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['ssm:DescribeInstanceInformation'],
  doc: {
    summary:
      "Instances by their Systems Manager information (PingStatus, PlatformName, AgentVersion...): value filter options apply to the instance's DescribeInstanceInformation entry, fetched 50 instances per call and kept in `c7n:SsmState` (an empty object for instances SSM does not manage).",
    example: '- type: ssm\n  key: PingStatus\n  value: Online',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['InstanceId', SSM_STATE],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ectx) {
        const todo = rs.filter((r) => !(SSM_STATE in r));
        if (todo.length) {
          const p = providerOf(ectx);
          const region = regionOf(ectx, p);
          for (let n = 0; n < todo.length; n += CHUNK) {
            const chunk = todo.slice(n, n + CHUNK);
            // One page only, as c7n: a chunk of 50 fits the API's page.
            const out = await p.send(
              'ssm',
              'DescribeInstanceInformation',
              { Filters: [{ Key: 'InstanceIds', Values: chunk.map((r) => String(r.InstanceId)) }] },
              region,
            );
            const info = new Map<string, Resource>();
            for (const i of (out.InstanceInformationList ?? []) as Resource[])
              info.set(String(i.InstanceId), i);
            for (const r of chunk) r[SSM_STATE] = info.get(String(r.InstanceId)) ?? {};
          }
        }
        const hits = await matcher(
          rs.map((r) => r[SSM_STATE] as Resource),
          ectx,
        );
        return rs.filter((r) => hits.has(r[SSM_STATE] as Resource));
      },
    };
  },
});
