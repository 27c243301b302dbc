import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  appendAnnotation,
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { listenersOf, MATCHED_LISTENERS as MATCHED } from '../_listeners.js';

export default defineFilter({
  type: 'listener',
  resources: ['aws.app-elb'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      matched: {
        type: 'boolean',
        description:
          'Match only among the listeners an earlier listener filter matched (c7n:MatchedListeners), instead of all of them.',
      },
    },
  } as const,
  permissions: ['elasticloadbalancing:DescribeListeners'],
  doc: {
    summary:
      'Load balancers with a listener matching the value filter options (DescribeListeners per load balancer). Matched listeners are kept in c7n:MatchedListeners, which `matched: true` and the modify-listener action read.',
    example: '- type: listener\n  key: Protocol\n  value: HTTP',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['LoadBalancerArn', MATCHED],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(albs, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        // As c7n, every load balancer's listeners are read first, whether or not `matched` is set.
        const listeners = new Map<Resource, Resource[]>();
        for (const alb of albs) listeners.set(alb, await listenersOf(p, alb, region));
        const out: Resource[] = [];
        for (const alb of albs) {
          let candidates = listeners.get(alb) ?? [];
          if (opts.matched) {
            candidates = (alb[MATCHED] ?? []) as Resource[];
            delete alb[MATCHED];
          }
          const hits = await matcher(candidates, ectx);
          const found = candidates.filter((l) => hits.has(l));
          for (const l of found) appendAnnotation(alb, MATCHED, l);
          if (found.length) out.push(alb);
        }
        return out;
      },
    };
  },
});
