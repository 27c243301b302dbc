import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import albs from '../resource.js';
import isNotLogging from './is-not-logging.js';

// Flight data: alb-1 (access logs to prodlogs/alblogs, idle timeout 60, HTTP listener, target
// group tg-a in the default VPC) and alb-2 (connection logs only, idle timeout 30, HTTPS and HTTP
// listeners, target groups tg-b and tg-c, tg-b checking health over HTTP). Per-resource calls
// answer by call count, alb-1 first.
const flight = fileURLToPath(new URL('../__fixtures__/elbv2', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const A1 = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb-1/50dc6c495c0c9188';
const A2 = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/alb-2/60dc6c495c0c9199';
const resources = () => [
  { LoadBalancerArn: A1, LoadBalancerName: 'alb-1', VpcId: 'vpc-3ac0fb5f' },
  { LoadBalancerArn: A2, LoadBalancerName: 'alb-2', VpcId: 'vpc-0f1e2d3c' },
];

testFilter(isNotLogging, {
  resourceType: albs,
  context: { provider: await provider() },
  valid: [{}, { bucket: 'prodlogs' }],
  invalid: [{ options: { bucket: 1 }, messageId: 'schema', path: ['bucket'] }],
  cases: [
    { name: 'no access logs', options: {}, resources: resources(), matches: [A2] },
    { name: 'logging elsewhere', options: { bucket: 'other' }, resources: resources(), matches: [A1, A2] },
    { name: 'another prefix', options: { prefix: 'other' }, resources: resources(), matches: [A1, A2] },
    {
      name: 'no connection logs',
      options: { 'log-type': 'connection' },
      resources: resources(),
      matches: [A1],
    },
  ],
});
