import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources } from '../../query/index.js';
import rds from './resource.js';

const dir = fileURLToPath(new URL('./__fixtures__/paged', import.meta.url));

it('aws.rds pages by Marker and exposes TagList as Tags, with no tagging call', async () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const rs = await fetchResources(rds, { clients });
  expect(rs.map((r) => r.DBInstanceIdentifier)).toEqual(['db-one', 'db-two']);
  expect(rs[0]?.Tags).toEqual([{ Key: 'Owner', Value: 'data' }]);
  expect(rs[1]?.Tags).toEqual([]);
  expect(rs[0]).not.toHaveProperty('TagList');
  expect(clients.session.calls.map((c) => `${c.service}.${c.operation}`)).toEqual([
    'rds.DescribeDBInstances',
    'rds.DescribeDBInstances',
  ]);
  expect(clients.session.calls[1]?.input).toEqual({ Marker: 'm2' });
});

it('aws.rds passes the query as input and fetches one id per call', async () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  await fetchResources(rds, { clients, query: [{ Filters: [{ Name: 'engine', Values: ['mariadb'] }] }] });
  expect(clients.session.calls[0]?.input).toEqual({ Filters: [{ Name: 'engine', Values: ['mariadb'] }] });
});
