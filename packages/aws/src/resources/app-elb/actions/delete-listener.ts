import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { listenerActionMessages, needsListenerFilter } from '../_listener-actions.js';
import { MATCHED_LISTENERS, matchedListeners } from '../_listeners.js';

export default defineAction({
  type: 'delete-listener',
  resources: ['aws.app-elb'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      scope: {
        enum: ['matched'],
        default: 'matched',
        description:
          'Which listeners to delete: `matched`, those the `listener` filter matched (the only scope).',
      },
    },
  } as const,
  permissions: ['elasticloadbalancing:DeleteListener'],
  doc: {
    summary:
      'Delete the listeners the `listener` filter matched (DeleteListener per listener); a listener already gone counts as deleted. The policy needs a `listener` filter.',
    example: '- type: delete-listener\n  scope: matched',
  },
  messages: listenerActionMessages,
  // `matched` is the only scope, so the listener filter is always needed.
  check: (_opts, ctx) => needsListenerFilter('delete-listener', ctx.policy),
  reads: () => ['LoadBalancerArn', MATCHED_LISTENERS],
  plan(albs) {
    return albs.flatMap((alb) =>
      matchedListeners(alb).map(
        (l): PlannedCall => ({
          service: 'elbv2',
          operation: 'DeleteListener',
          input: { ListenerArn: l.ListenerArn },
          resourceIds: [String(alb.LoadBalancerArn)],
          describe: `delete listener ${String(l.ListenerArn)}`,
          okErrors: ['ListenerNotFoundException', 'ListenerNotFound'],
        }),
      ),
    );
  },
});
