import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources } from '../../query/index.js';
import ebs from './resource.js';

const dir = fileURLToPath(new URL('./__fixtures__/paged', import.meta.url));

it('aws.ebs pages DescribeVolumes with MaxResults 1000', async () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const rs = await fetchResources(ebs, { clients });
  expect(rs.map((r) => r.VolumeId)).toEqual(['vol-0001', 'vol-0002']);
  expect(rs[0]?.CreateTime).toEqual(new Date('2023-06-01T00:00:00Z'));
  expect(clients.session.calls.map((c) => c.input)).toEqual([
    { MaxResults: 1000 },
    { MaxResults: 1000, NextToken: 't2' },
  ]);
});

it('aws.ebs reads Filters and MaxResults from the query', async () => {
  const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  await fetchResources(ebs, {
    clients,
    // c7n's volume parser: `{Name, Values}` entries alone are all filters, so MaxResults beside
    // them needs the Filters form.
    query: [{ Filters: [{ Name: 'status', Values: ['available'] }] }, { MaxResults: 50 }],
  });
  expect(clients.session.calls[0]?.input).toEqual({
    Filters: [{ Name: 'status', Values: ['available'] }],
    MaxResults: 50,
  });
});
