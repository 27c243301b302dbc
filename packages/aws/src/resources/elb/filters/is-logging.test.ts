import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import elbs from '../resource.js';
import isLogging from './is-logging.js';

// Flight data: web (cross-zone, access logs to prodlogs/elblogs, draining, idle timeout 60) and
// api (none of those, idle timeout 30), answered by call count in that order; web's SSL
// policy old-ssl enables SSLv3, TLSv1.2 and one cipher; instance i-0aaa runs ami-40d28157.
const flight = fileURLToPath(new URL('../__fixtures__/elb', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const resources = () => [
  { LoadBalancerName: 'web', VPCId: 'vpc-3ac0fb5f' },
  { LoadBalancerName: 'api', VPCId: 'vpc-0f1e2d3c' },
];

testFilter(isLogging, {
  resourceType: elbs,
  context: { provider: await provider() },
  valid: [{}, { bucket: 'prodlogs', prefix: 'elblogs' }],
  invalid: [{ options: { 'log-type': 'connection' }, messageId: 'schema' }],
  cases: [
    { name: 'access logs', options: {}, resources: resources(), matches: ['web'] },
    { name: 'to another bucket', options: { bucket: 'other' }, resources: resources(), matches: [] },
  ],
});
