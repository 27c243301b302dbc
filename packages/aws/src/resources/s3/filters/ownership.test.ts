import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import s3 from '../resource.js';
import ownership from './ownership.js';

// GetBucketOwnershipControls answers, in call order: BucketOwnerEnforced, ObjectWriter, none.
const dir = fileURLToPath(new URL('../__fixtures__/ownership', import.meta.url));
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
const buckets = (): Record<string, unknown>[] => [
  { Name: 'b-enforced' },
  { Name: 'b-writer' },
  { Name: 'b-none' },
];

testFilter(ownership, {
  resourceType: s3,
  context: { provider },
  valid: [{ value: 'BucketOwnerEnforced' }, { op: 'in', value: ['ObjectWriter', 'BucketOwnerPreferred'] }],
  invalid: [
    { options: { value: 'BucketOwnerOnly' }, messageId: 'schema' },
    { options: { value: 'empty', state: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'one setting',
      options: { value: 'BucketOwnerEnforced' },
      resources: buckets(),
      matches: ['b-enforced'],
    },
    {
      name: 'one of several',
      options: { op: 'in', value: ['ObjectWriter', 'BucketOwnerPreferred'] },
      resources: buckets(),
      matches: ['b-writer'],
    },
    { name: 'no ownership controls', options: { value: 'empty' }, resources: buckets(), matches: ['b-none'] },
    {
      name: 'a key given is ignored, as in Cloud Custodian',
      options: { key: 'Name', value: 'present' },
      resources: buckets(),
      matches: ['b-enforced', 'b-writer'],
    },
  ],
});

it('ownership annotates the controls', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const rs = buckets();
  const ev = ownership.compile(
    { value: 'empty' },
    { resourceType: s3, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  await ev.process(rs, { now: 0, provider: p });
  expect(rs[0]?.['c7n:ownership']).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
  expect(rs[2]?.['c7n:ownership']).toBeNull();
});
