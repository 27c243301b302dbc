import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import albs from '../resource.js';
import deleteListener from './delete-listener.js';

const arn = (name: string) =>
  `arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/${name}/1`;
const listener = (name: string, id: string) =>
  `arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/${name}/1/${id}`;
const alb = (name: string, ...listeners: string[]): Record<string, unknown> => ({
  LoadBalancerArn: arn(name),
  LoadBalancerName: name,
  'c7n:MatchedListeners': listeners.map((id) => ({ ListenerArn: listener(name, id), Protocol: 'HTTP' })),
});

testAction(deleteListener, {
  resourceType: albs,
  valid: [{}, { scope: 'matched' }],
  invalid: [{ options: { scope: 'all' }, messageId: 'schema', path: ['scope'] }],
  cases: [
    {
      name: 'each matched listener, a listener already gone passed over',
      options: { scope: 'matched' },
      resources: [
        alb('web', 'a', 'b'),
        alb('api', 'c'),
        { LoadBalancerArn: arn('old'), LoadBalancerName: 'old' },
      ],
      calls: [
        {
          service: 'elbv2',
          operation: 'DeleteListener',
          input: { ListenerArn: listener('web', 'a') },
          resourceIds: [arn('web')],
          okErrors: ['ListenerNotFoundException', 'ListenerNotFound'],
        },
        { input: { ListenerArn: listener('web', 'b') }, resourceIds: [arn('web')] },
        { input: { ListenerArn: listener('api', 'c') }, resourceIds: [arn('api')] },
      ],
    },
  ],
});

describe('delete-listener and the policy around it', () => {
  const check = (policy: Record<string, unknown>) =>
    (
      deleteListener.check?.(
        { scope: 'matched' },
        {
          resourceType: albs,
          policyName: 'p',
          registry: { filter: () => undefined, action: () => undefined, resource: () => undefined },
          policy,
        },
      ) ?? []
    ).map((p) => p.messageId);
  it('finds the listener filter', () => {
    expect(check({ filters: [{ type: 'listener', key: 'Protocol', value: 'HTTP' }] })).toEqual([]);
  });
  it('refuses scope matched without it, as Cloud Custodian', () => {
    expect(check({ filters: [{ type: 'listener-rule', count: 0 }] })).toEqual(['needs-listener-filter']);
  });
});
