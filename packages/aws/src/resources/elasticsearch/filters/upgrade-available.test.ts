import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import domains from '../resource.js';
import upgradeAvailable from './upgrade-available.js';

// GetCompatibleElasticsearchVersions: 7.9 -> 7.10; 7.10 -> OpenSearch 1.3 and 2.11; 6.8 -> 7.1
// and 7.10; OpenSearch 2.9 -> 2.11.
const flight = fileURLToPath(new URL('../__fixtures__/compatible-versions', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const resources = [
  { DomainName: 'es79', ElasticsearchVersion: '7.9' },
  { DomainName: 'es710', ElasticsearchVersion: '7.10' },
  { DomainName: 'es68', ElasticsearchVersion: '6.8' },
  { DomainName: 'os29', ElasticsearchVersion: 'OpenSearch_2.9' },
  { DomainName: 'os23', ElasticsearchVersion: 'OpenSearch_2.3' },
];

testFilter(upgradeAvailable, {
  resourceType: domains,
  context: { provider: await provider() },
  valid: [{}, { major: true, value: false }],
  invalid: [{ options: { major: 'yes' }, messageId: 'schema', path: ['major'] }],
  cases: [
    {
      name: 'minor upgrades of the same engine only',
      options: {},
      resources,
      matches: ['es79', 'os29'],
    },
  ],
});

testFilter(upgradeAvailable, {
  resourceType: domains,
  context: { provider: await provider() },
  cases: [
    {
      name: 'major: another engine or a higher major counts too',
      options: { major: true },
      resources,
      matches: ['es79', 'es710', 'es68', 'os29'],
    },
  ],
});

testFilter(upgradeAvailable, {
  resourceType: domains,
  context: { provider: await provider() },
  cases: [
    {
      name: 'value: false, the domains without one',
      options: { value: false },
      resources,
      matches: ['es710', 'es68', 'os23'],
    },
  ],
});

it('keeps the upgrades found, sorted', async () => {
  const p = await provider();
  const ev = upgradeAvailable.compile(
    { major: true },
    { resourceType: domains, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const [d] = await ev.process([{ DomainName: 'es710', ElasticsearchVersion: '7.10' }], {
    now: 0,
    provider: p,
  });
  expect(d?.['c7n:AvailableUpgrades']).toEqual(['OpenSearch_1.3', 'OpenSearch_2.11']);
});
