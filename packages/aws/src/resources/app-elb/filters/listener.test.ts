import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import albs from '../resource.js';
import listener from './listener.js';

// Flight data: alb-1 (access logs to prodlogs/alblogs, idle timeout 60, HTTP listener, target
// group tg-a in the default VPC) and alb-2 (connection logs only, idle timeout 30, HTTPS and HTTP
// listeners, target groups tg-b and tg-c, tg-b checking health over HTTP). Per-resource calls
// answer by call count, alb-1 first.
const flight = fileURLToPath(new URL('../__fixtures__/elbv2', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const A1 = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb-1/50dc6c495c0c9188';
const A2 = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb-2/60dc6c495c0c9199';
const resources = (): Record<string, unknown>[] => [
  { LoadBalancerArn: A1, LoadBalancerName: 'alb-1', VpcId: 'vpc-3ac0fb5f' },
  { LoadBalancerArn: A2, LoadBalancerName: 'alb-2', VpcId: 'vpc-0f1e2d3c' },
];

testFilter(listener, {
  resourceType: albs,
  context: { provider: await provider() },
  valid: [
    { key: 'Protocol', value: 'HTTPS' },
    { key: 'Port', value: 80, matched: true },
  ],
  invalid: [{ options: { key: 'Port', value: 80, matched: 'yes' }, messageId: 'schema', path: ['matched'] }],
  cases: [
    {
      name: 'an HTTP listener',
      options: { key: 'Protocol', value: 'HTTP' },
      resources: resources(),
      matches: [A1, A2],
    },
    {
      name: 'among the listeners matched before',
      options: { key: 'Port', value: 443, matched: true },
      resources: [
        { LoadBalancerArn: A1, LoadBalancerName: 'alb-1', VpcId: '', 'c7n:MatchedListeners': [{ Port: 80 }] },
        {
          LoadBalancerArn: A2,
          LoadBalancerName: 'alb-2',
          VpcId: '',
          'c7n:MatchedListeners': [{ Port: 443 }],
        },
      ],
      matches: [A2],
    },
    {
      name: 'an SSL policy',
      options: { key: 'SslPolicy', value: 'ELBSecurityPolicy-2016-08' },
      resources: resources(),
      matches: [A2],
    },
  ],
});
