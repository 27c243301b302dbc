import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources } from '../../query/index.js';
import addr from './resource.js';

const dir = fileURLToPath(new URL('./__fixtures__/basic', import.meta.url));

it('aws.network-addr drops addresses without an allocation id (EC2-Classic)', async () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const rs = await fetchResources(addr, { clients });
  expect(rs.map((r) => r.AllocationId)).toEqual(['eipalloc-0001', 'eipalloc-0002']);
  expect(clients.session.calls.map((c) => c.operation)).toEqual(['DescribeAddresses']);
});
