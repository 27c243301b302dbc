import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import ec2 from '../../resources/ec2/resource.js';
import rds from '../../resources/rds/resource.js';
import finding from './finding.js';

const flight = fileURLToPath(new URL('./__fixtures__/finding', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

// Flight data: the first GetFindings answers one FAILED finding, the second none.
const FAILED = { ComplianceStatus: [{ Value: 'FAILED', Comparison: 'EQUALS' }] };

testFilter(finding, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [{}, { query: FAILED, region: 'us-west-2' }],
  invalid: [
    { options: { query: { Title: 'x' } }, messageId: 'schema' },
    { options: { filters: FAILED }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'the resource with findings',
      options: { query: FAILED },
      resources: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }],
      matches: ['i-1'],
    },
  ],
});

describe('finding calls', () => {
  it('asks per resource by ARN (and instance id), with the query, and keeps the findings', async () => {
    const provider = await replay();
    const ev = finding.compile(
      { query: FAILED },
      { resourceType: ec2, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process([{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }], { now: 0, provider });
    expect(out.map((r) => [r.InstanceId, (r['c7n:finding-filter'] as unknown[]).length])).toEqual([
      ['i-1', 1],
    ]);
    expect(provider.clients.session.calls.map((c) => c.input)).toEqual([
      {
        Filters: {
          ...FAILED,
          ResourceId: [
            { Value: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1', Comparison: 'EQUALS' },
            { Value: 'i-1', Comparison: 'EQUALS' },
          ],
        },
      },
      {
        Filters: {
          ...FAILED,
          ResourceId: [
            { Value: 'arn:aws:ec2:us-east-1:123456789012:instance/i-2', Comparison: 'EQUALS' },
            { Value: 'i-2', Comparison: 'EQUALS' },
          ],
        },
      },
    ]);
  });

  it('uses the ARN the resource carries', async () => {
    const provider = await replay();
    const ev = finding.compile({}, { resourceType: rds, policyName: 't', registry: provider.registry });
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    await ev.process(
      [{ DBInstanceIdentifier: 'db1', DBInstanceArn: 'arn:aws:rds:us-east-1:123456789012:db:db1' }],
      { now: 0, provider },
    );
    expect(provider.clients.session.calls[0]?.input).toEqual({
      Filters: { ResourceId: [{ Value: 'arn:aws:rds:us-east-1:123456789012:db:db1', Comparison: 'EQUALS' }] },
    });
  });
});
