import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import s3 from '../resource.js';
import intelligentTiering from './intelligent-tiering.js';

// ListBucketIntelligentTieringConfigurations answers, in call order: two configurations
// (archive Enabled, deep Disabled), none, AccessDenied.
const dir = fileURLToPath(new URL('../__fixtures__/intelligent-tiering', import.meta.url));
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
const buckets = (): Record<string, unknown>[] => [
  { Name: 'b-two' },
  { Name: 'b-none' },
  { Name: 'b-denied' },
];

testFilter(intelligentTiering, {
  resourceType: s3,
  context: { provider },
  valid: [{ attrs: [{ Status: 'Enabled' }] }, { count: 2, count_op: 'eq' }],
  invalid: [
    { options: { count: 'two' }, messageId: 'schema', path: ['count'] },
    { options: { key: 'Id' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a configuration passes attrs',
      options: { attrs: [{ Status: 'Enabled' }, { Id: 'archive' }] },
      resources: buckets(),
      matches: ['b-two'],
    },
    { name: 'by count', options: { count: 2, count_op: 'eq' }, resources: buckets(), matches: ['b-two'] },
    {
      name: 'none counts as zero',
      options: { count: 0 },
      resources: buckets(),
      matches: ['b-none', 'b-denied'],
    },
    {
      name: 'no configuration passes',
      options: { attrs: [{ Status: 'Enabled' }, { Id: 'deep' }] },
      resources: buckets(),
      matches: [],
    },
  ],
});

it('intelligent-tiering keeps the matched configurations themselves, and denied calls', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const rs = buckets();
  const ev = intelligentTiering.compile(
    { attrs: [{ Status: 'Disabled' }] },
    { resourceType: s3, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  await ev.process(rs, { now: 0, provider: p });
  expect(rs[0]?.['c7n:ListItemMatches']).toEqual([
    { Id: 'deep', Status: 'Disabled', Tierings: [{ Days: 180, AccessTier: 'DEEP_ARCHIVE_ACCESS' }] },
  ]);
  expect(rs[1]?.['c7n:IntelligentTiering']).toEqual([]);
  expect(rs[2]?.['c7n:DeniedMethods']).toEqual(['list_bucket_intelligent_tiering_configurations']);
});
