/**
 * Cloud Custodian's app-elb `listener-rule`: `list-item` over each load balancer's listener
 * rules (DescribeListeners, then DescribeRules per listener), default rules left out as the
 * `listener` filter covers them. The rules are kept in `c7n:ListenerRules` and the matched ones in
 * `c7n:ListItemMatches` (c7n appends the matched rules to `c7n:ListenerRules` itself, listing them
 * twice there).
 */
import { defineFilter, type Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import {
  checkListItemOver,
  compileListItemOver,
  listItemProperties,
} from '../../../common/filters/_list-item-over.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode, isServiceError } from '../../../query/errors.js';
import { listenersOf } from '../_listeners.js';

export const LISTENER_RULES = 'c7n:ListenerRules';

export default defineFilter({
  type: 'listener-rule',
  resources: ['aws.app-elb'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: listItemProperties(
      'a listener rule (as DescribeRules gives it: Priority, Conditions, Actions...)',
      'rules',
    ),
  } as const,
  permissions: ['elasticloadbalancing:DescribeListeners', 'elasticloadbalancing:DescribeRules'],
  doc: {
    summary:
      "Load balancers by their listeners' rules other than the default ones (DescribeListeners, then DescribeRules per listener): as `list-item` over them, a load balancer matches when a rule passes `attrs` (or when the number that pass satisfies `count`). The rules are kept in `c7n:ListenerRules`, the matched ones in `c7n:ListItemMatches`.",
    example: [
      '- type: listener-rule',
      '  attrs:',
      '    - type: value',
      '      key: Actions[0].Type',
      '      value: redirect',
      '    - type: value',
      '      key: Actions[0].RedirectConfig.Protocol',
      '      value: HTTP',
    ].join('\n'),
  },
  check: (opts, ctx) => checkListItemOver(LISTENER_RULES, opts, ctx),
  reads: () => ['LoadBalancerArn', LISTENER_RULES],
  compile: (opts, ctx) =>
    compileListItemOver(LISTENER_RULES, opts, ctx, async (albs, ectx) => {
      const p = awsProvider(ectx);
      const region = regionOf(ectx, p);
      for (const alb of albs) {
        const rules: Resource[] = [];
        let listeners: Resource[] = [];
        try {
          listeners = await listenersOf(p, alb, region);
        } catch (e) {
          // c7n logs a failed listing and goes on with no rules for that load balancer.
          if (!isServiceError(e)) throw e;
          ectx.log?.(
            'warn',
            `listener-rule: listeners of ${String(alb.LoadBalancerArn)}: ${(e as Error).message}`,
          );
        }
        for (const listener of listeners) {
          try {
            const out = await p.send('elbv2', 'DescribeRules', { ListenerArn: listener.ListenerArn }, region);
            rules.push(...((out.Rules ?? []) as Resource[]).filter((r) => !r.IsDefault));
          } catch (e) {
            if (!isServiceError(e)) throw e;
            if (errorCode(e) !== 'ListenerNotFoundException' && errorCode(e) !== 'ListenerNotFound')
              ectx.log?.(
                'warn',
                `listener-rule: rules of ${String(listener.ListenerArn)}: ${(e as Error).message}`,
              );
          }
        }
        alb[LISTENER_RULES] = rules;
      }
    }),
});
