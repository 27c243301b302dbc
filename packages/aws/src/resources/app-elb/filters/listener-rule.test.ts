import { fileURLToPath } from 'node:url';
import { compileFilters, composeRegistry, coreFilters, LIST_ITEM_MATCHES } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import albs from '../resource.js';
import listenerRule, { LISTENER_RULES } from './listener-rule.js';

// Flight data: alb-1's HTTP listener has a rule redirecting /old/* over HTTP (and a default
// rule); alb-2's HTTPS listener has two forwarding rules (to tg-c by host, to tg-b by path), its
// HTTP listener only a default rule. DescribeRules answers in that order, wrapping per case.
const flight = fileURLToPath(new URL('../__fixtures__/elbv2', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const A1 = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb-1/50dc6c495c0c9188';
const A2 = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb-2/60dc6c495c0c9199';
const resources = (): Record<string, unknown>[] => [
  { LoadBalancerArn: A1, LoadBalancerName: 'alb-1' },
  { LoadBalancerArn: A2, LoadBalancerName: 'alb-2' },
];
const insecureRedirect = [
  { type: 'value', key: 'Actions[0].Type', value: 'redirect' },
  { type: 'value', key: 'Actions[0].RedirectConfig.Protocol', value: 'HTTP' },
];

testFilter(listenerRule, {
  resourceType: albs,
  context: { provider: await provider() },
  valid: [{ attrs: insecureRedirect }, { count: 5, count_op: 'gt' }],
  invalid: [
    { options: { attrs: [{ type: 'instance-age' }] }, messageId: 'unknown-filter' },
    { options: { count_op: 'most' }, messageId: 'schema', path: ['count_op'] },
    { options: { key: 'Rules' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a rule redirecting to HTTP (default rules left out)',
      options: { attrs: insecureRedirect },
      resources: resources(),
      matches: [A1],
    },
    {
      name: 'more than one rule besides the default',
      options: { count: 1, count_op: 'gt' },
      resources: resources(),
      matches: [A2],
    },
    {
      name: 'a rule forwarding to a target group by glob',
      options: {
        attrs: [{ type: 'value', key: 'Actions[0].TargetGroupArn', value: '*/tg-c/*', op: 'glob' }],
      },
      resources: resources(),
      matches: [A2],
    },
  ],
});

describe('listener-rule annotations', () => {
  it('keeps the non-default rules and records the matched ones themselves', async () => {
    const ctx = {
      resourceType: albs,
      policyName: 'p',
      registry: composeRegistry({
        resources: [albs],
        sources: [{ origin: 'test', elements: [...coreFilters, listenerRule] }],
      }),
    };
    const f = compileFilters([{ type: 'listener-rule', attrs: [{ Priority: '2' }] }], ctx);
    const rs = resources();
    const out = await f.evaluate(rs, { now: Date.now(), provider: await provider() });
    expect(out.map((r) => r.LoadBalancerName)).toEqual(['alb-2']);
    const alb2 = rs[1] as Record<string, unknown>;
    expect((alb2[LISTENER_RULES] as { Priority: string }[]).map((r) => r.Priority)).toEqual(['1', '2']);
    expect((alb2[LIST_ITEM_MATCHES] as { Priority: string }[]).map((r) => r.Priority)).toEqual(['2']);
    expect(rs[0]?.[LISTENER_RULES]).toHaveLength(1);
  });
});
