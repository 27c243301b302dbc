import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { listRelated } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

const { key: _key, ...properties } = valueProperties;

export default defineFilter({
  type: 'vpc-id',
  resources: ['aws.asg'],
  options: { type: 'object', additionalProperties: false, properties } as const,
  permissions: ['ec2:DescribeSubnets'],
  doc: {
    summary:
      "Auto Scaling groups by the VPC of their first subnet: the region's subnets are listed (DescribeSubnets), the group's `VpcId` is recorded, and value filter options apply to it (no `key`).",
    example: '- type: vpc-id\n  value: vpc-12ab34cd',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue({ ...opts, key: 'VpcId' }),
  reads: () => ['VPCZoneIdentifier', 'VpcId'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(
      { ...valueOptionsOf(opts), key: 'VpcId' } as ValueOptions,
      ctx.baseDir,
    );
    return {
      kind: 'process',
      async process(asgs, ectx) {
        // Groups can name subnets that are gone, so c7n lists them all rather than by id.
        const subnets = new Map<string, Resource>();
        for (const s of await listRelated(ectx, 'aws.subnet')) subnets.set(String(s.SubnetId), s);
        for (const a of asgs) {
          const first = String(a.VPCZoneIdentifier ?? '').split(',')[0];
          if (!first) continue;
          const s = subnets.get(first);
          if (s) a.VpcId = s.VpcId;
          else ectx.log?.('warn', `invalid subnet ${first} for asg ${String(a.AutoScalingGroupName)}`);
        }
        const hits = await matcher(asgs as Resource[], ectx);
        return asgs.filter((a) => hits.has(a));
      },
    };
  },
});
