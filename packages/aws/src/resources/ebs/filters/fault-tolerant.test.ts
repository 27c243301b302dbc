import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ebs from '../resource.js';
import faultTolerant from './fault-tolerant.js';

// Trusted Advisor flags vol-…02 (yellow, 12-day-old snapshot), vol-…03 (red, no snapshot) and a
// volume in eu-west-1; vol-…01 is not flagged.
const flight = fileURLToPath(new URL('../__fixtures__/fault-tolerant', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const resources = () => [
  { VolumeId: 'vol-0a1b2c3d4e5f60001' },
  { VolumeId: 'vol-0a1b2c3d4e5f60002' },
  { VolumeId: 'vol-0a1b2c3d4e5f60003' },
];

testFilter(faultTolerant, {
  resourceType: ebs,
  context: { provider: await replay() },
  valid: [{}, { tolerant: true }, { tolerant: false }],
  invalid: [
    { options: { tolerant: 'yes' }, messageId: 'schema', path: ['tolerant'] },
    { options: { days: 7 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'tolerant by default: volumes Trusted Advisor does not flag',
      options: {},
      resources: resources(),
      matches: ['vol-0a1b2c3d4e5f60001'],
    },
    {
      name: 'not tolerant: flagged volumes, old snapshot or none',
      options: { tolerant: false },
      resources: resources(),
      matches: ['vol-0a1b2c3d4e5f60002', 'vol-0a1b2c3d4e5f60003'],
    },
  ],
});

describe('ebs fault-tolerant calls', () => {
  it('refreshes the check, then reads its result in English', async () => {
    const provider = await replay();
    const ev = faultTolerant.compile(
      { tolerant: true },
      { resourceType: ebs, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(resources(), { now: 0, provider });
    // As c7n: no annotation on the volumes.
    expect(out).toEqual([{ VolumeId: 'vol-0a1b2c3d4e5f60001' }]);
    expect(provider.clients.session.calls.map((c) => [c.service, c.operation, c.input])).toEqual([
      ['support', 'RefreshTrustedAdvisorCheck', { checkId: 'H7IgTzjTYb' }],
      ['support', 'DescribeTrustedAdvisorCheckResult', { checkId: 'H7IgTzjTYb', language: 'en' }],
    ]);
    expect(faultTolerant.reads?.({}, ebs)).toEqual(['VolumeId']);
  });
});
