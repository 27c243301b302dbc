import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { createClients } from '../../clients/index.js';
import { fetchResources } from '../../query/fetch.js';
import elasticsearch from './resource.js';

const clients = () =>
  createClients({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('./__fixtures__/fetch', import.meta.url)),
  });

it('describes the listed names 5 a call, then lists the tags of each described domain, as c7n', async () => {
  const c = clients();
  const domains = await fetchResources(elasticsearch, { clients: c });
  expect(domains.map((d) => [d.DomainName, d.Tags])).toEqual([
    ['logs', [{ Key: 'team', Value: 'logs' }]],
    ['search', []],
    ['metrics', []],
    ['audit', []],
    ['orders', []],
    ['archive', [{ Key: 'team', Value: 'archive' }]],
  ]);
  expect(c.session.calls.map((x) => [x.operation, x.input])).toEqual([
    ['ListDomainNames', {}],
    ['DescribeElasticsearchDomains', { DomainNames: ['logs', 'search', 'metrics', 'audit', 'orders'] }],
    ...['logs', 'search', 'metrics', 'audit', 'orders'].map((n) => [
      'ListTags',
      { ARN: `arn:aws:es:us-east-1:123456789012:domain/${n}` },
    ]),
    ['DescribeElasticsearchDomains', { DomainNames: ['archive'] }],
    ['ListTags', { ARN: 'arn:aws:es:us-east-1:123456789012:domain/archive' }],
  ]);
});

it('sends the policy query with ListDomainNames (EngineType), and by id describes only the named domain', async () => {
  const c = clients();
  await fetchResources(elasticsearch, { clients: c, query: [{ EngineType: 'OpenSearch' }] });
  expect(c.session.calls[0]?.input).toEqual({ EngineType: 'OpenSearch' });
  const byId = clients();
  await fetchResources(elasticsearch, { clients: byId, ids: ['search'] });
  expect(byId.session.calls[1]?.input).toEqual({ DomainNames: ['search'] });
});
