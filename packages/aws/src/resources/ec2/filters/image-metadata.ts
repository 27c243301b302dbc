import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

/** Where each instance's image metadata is kept ({} when AWS returns none), as in c7n. */
const ANNOTATION = 'c7n:image-metadata';

/** c7n asks for 50 instance ids per DescribeInstanceImageMetadata call. */
const CHUNK = 50;

export default defineFilter({
  type: 'image-metadata',
  resources: ['aws.ec2'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['ec2:DescribeInstanceImageMetadata'],
  doc: {
    summary:
      "Instances by the metadata of the AMI they were launched from (State, DeprecationTime, IsPublic, ImageOwnerAlias...), known even for deregistered or deprecated images: value filter options apply to the instance's DescribeInstanceImageMetadata entry, fetched 50 instances per call and kept in `c7n:image-metadata`.",
    example: '- type: image-metadata\n  key: State\n  value: deregistered',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['InstanceId', ANNOTATION],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(rs, ectx) {
        const todo = rs.filter((r) => !(ANNOTATION in r));
        if (todo.length) {
          const p = providerOf(ectx);
          const region = regionOf(ectx, p);
          for (let n = 0; n < todo.length; n += CHUNK) {
            const chunk = todo.slice(n, n + CHUNK);
            // One page only, as c7n: a chunk of 50 fits the API's page.
            const out = await p.send(
              'ec2',
              'DescribeInstanceImageMetadata',
              { InstanceIds: chunk.map((r) => String(r.InstanceId)) },
              region,
            );
            const meta = new Map<string, Resource>();
            for (const i of (out.InstanceImageMetadata ?? []) as Resource[])
              meta.set(String(i.InstanceId), (i.ImageMetadata ?? {}) as Resource);
            for (const r of chunk) r[ANNOTATION] = meta.get(String(r.InstanceId)) ?? {};
          }
        }
        const hits = await matcher(
          rs.map((r) => r[ANNOTATION] as Resource),
          ectx,
        );
        return rs.filter((r) => hits.has(r[ANNOTATION] as Resource));
      },
    };
  },
});
