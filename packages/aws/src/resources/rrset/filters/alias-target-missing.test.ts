import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import rrset from '../resource.js';
import aliasTargetMissing from './alias-target-missing.js';

// ListDistributions, two pages: d111111abcdef8 then d222222abcdef8.cloudfront.net.
const flight = fileURLToPath(new URL('../__fixtures__/distributions', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const CLOUDFRONT_ZONE = 'Z2FDTNDATAQYW2';
const alias = (name: string, target: string, zone = CLOUDFRONT_ZONE) => ({
  Name: name,
  Type: 'A',
  AliasTarget: { HostedZoneId: zone, DNSName: target, EvaluateTargetHealth: false },
});

testFilter(aliasTargetMissing, {
  resourceType: rrset,
  context: { provider: await provider() },
  valid: [{}],
  invalid: [{ options: { domains: ['x'] }, messageId: 'schema' }],
  cases: [
    {
      name: 'no CloudFront alias: no call, no match',
      options: {},
      resources: [
        alias('app.example.com.', 'dualstack.my-alb-1.us-east-1.elb.amazonaws.com.', 'Z35SXDOTRQ7X7K'),
        alias('www.example.com.', 's3-website-us-east-1.amazonaws.com.', 'Z3AQBSTGFYJSTF'),
        { Name: 'ip.example.com.', Type: 'A', TTL: 300, ResourceRecords: [{ Value: '192.0.2.10' }] },
      ],
      matches: [],
    },
    {
      name: 'an alias to a CloudFront domain of no distribution of the account (every page read)',
      options: {},
      resources: [
        alias('cdn.example.com.', 'd111111abcdef8.cloudfront.net.'),
        alias('img.example.com.', 'D222222ABCDEF8.cloudfront.net'),
        alias('old.example.com.', 'd333333abcdef8.cloudfront.net.'),
        { ...alias('old.example.com.', 'd333333abcdef8.cloudfront.net.'), Type: 'AAAA' },
      ],
      matches: ['old.example.com.', 'old.example.com.'],
    },
  ],
});

it('annotates the dangling target', async () => {
  const r: Record<string, unknown> = alias('old.example.com.', 'd333333abcdef8.cloudfront.net.');
  const evaluator = aliasTargetMissing.compile({}, {} as never);
  if (evaluator.kind !== 'process') throw new Error('a process filter');
  expect(await evaluator.process([r], { now: 0, provider: await provider() })).toEqual([r]);
  expect(r['c7n:alias-target-missing']).toBe('d333333abcdef8.cloudfront.net');
});
