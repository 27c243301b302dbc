import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import recorders from '../resource.js';
import crossAccount from './cross-account.js';

// DescribeAggregationAuthorizations: 111122223333 in us-east-1 and eu-west-1, 999988887777 in us-east-1.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/config', import.meta.url)),
  });

async function violations(options: Record<string, unknown>) {
  const provider = await replay();
  const ev = crossAccount.compile(options, {
    resourceType: recorders,
    policyName: 't',
    registry: provider.registry,
  });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = [{ name: 'default' }];
  const out = await ev.process(rs, { now: 0, provider, accountId: '123456789012', region: 'us-east-1' });
  expect(out).toEqual(rs); // returned whatever the verdict, as c7n
  return (
    (rs[0]?.CrossAccountViolations ?? []) as { AuthorizedAccountId: string; AuthorizedAwsRegion: string }[]
  ).map((a) => `${a.AuthorizedAccountId}/${a.AuthorizedAwsRegion}`);
}

testFilter(crossAccount, {
  resourceType: recorders,
  valid: [{}, { whitelist: ['111122223333'], allowed_regions: ['us-east-1'] }],
  invalid: [{ options: { whitelist_vpc: ['vpc-1'] }, messageId: 'schema' }],
});

it('every authorization to another account violates without a whitelist', async () => {
  expect(await violations({})).toEqual([
    '111122223333/us-east-1',
    '111122223333/eu-west-1',
    '999988887777/us-east-1',
  ]);
});

it('whitelist clears an account; allowed_regions limits its regions', async () => {
  expect(await violations({ whitelist: ['111122223333'] })).toEqual(['999988887777/us-east-1']);
  expect(await violations({ whitelist: ['111122223333'], allowed_regions: ['us-east-1'] })).toEqual([
    '111122223333/eu-west-1',
    '999988887777/us-east-1',
  ]);
});
