import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import rrset from '../resource.js';
import ipNotHeld from './ip-not-held.js';

// DescribeAddresses: the account holds 203.0.113.10 and 198.51.100.20.
const flight = fileURLToPath(new URL('../__fixtures__/addresses', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const a = (name: string, ...ips: string[]) => ({
  Name: name,
  Type: 'A',
  TTL: 300,
  ResourceRecords: ips.map((Value) => ({ Value })),
});
const records = () => [
  a('held.example.com.', '203.0.113.10'),
  a('released.example.com.', '203.0.113.99'),
  a('mixed.example.com.', '198.51.100.20', '198.51.100.21'),
  a('partner.example.com.', '192.0.2.50'),
  a('internal.example.com.', '10.0.0.5'),
  { ...a('txt.example.com.'), Type: 'TXT', ResourceRecords: [{ Value: '"203.0.113.99"' }] },
  {
    Name: 'alias.example.com.',
    Type: 'A',
    AliasTarget: {
      HostedZoneId: 'Z2FDTNDATAQYW2',
      DNSName: 'd1.cloudfront.net.',
      EvaluateTargetHealth: false,
    },
  },
];

testFilter(ipNotHeld, {
  resourceType: rrset,
  context: { provider: await provider() },
  valid: [{}, { ranges: ['203.0.113.0/24', '52.0.0.0/8'], allow: ['203.0.113.128/25', '192.0.2.7'] }],
  invalid: [
    { options: { ranges: '203.0.113.0/24' }, messageId: 'schema', path: ['ranges'] },
    { options: { ranges: ['203.0.113.0/24', 'example.com'] }, messageId: 'schema' },
    { options: { allow: ['10.0.0.0/8', '300.1.1.1/8'] }, messageId: 'invalid-cidr', path: ['allow', 1] },
    { options: { ranges: ['10.0.0.0/33'] }, messageId: 'invalid-cidr', path: ['ranges', 0] },
    { options: { range: ['10.0.0.0/8'] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'default ranges: the /16 networks of the held Elastic IPs',
      options: {},
      resources: records(),
      matches: ['released.example.com.', 'mixed.example.com.'],
    },
    {
      name: 'explicit ranges: only addresses inside them are reported',
      options: { ranges: ['192.0.2.0/24', '203.0.113.0/24'] },
      resources: records(),
      matches: ['released.example.com.', 'partner.example.com.'],
    },
    {
      name: 'allow: never reported, inside the ranges or not',
      options: { ranges: ['192.0.2.0/24', '203.0.113.0/24'], allow: ['192.0.2.0/26'] },
      resources: records(),
      matches: ['released.example.com.'],
    },
    {
      name: 'everything allowed: no call',
      options: { allow: ['0.0.0.0/0'] },
      resources: records(),
      matches: [],
    },
  ],
});

it('annotates the addresses not held', async () => {
  const r: Record<string, unknown> = a('mixed.example.com.', '198.51.100.20', '198.51.100.21');
  const evaluator = ipNotHeld.compile({}, {} as never);
  if (evaluator.kind !== 'process') throw new Error('a process filter');
  expect(await evaluator.process([r], { now: 0, provider: await provider() })).toEqual([r]);
  expect(r['c7n:ips-not-held']).toEqual(['198.51.100.21']);
});
