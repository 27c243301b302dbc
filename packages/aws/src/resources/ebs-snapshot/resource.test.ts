import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources } from '../../query/index.js';
import snapshots from './resource.js';

const dir = fileURLToPath(new URL('./__fixtures__/basic', import.meta.url));

it('aws.ebs-snapshot pages own snapshots, 1000 at a time', async () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const rs = await fetchResources(snapshots, { clients });
  expect(rs.map((r) => r.SnapshotId)).toEqual(['snap-0001', 'snap-0002']);
  expect(rs[1]).not.toHaveProperty('Tags');
  expect(clients.session.calls.map((c) => c.input)).toEqual([
    { OwnerIds: ['self'], MaxResults: 1000 },
    { OwnerIds: ['self'], MaxResults: 1000, NextToken: 'n2' },
  ]);
});
