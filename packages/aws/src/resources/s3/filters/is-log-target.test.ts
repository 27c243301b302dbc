import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import s3 from '../resource.js';
import isLogTarget, { s3Targets } from './is-log-target.js';

// Two classic load balancers (web logs to acme-elb-logs, api does not log) and two trails (one
// to acme-trail-logs, one to a bucket the policy did not list).
const dir = fileURLToPath(new URL('../__fixtures__/is-log-target', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
const buckets = () => [
  { Name: 'acme-app', Logging: { TargetBucket: 'acme-access-logs', TargetPrefix: 'app/' } },
  { Name: 'acme-access-logs', Logging: null },
  { Name: 'acme-elb-logs', Logging: null },
  { Name: 'acme-trail-logs', Logging: null },
  { Name: 'acme-selfish', Logging: { TargetBucket: 'acme-selfish', TargetPrefix: 'self/' } },
  { Name: 'cf-templates-abc123-us-east-1', Logging: null },
  { Name: 'acme-quiet', Logging: null },
];

testFilter(isLogTarget, {
  resourceType: s3,
  context: { provider: await replay(), region: 'us-east-1', accountId: '123456789012' },
  valid: [{}, { services: ['s3'] }, { self: true }, { value: false, services: ['elb', 'cloudtrail'] }],
  invalid: [
    { options: { services: ['alb'] }, messageId: 'schema', path: ['services', '0'] },
    { options: { value: 'yes' }, messageId: 'schema', path: ['value'] },
    { options: { target: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 's3 only: logging targets and cf-templates buckets',
      options: { services: ['s3'] },
      resources: buckets(),
      matches: ['acme-access-logs', 'acme-selfish', 'cf-templates-abc123-us-east-1'],
    },
    {
      name: 'self: buckets logging to themselves (elb and cloudtrail not read)',
      options: { self: true },
      resources: buckets(),
      matches: ['acme-selfish'],
    },
    {
      name: 'value false over cloudtrail: every bucket no listed trail writes to',
      options: { services: ['cloudtrail'], value: false },
      resources: buckets(),
      matches: [
        'acme-app',
        'acme-access-logs',
        'acme-elb-logs',
        'acme-selfish',
        'cf-templates-abc123-us-east-1',
        'acme-quiet',
      ],
    },
  ],
});

describe('is-log-target', () => {
  it('reads every source by default, in c7n order: elb, then the buckets, then trails', async () => {
    const provider = await replay();
    const ev = isLogTarget.compile({}, { resourceType: s3, policyName: 't', registry: provider.registry });
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(buckets(), { now: 0, provider, region: 'us-east-1' });
    expect(out.map((b) => b.Name)).toEqual([
      'acme-access-logs',
      'acme-elb-logs',
      'acme-trail-logs',
      'acme-selfish',
      'cf-templates-abc123-us-east-1',
    ]);
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribeLoadBalancers', {}],
      ['DescribeLoadBalancerAttributes', { LoadBalancerName: 'web' }],
      ['DescribeLoadBalancerAttributes', { LoadBalancerName: 'api' }],
      ['DescribeTrails', {}],
    ]);
  });

  it('s3Targets skips buckets without logging', () => {
    expect(s3Targets([{ Name: 'a', Logging: {} }, { Name: 'b' }], false)).toEqual([]);
  });
});
