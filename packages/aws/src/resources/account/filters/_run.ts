/** Runs an account filter on replayed flight data (tests only). */
import { fileURLToPath } from 'node:url';
import type { FilterDecl, Resource } from '@c7n-ts/core';
import { createAwsProvider } from '../../../provider.js';
import account from '../resource.js';

export async function runOnAccount(
  filter: FilterDecl<any, any>,
  fixture: string,
  options: Record<string, unknown>,
  now = 0,
) {
  const provider = await createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL(`../__fixtures__/${fixture}`, import.meta.url)),
  });
  const ev = filter.compile(options, { resourceType: account, policyName: 't', registry: provider.registry });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const accounts: Resource[] = [{ account_id: '123456789012', account_name: 'prod' }];
  const out = await ev.process(accounts, { now, provider });
  return { matched: out.length, account: accounts[0] as Resource, calls: provider.clients.session.calls };
}
