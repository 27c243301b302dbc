import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClients } from '../clients/index.js';
import ebs from '../resources/ebs/resource.js';
import ec2 from '../resources/ec2/resource.js';
import { awsResource } from '../resources/types.js';
import { fetchResources } from './fetch.js';

const dir = fileURLToPath(new URL('./__fixtures__/tagging', import.meta.url));

describe('fetchResources', () => {
  it('fills Tags from the Resource Groups Tagging API by generated ARN, paging', async () => {
    const { kind: _k, provider: _p, fields: _f, ...base } = ebs;
    const universal = awsResource({
      ...base,
      source: { ...ebs.source, tags: { kind: 'tagging-api', resourceTypeFilter: 'ec2:volume' } },
    });
    const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    const rs = await fetchResources(universal, { clients });
    expect(rs.map((r) => r.Tags)).toEqual([undefined, [{ Key: 'A', Value: '1' }]]);
    expect(clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribeVolumes', { MaxResults: 1000 }],
      ['GetResources', { ResourceTypeFilters: ['ec2:volume'] }],
      ['GetResources', { ResourceTypeFilters: ['ec2:volume'], PaginationToken: 'p2' }],
    ]);
  });

  it('stops with an error when a page token repeats, instead of looping', async () => {
    const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    await expect(fetchResources(ec2, { clients })).rejects.toThrow(/same page token twice/);
  });

  it('fails naming the flight file when replay data is missing', async () => {
    const clients = createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
    const rds = (await import('../resources/rds/resource.js')).default;
    await expect(fetchResources(rds, { clients })).rejects.toThrow(/rds\.DescribeDBInstances_1\.json/);
  });
});
