import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources } from '../../query/index.js';
import snaps from './resource.js';

const dir = fileURLToPath(new URL('./__fixtures__/basic', import.meta.url));

it('aws.rds-snapshot lists DescribeDBSnapshots with TagList as Tags', async () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const rs = await fetchResources(snaps, { clients });
  expect(rs.map((r) => [r.DBSnapshotIdentifier, r.Tags])).toEqual([
    ['rds:db-one-2024-01-01', [{ Key: 'Owner', Value: 'data' }]],
    ['manual-one', []],
  ]);
  expect(clients.session.calls.map((c) => c.operation)).toEqual(['DescribeDBSnapshots']);
});
