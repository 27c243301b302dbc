/**
 * termination-protected and stop-protected: one DescribeInstanceAttribute per instance, in
 * order, keeping those whose flag is true (as c7n; a failed call fails the filter).
 */
import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

export function protectionFlagFilter(
  type: string,
  attribute: 'disableApiTermination' | 'disableApiStop',
  what: string,
) {
  const field = attribute === 'disableApiTermination' ? 'DisableApiTermination' : 'DisableApiStop';
  return defineFilter({
    type,
    resources: ['aws.ec2'],
    options: { type: 'object', additionalProperties: false, properties: {} } as const,
    permissions: ['ec2:DescribeInstanceAttribute'],
    doc: {
      summary: `Instances with ${what} protection on (the \`${attribute}\` attribute, one DescribeInstanceAttribute call per instance). Use it under \`not\` for the unprotected ones.`,
      example: `- type: ${type}`,
    },
    reads: () => ['InstanceId'],
    compile: () => ({
      kind: 'process',
      async process(instances, ctx) {
        const p = providerOf(ctx);
        const region = regionOf(ctx, p);
        const out = [];
        for (const i of instances) {
          const res = await p.send(
            'ec2',
            'DescribeInstanceAttribute',
            { Attribute: attribute, InstanceId: i.InstanceId },
            region,
          );
          if ((res[field] as { Value?: boolean } | undefined)?.Value === true) out.push(i);
        }
        return out;
      },
    }),
  });
}
