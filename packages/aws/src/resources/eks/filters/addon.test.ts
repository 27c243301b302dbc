import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import rt from '../resource.js';
import filter from './addon.js';

// Flight data: prod's add-ons (vpc-cni healthy, amazon-cloudwatch-observability with a health
// issue), then dev's (none). Each case gets its own provider, so the counts start anew.
const flight = fileURLToPath(new URL('../__fixtures__/addon', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const clusters = () => [{ name: 'prod' }, { name: 'dev' }];

testFilter(filter, {
  resourceType: rt,
  context: { provider: await provider() },
  valid: [{ attrs: [{ addonName: 'vpc-cni' }] }, { count: 0 }, { count: 2, count_op: 'gte' }],
  invalid: [
    { options: { attrs: [{ type: 'instance-age' }] }, messageId: 'unknown-filter' },
    { options: { count_op: 'most' }, messageId: 'schema', path: ['count_op'] },
  ],
  cases: [
    {
      name: 'an add-on with health issues',
      options: { attrs: [{ addonName: 'amazon-cloudwatch-observability' }, { 'health.issues': 'not-null' }] },
      resources: clusters(),
      matches: ['prod'],
    },
  ],
});

testFilter(filter, {
  resourceType: rt,
  context: { provider: await provider() },
  cases: [
    { name: 'no add-ons at all (count 0)', options: { count: 0 }, resources: clusters(), matches: ['dev'] },
  ],
});
