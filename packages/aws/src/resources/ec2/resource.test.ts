import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources } from '../../query/index.js';
import ec2 from './resource.js';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const replay = (name: string) =>
  createClients({ regions: ['us-east-1'], accountId: '111122223333', replay: fixture(name) });

describe('aws.ec2 fetch', () => {
  it('pages through DescribeInstances and keeps inline tags without DescribeTags', async () => {
    const clients = replay('paged');
    const rs = await fetchResources(ec2, { clients });
    expect(rs.map((r) => r.InstanceId)).toEqual(['i-0001', 'i-0002', 'i-0003']);
    expect(rs[0]?.Tags).toEqual([{ Key: 'Name', Value: 'web' }]);
    expect(rs[0]?.LaunchTime).toEqual(new Date('2024-01-02T03:04:05Z'));
    const calls = clients.session.calls.map((c) => `${c.operation}:${JSON.stringify(c.input)}`);
    expect(calls).toEqual(['DescribeInstances:{}', 'DescribeInstances:{"NextToken":"page-2"}']);
  });

  it('fills tags with one DescribeTags call when describe omitted them', async () => {
    const clients = replay('awol-tags');
    const rs = await fetchResources(ec2, { clients });
    expect(rs.map((r) => r.Tags)).toEqual([
      [
        { Key: 'Name', Value: 'web' },
        { Key: 'Env', Value: 'prod' },
      ],
      [],
    ]);
    expect(clients.session.calls.map((c) => c.operation)).toEqual(['DescribeInstances', 'DescribeTags']);
    expect(clients.session.calls[1]?.input).toEqual({
      Filters: [{ Name: 'resource-type', Values: ['instance'] }],
    });
  });

  it('trusts no tag lookup in cloudtrail mode, as Cloud Custodian', async () => {
    const clients = replay('awol-tags');
    const rs = await fetchResources(ec2, { clients, mode: 'cloudtrail' });
    expect(rs[0]).not.toHaveProperty('Tags');
    expect(clients.session.calls.map((c) => c.operation)).toEqual(['DescribeInstances']);
  });

  it('turns query entries into merged Filters', async () => {
    const clients = replay('paged');
    await fetchResources(ec2, {
      clients,
      query: [
        { 'instance-state-name': 'running' },
        { 'instance-state-name': ['stopped'] },
        { 'tag:App': 'x' },
      ],
    });
    expect(clients.session.calls[0]?.input).toEqual({
      Filters: [
        { Name: 'instance-state-name', Values: ['running', 'stopped'] },
        { Name: 'tag:App', Values: ['x'] },
      ],
    });
  });

  it('fetches ids with InstanceIds alone, the query left out as in c7n', async () => {
    const clients = replay('paged');
    await fetchResources(ec2, { clients, query: [{ 'instance-state-name': 'running' }], ids: ['i-0001'] });
    expect(clients.session.calls[0]?.input).toEqual({ InstanceIds: ['i-0001'] });
  });
});
