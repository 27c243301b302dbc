import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import albs from '../resource.js';
import modifyListener from './modify-listener.js';

const arn = (name: string) =>
  `arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/${name}/1`;
const listener = (name: string, id: string) =>
  `arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/${name}/1/${id}`;
const alb = (name: string, ...listeners: string[]): Record<string, unknown> => ({
  LoadBalancerArn: arn(name),
  LoadBalancerName: name,
  'c7n:MatchedListeners': listeners.map((id) => ({ ListenerArn: listener(name, id), Port: 80 })),
});
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';

testAction(modifyListener, {
  resourceType: albs,
  valid: [
    { sslpolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
    { port: 443, protocol: 'HTTPS', certificate: CERT },
  ],
  invalid: [
    { options: { protocol: 'SMTP' }, messageId: 'schema', path: ['protocol'] },
    { options: { port: '443' }, messageId: 'schema', path: ['port'] },
  ],
  cases: [
    {
      name: 'each matched listener, with only the settings given',
      options: {
        protocol: 'HTTPS',
        port: 443,
        sslpolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
        certificate: CERT,
      },
      resources: [alb('web', 'a', 'b'), alb('api'), { LoadBalancerArn: arn('old'), LoadBalancerName: 'old' }],
      calls: [
        {
          service: 'elbv2',
          operation: 'ModifyListener',
          input: {
            ListenerArn: listener('web', 'a'),
            Port: 443,
            Protocol: 'HTTPS',
            SslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
            Certificates: [{ CertificateArn: CERT }],
          },
          resourceIds: [arn('web')],
        },
        { input: { ListenerArn: listener('web', 'b') } },
      ],
    },
    {
      name: 'the SSL policy alone',
      options: { sslpolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' },
      resources: [alb('web', 'a')],
      calls: [
        { input: { ListenerArn: listener('web', 'a'), SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' } },
      ],
    },
  ],
});

describe('modify-listener and the policy around it', () => {
  const check = (policy: Record<string, unknown>) =>
    (
      modifyListener.check?.(
        {},
        {
          resourceType: albs,
          policyName: 'p',
          registry: { filter: () => undefined, action: () => undefined, resource: () => undefined },
          policy,
        },
      ) ?? []
    ).map((p) => p.messageId);
  it('finds the listener filter, nested blocks included', () => {
    expect(check({ filters: [{ type: 'listener', key: 'Protocol', value: 'HTTP' }] })).toEqual([]);
    expect(check({ filters: [{ or: [{ type: 'listener', key: 'Port', value: 80 }] }] })).toEqual([]);
  });
  it('refuses a policy without it, as Cloud Custodian', () => {
    expect(check({ filters: [{ LoadBalancerName: 'web' }] })).toEqual(['needs-listener-filter']);
    expect(check({ name: 'p', resource: 'app-elb' })).toEqual(['needs-listener-filter']);
  });
});
