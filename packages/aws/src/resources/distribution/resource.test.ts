import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources } from '../../query/fetch.js';
import distribution from './resource.js';

const clients = () =>
  createClients({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('./__fixtures__/pages', import.meta.url)),
  });

// ListDistributions answers E1 with DistributionList.NextMarker E2, then E2; GetResources tags E2.
it('pages by the NextMarker nested in DistributionList, then tags from the Tagging API', async () => {
  const rs = await fetchResources(distribution, { clients: clients() });
  expect(rs.map((r) => [r.Id, r.Tags])).toEqual([
    ['E1', []],
    ['E2', [{ Key: 'team', Value: 'web' }]],
  ]);
});
