import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import domains from '../resource.js';
import crossAccount from './cross-account.js';

// DescribeElasticsearchDomainConfig in call order: open's policy allows everyone, own's only its
// account, then ResourceNotFoundException for gone.
const flight = fileURLToPath(new URL('../__fixtures__/domain-config', import.meta.url));

testFilter(crossAccount, {
  resourceType: domains,
  context: {
    accountId: '123456789012',
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{}, { whitelist: ['210987654321'] }],
  invalid: [{ options: { everyone_only: 'yes' }, messageId: 'schema' }],
  cases: [
    {
      name: "the domain config's access policy, not the describe output's; a domain gone does not match",
      options: {},
      resources: [{ DomainName: 'open', AccessPolicies: '' }, { DomainName: 'own' }, { DomainName: 'gone' }],
      matches: ['open'],
    },
  ],
});
