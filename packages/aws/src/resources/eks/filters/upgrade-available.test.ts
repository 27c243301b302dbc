import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import eks from '../resource.js';
import upgradeAvailable from './upgrade-available.js';

// Flight data: versions 1.29 to 1.32 over two pages.
const flight = fileURLToPath(new URL('../__fixtures__/versions', import.meta.url));
const clusters = () => [
  { name: 'old', version: '1.29' },
  { name: 'latest', version: '1.32' },
  { name: 'unknown', version: '1.20' },
];

testFilter(upgradeAvailable, {
  resourceType: eks,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{}, { major: true, value: false }],
  invalid: [{ options: { value: 'yes' }, messageId: 'schema', path: ['value'] }],
  cases: [
    {
      name: 'clusters with a newer minor version listed',
      options: {},
      resources: clusters(),
      matches: ['old'],
    },
    {
      name: 'value false: the others, a version not listed included',
      options: { value: false },
      resources: clusters(),
      matches: ['latest', 'unknown'],
    },
  ],
});
