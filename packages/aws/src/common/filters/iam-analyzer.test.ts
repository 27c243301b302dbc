import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import ec2 from '../../resources/ec2/resource.js';
import s3 from '../../resources/s3/resource.js';
import sqs from '../../resources/sqs/resource.js';
import iamAnalyzer, { ACCESS_ANALYSIS } from './iam-analyzer.js';

// Three analyzers (two active, one failed); one ListFindings answer: a public finding for
// acme-public and a cross-account one for acme-shared.
const flight = fileURLToPath(new URL('./__fixtures__/iam-analyzer', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const buckets = () => ['acme-public', 'acme-shared', 'acme-private'].map((Name) => ({ Name }));

testFilter(iamAnalyzer, {
  resourceType: s3,
  context: { provider: await replay(), region: 'us-east-1', accountId: '123456789012' },
  now: Date.parse('2026-12-06T00:00:00Z'),
  valid: [
    {},
    { key: 'isPublic', value: true },
    { analyzer: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/x', key: 'isPublic', value: true },
    { key: 'analyzedAt', value_type: 'age', value: 5, op: 'gt' },
  ],
  invalid: [
    { options: { analyzer: 3 }, messageId: 'schema', path: ['analyzer'] },
    { options: { analyzers: 'x' }, messageId: 'schema' },
    { options: { key: 'isPublic', op: 'bogus', value: true }, messageId: 'schema', path: ['op'] },
  ],
  cases: [
    {
      name: 'without value options: every bucket with an active finding',
      options: {},
      resources: buckets(),
      matches: ['acme-public', 'acme-shared'],
    },
    {
      name: 'with value options: a finding must pass them',
      options: { key: 'isPublic', value: true },
      resources: buckets(),
      matches: ['acme-public'],
    },
  ],
});

describe('iam-analyzer', () => {
  it("asks the last active analyzer for the type's active findings by ARN, and keeps them", async () => {
    const provider = await replay();
    const ev = iamAnalyzer.compile({}, { resourceType: s3, policyName: 't', registry: provider.registry });
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const rs = buckets();
    await ev.process(rs, { now: 0, provider, region: 'us-east-1' });
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['ListAnalyzers', { type: 'ACCOUNT' }],
      [
        'ListFindings',
        {
          analyzerArn: 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/main',
          filter: {
            status: { eq: ['ACTIVE'] },
            resource: {
              contains: ['arn:aws:s3:::acme-public', 'arn:aws:s3:::acme-shared', 'arn:aws:s3:::acme-private'],
            },
            resourceType: { eq: ['AWS::S3::Bucket'] },
          },
        },
      ],
    ]);
    expect((rs[0] as Record<string, unknown>)[ACCESS_ANALYSIS]).toHaveLength(1);
    expect(rs[2]).not.toHaveProperty([ACCESS_ANALYSIS]);
  });

  it('uses the named analyzer without listing, and skips resources already analysed', async () => {
    const provider = await replay();
    const analyzer = 'arn:aws:access-analyzer:us-east-1:123456789012:analyzer/x';
    const ev = iamAnalyzer.compile(
      { analyzer },
      { resourceType: s3, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const done = { Name: 'acme-done', [ACCESS_ANALYSIS]: [{ id: 'earlier' }] };
    const out = await ev.process([done, { Name: 'acme-public' }], { now: 0, provider, region: 'us-east-1' });
    expect(out.map((r) => r.Name)).toEqual(['acme-done', 'acme-public']);
    expect(provider.clients.session.calls.map((c) => c.operation)).toEqual(['ListFindings']);
    expect(provider.clients.session.calls[0]?.input).toMatchObject({
      analyzerArn: analyzer,
      filter: { resource: { contains: ['arn:aws:s3:::acme-public'] } },
    });
  });

  it('applies to the types Access Analyzer analyses', () => {
    const has = (rt: typeof s3) =>
      typeof iamAnalyzer.resources === 'object' &&
      'has' in iamAnalyzer.resources &&
      iamAnalyzer.resources.has(rt);
    expect([has(s3), has(sqs), has(ec2)]).toEqual([true, true, false]);
  });
});
