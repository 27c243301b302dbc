import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources } from '../../query/fetch.js';
import account from './resource.js';

const clients = (fixture: string) =>
  createClients({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL(`./__fixtures__/${fixture}`, import.meta.url)),
  });

it('is one resource: the account id and its first alias', async () => {
  const c = clients('fetch');
  expect(await fetchResources(account, { clients: c })).toEqual([
    { account_id: '123456789012', account_name: 'prod-main' },
  ]);
  expect(c.session.calls.map((x) => x.operation)).toEqual(['ListAccountAliases']);
});

it("names an account without an alias ''; asked by id, the same account", async () => {
  expect(await fetchResources(account, { clients: clients('unset') })).toEqual([
    { account_id: '123456789012', account_name: '' },
  ]);
  expect(await fetchResources(account, { clients: clients('fetch'), ids: ['123456789012'] })).toEqual([
    { account_id: '123456789012', account_name: 'prod-main' },
  ]);
});
