import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import elbs from '../resource.js';
import instance from './instance.js';

// Flight data: web (cross-zone, access logs to prodlogs/elblogs, draining, idle timeout 60) and
// api (none of those, idle timeout 30), answered by call count in that order; web's SSL
// policy old-ssl enables SSLv3, TLSv1.2 and one cipher; instance i-0aaa runs ami-40d28157.
const flight = fileURLToPath(new URL('../__fixtures__/elb', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
testFilter(instance, {
  resourceType: elbs,
  context: { provider: await provider() },
  valid: [{ key: 'ImageId', value: 'ami-40d28157' }],
  invalid: [{ options: { key: 'a', op: 'nope', value: 1 }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: 'an instance from that image',
      options: { key: 'ImageId', value: 'ami-40d28157' },
      resources: [
        { LoadBalancerName: 'web', Instances: [{ InstanceId: 'i-0aaa' }] },
        { LoadBalancerName: 'api', Instances: [{ InstanceId: 'i-0bbb' }] },
        { LoadBalancerName: 'empty', Instances: [] },
      ],
      matches: ['web'],
    },
  ],
});
