import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

const ATTRIBUTES = [
  'instanceType',
  'kernel',
  'ramdisk',
  'userData',
  'disableApiTermination',
  'instanceInitiatedShutdownBehavior',
  'rootDeviceName',
  'blockDeviceMapping',
  'productCodes',
  'sourceDestCheck',
  'groupSet',
  'ebsOptimized',
  'sriovNetSupport',
  'enaSupport',
] as const;

/** Keys of a DescribeInstanceAttribute answer that are not the attribute itself. */
const NOT_ATTRIBUTE = new Set(['$metadata', 'ResponseMetadata', 'InstanceId']);

export default defineFilter({
  type: 'instance-attribute',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['attribute'],
    properties: {
      attribute: { enum: ATTRIBUTES, description: 'The instance attribute to read.' },
      ...valueProperties,
    },
  } as const,
  permissions: ['ec2:DescribeInstanceAttribute'],
  doc: {
    summary:
      "Instances by one attribute read with DescribeInstanceAttribute (one call per instance): value filter options apply to the attribute's answer (`{Value: ...}` for most), kept in `c7n:attribute-<attribute>`.",
    example: '- type: instance-attribute\n  attribute: ebsOptimized\n  key: Value\n  value: false',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: (opts) => ['InstanceId', `c7n:attribute-${opts.attribute}`],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    const annotation = `c7n:attribute-${opts.attribute}`;
    return {
      kind: 'process',
      async process(rs, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        // c7n reads every instance again, even one already annotated.
        for (const r of rs) {
          const out = await p.send(
            'ec2',
            'DescribeInstanceAttribute',
            { Attribute: opts.attribute, InstanceId: r.InstanceId },
            region,
          );
          const key = Object.keys(out).find((k) => !NOT_ATTRIBUTE.has(k));
          r[annotation] = key === undefined ? null : out[key];
        }
        const values = rs.map((r) => (r[annotation] ?? {}) as Resource);
        const hits = await matcher(values, ectx);
        return rs.filter((_, n) => hits.has(values[n] as Resource));
      },
    };
  },
});
