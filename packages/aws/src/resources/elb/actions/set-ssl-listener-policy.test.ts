import { testAction } from '@c7n-ts/core/testing';
import elbs from '../resource.js';
import setSslListenerPolicy from './set-ssl-listener-policy.js';

const START = 1_765_000_000_000;
const listener = (Protocol: string, LoadBalancerPort: number, PolicyNames: string[] = []) => ({
  Listener: { Protocol, LoadBalancerPort, InstanceProtocol: 'HTTP', InstancePort: 80 },
  PolicyNames,
});

testAction(setSslListenerPolicy, {
  resourceType: elbs,
  context: { executionStart: START },
  valid: [
    { name: 'p', attributes: ['Protocol-TLSv1.2'] },
    { name: 'p', attributes: { 'Reference-Security-Policy': 'ELBSecurityPolicy-TLS-1-2-2017-01' } },
  ],
  invalid: [
    { options: { name: 'p' }, messageId: 'schema' },
    { options: { name: 'p', attributes: 'Protocol-TLSv1.2' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a new policy on each SSL listener; the old SSL policy dropped, others kept; plain ELBs left alone',
      options: { name: 'tls12', attributes: ['Protocol-TLSv1.2', 'ECDHE-RSA-AES128-GCM-SHA256'] },
      resources: [
        {
          LoadBalancerName: 'web',
          ListenerDescriptions: [
            listener('HTTPS', 443, ['old-ssl', 'stickiness']),
            listener('HTTP', 80, ['stickiness']),
            listener('SSL', 8443),
          ],
          'c7n.ssl-policies': ['old-ssl'],
        },
        { LoadBalancerName: 'plain', ListenerDescriptions: [listener('HTTP', 80)] },
      ],
      calls: [
        {
          service: 'elb',
          operation: 'CreateLoadBalancerPolicy',
          input: {
            LoadBalancerName: 'web',
            PolicyName: `tls12-${START}`,
            PolicyTypeName: 'SSLNegotiationPolicyType',
            PolicyAttributes: [
              { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' },
              { AttributeName: 'ECDHE-RSA-AES128-GCM-SHA256', AttributeValue: 'true' },
            ],
          },
          resourceIds: ['web'],
        },
        {
          operation: 'SetLoadBalancerPoliciesOfListener',
          input: {
            LoadBalancerName: 'web',
            LoadBalancerPort: 443,
            PolicyNames: [`tls12-${START}`, 'stickiness'],
          },
        },
        {
          operation: 'SetLoadBalancerPoliciesOfListener',
          input: { LoadBalancerName: 'web', LoadBalancerPort: 8443, PolicyNames: [`tls12-${START}`] },
        },
      ],
    },
    {
      name: 'a predefined policy by reference',
      options: {
        name: 'ref',
        attributes: { 'Reference-Security-Policy': 'ELBSecurityPolicy-TLS-1-2-2017-01' },
      },
      resources: [{ LoadBalancerName: 'api', ListenerDescriptions: [listener('HTTPS', 443)] }],
      calls: [
        {
          input: {
            PolicyAttributes: [
              {
                AttributeName: 'Reference-Security-Policy',
                AttributeValue: 'ELBSecurityPolicy-TLS-1-2-2017-01',
              },
            ],
          },
        },
        { input: { LoadBalancerName: 'api', LoadBalancerPort: 443, PolicyNames: [`ref-${START}`] } },
      ],
    },
  ],
});
