import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import elbs from '../resource.js';
import sslPolicy from './ssl-policy.js';

// Flight data: web (cross-zone, access logs to prodlogs/elblogs, draining, idle timeout 60) and
// api (none of those, idle timeout 30), answered by call count in that order; web's SSL
// policy old-ssl enables SSLv3, TLSv1.2 and one cipher; instance i-0aaa runs ami-40d28157.
const flight = fileURLToPath(new URL('../__fixtures__/elb', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const ssl = () => [
  {
    LoadBalancerName: 'web',
    ListenerDescriptions: [{ Listener: { Protocol: 'HTTPS' }, PolicyNames: ['old-ssl'] }],
  },
  { LoadBalancerName: 'plain', ListenerDescriptions: [{ Listener: { Protocol: 'HTTP' }, PolicyNames: [] }] },
];

testFilter(sslPolicy, {
  resourceType: elbs,
  context: { provider: await provider() },
  valid: [{ blacklist: ['Protocol-SSLv3'] }, { whitelist: ['Protocol-TLSv1.2'], matching: '^Protocol-' }],
  invalid: [
    { options: { blacklist: ['a'], whitelist: ['b'] }, messageId: 'list-choice' },
    { options: {}, messageId: 'list-choice' },
    { options: { blacklist: ['a'], matching: '(' }, messageId: 'bad-regex', path: ['matching'] },
  ],
  cases: [
    { name: 'SSLv3 enabled', options: { blacklist: ['Protocol-SSLv3'] }, resources: ssl(), matches: ['web'] },
    {
      name: 'nothing blacklisted enabled',
      options: { blacklist: ['Protocol-SSLv2'] },
      resources: ssl(),
      matches: [],
    },
    {
      name: 'a protocol outside the whitelist',
      options: { whitelist: ['Protocol-TLSv1.2'], matching: '^Protocol-' },
      resources: ssl(),
      matches: ['web'],
    },
    {
      name: 'ciphers left out by matching',
      options: { whitelist: ['Protocol-TLSv1.2', 'Protocol-SSLv3'], matching: '^Protocol-' },
      resources: ssl(),
      matches: [],
    },
  ],
});
