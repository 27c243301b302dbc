import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import recorders from '../resource.js';
import retention from './retention.js';

// DescribeRetentionConfigurations: default, 365 days.
const replay = fileURLToPath(new URL('../__fixtures__/config', import.meta.url));

testFilter(retention, {
  resourceType: recorders,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay }),
  },
  valid: [{ key: 'RetentionPeriodInDays', value: 30 }],
  invalid: [
    { options: { key: 'RetentionPeriodInDays', op: 'bigger', value: 1 }, messageId: 'schema', path: ['op'] },
  ],
  cases: [
    {
      name: 'the retention period',
      options: { key: 'RetentionPeriodInDays', value: 365 },
      resources: [{ name: 'default' }],
      matches: ['default'],
    },
    {
      name: 'a comparison',
      options: { key: 'RetentionPeriodInDays', op: 'lt', value: 90 },
      resources: [{ name: 'default' }],
      matches: [],
    },
  ],
});
