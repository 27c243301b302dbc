import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import accounts from '../resource.js';
import ou from './ou.js';

// ListChildren: units under ou-a (two pages: ou-b), under ou-b (none); accounts of ou-a (333),
// of ou-b (111).
const flight = fileURLToPath(new URL('../__fixtures__/ou', import.meta.url));

testFilter(ou, {
  resourceType: accounts,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ units: ['ou-ab12-aaaaaaaa'] }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { units: 'ou-ab12-aaaaaaaa' }, messageId: 'schema', path: ['units'] },
  ],
  cases: [
    {
      name: 'accounts in the units or any unit below them',
      options: { units: ['ou-ab12-aaaaaaaa'] },
      resources: [{ Id: '111111111111' }, { Id: '222222222222' }, { Id: '333333333333' }],
      matches: ['111111111111', '333333333333'],
    },
  ],
});
