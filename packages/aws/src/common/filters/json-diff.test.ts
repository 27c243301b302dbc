import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import ebs from '../../resources/ebs/resource.js';
import s3 from '../../resources/s3/resource.js';
import jsonDiff from './json-diff.js';

// Config history: vol-a was 8 GiB at its latest item (4 before), vol-b 8 GiB, vol-c has none.
const flight = fileURLToPath(new URL('./__fixtures__/json-diff', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: flight });
const vol = (VolumeId: string, Size: number) => ({
  VolumeId,
  Size,
  VolumeType: 'gp3',
  Encrypted: false,
  CreateTime: new Date('2026-10-01T08:00:00.000Z'),
  Attachments: [],
  State: 'available',
  AvailabilityZone: 'us-east-1a',
});
const volumes = () => [
  { ...vol('vol-a', 16), 'c7n:MatchedFilters': ['Size'] },
  vol('vol-b', 8),
  vol('vol-c', 8),
];

testFilter(jsonDiff, {
  resourceType: ebs,
  context: { provider: await replay() },
  valid: [{}, { selector: 'date', selector_value: '2026-11-05' }],
  invalid: [
    { options: { selector: 'date' }, messageId: 'date-needs-value', path: ['selector'] },
    { options: { selector: 'locked' }, messageId: 'locked-needs-filter' },
    { options: { selector_value: 3 }, messageId: 'schema', path: ['selector_value'] },
  ],
  cases: [{ name: 'only the volume that changed', options: {}, resources: volumes(), matches: ['vol-a'] }],
});

describe('json-diff', () => {
  it('applies to types AWS Config records', () => {
    const has = (jsonDiff.resources as { has: (rt: unknown) => boolean }).has;
    expect(has(ebs)).toBe(true);
    expect(has({ ...s3, source: { ...s3.source, configType: undefined } })).toBe(false);
  });

  it('annotates the JSON patch from the revision, leaving c7n annotations and equal dates out', async () => {
    const provider = await replay();
    const ev = jsonDiff.compile({}, { resourceType: ebs, policyName: 't', registry: provider.registry });
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const [a] = await ev.process(volumes(), { now: 0, provider });
    expect(a?.['c7n:diff']).toEqual([{ op: 'replace', path: '/Size', value: 16 }]);
    expect(a?.['c7n:previous-revision']).toMatchObject({ version_id: '1' });
    expect(provider.clients.session.calls[0]?.input).toEqual({
      resourceType: 'AWS::EC2::Volume',
      resourceId: 'vol-a',
      limit: 2,
    });
  });
});
