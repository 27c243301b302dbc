import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources } from '../../query/index.js';
import sg from './resource.js';

const dir = fileURLToPath(new URL('./__fixtures__/basic', import.meta.url));

it('aws.security-group lists DescribeSecurityGroups', async () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const rs = await fetchResources(sg, { clients });
  expect(rs.map((r) => r.GroupId)).toEqual(['sg-0001', 'sg-0002']);
  expect(rs[0]?.IpPermissions).toHaveLength(1);
  expect(clients.session.calls.map((c) => c.operation)).toEqual(['DescribeSecurityGroups']);
});
