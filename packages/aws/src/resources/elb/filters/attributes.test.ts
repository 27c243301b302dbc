import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import elbs from '../resource.js';
import attributes from './attributes.js';

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

testFilter(attributes, {
  resourceType: elbs,
  context: { provider: await provider() },
  valid: [{ key: 'ConnectionDraining.Enabled', value: true }],
  invalid: [{ options: { key: 'a', op: 'nope', value: 1 }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'idle timeout above 30',
      options: { key: 'ConnectionSettings.IdleTimeout', value: 30, op: 'gt' },
      resources: resources(),
      matches: ['web'],
    },
    {
      name: 'not draining',
      options: { key: 'ConnectionDraining.Enabled', value: false },
      resources: resources(),
      matches: ['api'],
    },
  ],
});
