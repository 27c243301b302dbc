import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import trails from '../resource.js';
import isShadow from './is-shadow.js';

const ACCOUNT = '123456789012';
const trail = (name: string, extra: Record<string, unknown>) => ({
  Name: name,
  TrailARN: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/${name}`,
  HomeRegion: 'us-east-1',
  ...extra,
});
const resources = [
  trail('local', {}),
  trail('multi-home', { IsMultiRegionTrail: true }),
  trail('multi-copy', { IsMultiRegionTrail: true, HomeRegion: 'us-west-2' }),
  {
    Name: 'org',
    TrailARN: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org',
    HomeRegion: 'us-east-1',
    IsOrganizationTrail: true,
  },
  trail('org-own', { IsOrganizationTrail: true }),
];

testFilter(isShadow, {
  resourceType: trails,
  // No call is made: the fixture folder only gives the provider a replay source.
  context: {
    accountId: ACCOUNT,
    region: 'us-east-1',
    provider: await createAwsProvider({
      regions: ['us-east-1'],
      accountId: ACCOUNT,
      replay: fileURLToPath(new URL('../__fixtures__/status', import.meta.url)),
    }),
  },
  valid: [{}, { state: false }],
  invalid: [{ options: { state: 'yes' }, messageId: 'schema', path: ['state'] }],
  cases: [
    {
      name: "copies outside the home region and other accounts' organization trails",
      options: {},
      resources,
      matches: ['multi-copy', 'org'].map((n) => resources.find((r) => r.Name === n)?.TrailARN as string),
    },
    {
      name: 'state false keeps the trails that are not shadows',
      options: { state: false },
      resources,
      matches: ['local', 'multi-home', 'org-own'].map(
        (n) => resources.find((r) => r.Name === n)?.TrailARN as string,
      ),
    },
  ],
});
