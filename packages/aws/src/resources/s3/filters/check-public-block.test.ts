import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import s3 from '../resource.js';
import checkPublicBlock from './check-public-block.js';

// GetPublicAccessBlock answers, in call order: a partial block (IgnorePublicAcls and
// BlockPublicPolicy on), no configuration, AccessDenied.
const dir = fileURLToPath(new URL('../__fixtures__/public-block', import.meta.url));
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
const buckets = (): Record<string, unknown>[] => [
  { Name: 'b-partial' },
  { Name: 'b-none' },
  { Name: 'b-denied' },
];

testFilter(checkPublicBlock, {
  resourceType: s3,
  context: { provider },
  valid: [{}, { BlockPublicAcls: true, BlockPublicPolicy: true }],
  invalid: [
    { options: { BlockPublicAcls: 'yes' }, messageId: 'schema', path: ['BlockPublicAcls'] },
    { options: { state: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'any setting off',
      options: {},
      resources: buckets(),
      matches: ['b-partial', 'b-none', 'b-denied'],
    },
    {
      name: 'a setting on',
      options: { BlockPublicPolicy: true },
      resources: buckets(),
      matches: ['b-partial'],
    },
    {
      name: 'a setting off',
      options: { BlockPublicAcls: false },
      resources: buckets(),
      matches: ['b-partial', 'b-none', 'b-denied'],
    },
    {
      name: 'every given setting must agree',
      options: { IgnorePublicAcls: true, RestrictPublicBuckets: true },
      resources: buckets(),
      matches: [],
    },
  ],
});

it('check-public-block annotates the configuration and denied calls', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const rs = buckets();
  const ev = checkPublicBlock.compile({}, { resourceType: s3, policyName: 't', registry: p.registry });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  await ev.process(rs, { now: 0, provider: p });
  expect(rs[1]?.['c7n:PublicAccessBlock']).toEqual({
    BlockPublicPolicy: false,
    BlockPublicAcls: false,
    IgnorePublicAcls: false,
    RestrictPublicBuckets: false,
  });
  expect(rs[2]?.['c7n:DeniedMethods']).toEqual(['GetPublicAccessBlock']);
  expect(p.clients.session.calls.map((c) => c.input)).toEqual(rs.map((b) => ({ Bucket: b.Name })));
  expect(checkPublicBlock.reads?.({}, s3)).toEqual(['Name']);
});
