import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import domains from '../resource.js';
import sourceIp from './source-ip.js';

const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const allowFrom = (ips: string | string[]) => ({
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: 'es:*',
  Condition: { IpAddress: { 'aws:SourceIp': ips } },
});
const domain = (DomainName: string, AccessPolicies?: string): Resource => ({
  DomainName,
  ...(AccessPolicies && { AccessPolicies }),
});

testFilter(sourceIp, {
  resourceType: domains,
  valid: [
    { op: 'not-in', value_type: 'cidr', value: ['10.0.0.0/8'] },
    { key: 'SourceIp', value: '1.2.3.4' },
  ],
  invalid: [{ options: { value: 'x', op: 'like' }, messageId: 'schema' }],
  cases: [
    {
      name: 'an IP outside the allowed CIDRs, from a list or a single value; Deny statements are not read',
      options: { op: 'not-in', value_type: 'cidr', value: ['10.0.0.0/8'] },
      resources: [
        domain('open', policy(allowFrom(['10.1.2.3', '203.0.113.9']))),
        domain('single', policy(allowFrom('198.51.100.7'))),
        domain('inside', policy(allowFrom('10.9.9.9/32'))),
        domain('deny', policy({ ...allowFrom('203.0.113.9'), Effect: 'Deny' })),
        domain('none'),
      ],
      matches: ['open', 'single'],
    },
  ],
});

it('keeps the matched IPs in c7n:MatchedSourceIps, key SourceIp by default', async () => {
  const ev = sourceIp.compile(
    { op: 'not-in', value_type: 'cidr', value: ['10.0.0.0/8'] },
    {
      resourceType: domains,
      policyName: 't',
      registry: undefined as never,
    },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const d = domain('open', policy(allowFrom(['10.1.2.3', '203.0.113.9'])));
  await ev.process([d], { now: 0 });
  expect(d['c7n:MatchedSourceIps']).toEqual([{ SourceIp: '203.0.113.9' }]);
});
