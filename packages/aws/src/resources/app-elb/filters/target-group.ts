import { compileValue, defineFilter, type ValueOptions } from '@c7n-ts/core';
import { checkEmbeddedValue, valueMessages, valueProperties } from '../../../common/filters/value-over.js';
import { targetGroupsByLoadBalancer } from '../_target-groups.js';

export default defineFilter({
  type: 'target-group',
  resources: ['aws.app-elb'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['elasticloadbalancing:DescribeTargetGroups'],
  doc: {
    summary:
      "Load balancers by their target groups: as in Cloud Custodian, the value filter options apply to the list of the load balancer's target groups (the region's aws.app-elb-target-group resources naming it), so `key` is usually a JMESPath expression over that list.",
    example: "- type: target-group\n  key: length([?Protocol=='HTTP'])\n  value: 1\n  op: eq",
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['LoadBalancerArn'],
  compile(opts, ctx) {
    const ev = compileValue(opts as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(albs, ectx) {
        const byAlb = await targetGroupsByLoadBalancer(ectx);
        // The list itself is the value matched: a JMESPath key reads it as an array.
        const lists = albs.map((a) => byAlb.get(String(a.LoadBalancerArn)) ?? []);
        const hits =
          ev.kind === 'match'
            ? new Set(lists.filter((l) => ev.match(l as never, ectx)))
            : new Set(await ev.process(lists as never, ectx));
        return albs.filter((_, n) => hits.has(lists[n] as never));
      },
    };
  },
});
