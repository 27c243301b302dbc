import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import domains from '../resource.js';
import crossCluster from './cross-cluster.js';

// In call order: logs has an inbound connection from account 210987654321 and no outbound one;
// search none inbound and one outbound to archive in its own account.
const flight = fileURLToPath(new URL('../__fixtures__/cross-cluster', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const resources = [{ DomainName: 'logs' }, { DomainName: 'search' }];
const foreign = { key: 'SourceDomainInfo.OwnerId', op: 'ne', value: '123456789012' };

testFilter(crossCluster, {
  resourceType: domains,
  context: { provider: await provider() },
  valid: [
    { inbound: foreign },
    { inbound: foreign, outbound: { key: 'DestinationDomainInfo.DomainName', value: 'x' } },
  ],
  invalid: [
    { options: { inbound: { key: 'SourceDomainInfo.OwnerId' } }, messageId: 'schema' },
    { options: { sideways: foreign }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'either direction matching is enough',
      options: { inbound: foreign, outbound: { key: 'DestinationDomainInfo.DomainName', value: 'archive' } },
      resources,
      matches: ['logs', 'search'],
    },
  ],
});

it('asks only for the directions given, by domain name, and keeps the matched connections', async () => {
  const p = await provider();
  const ev = crossCluster.compile(
    { inbound: foreign },
    { resourceType: domains, policyName: 't', registry: p.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const out = await ev.process(structuredClone(resources), { now: 0, provider: p });
  expect(out.map((d) => d.DomainName)).toEqual(['logs']);
  expect(out[0]?.['c7n:MatchedConnections']).toEqual({
    inbound: [expect.objectContaining({ CrossClusterSearchConnectionId: 'cc-1' })],
  });
  expect(p.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
    [
      'DescribeInboundCrossClusterSearchConnections',
      { Filters: [{ Name: 'destination-domain-info.domain-name', Values: ['logs'] }] },
    ],
    [
      'DescribeInboundCrossClusterSearchConnections',
      { Filters: [{ Name: 'destination-domain-info.domain-name', Values: ['search'] }] },
    ],
  ]);
});
