import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import snapshots from '../resource.js';
import skipAmiSnapshots from './skip-ami-snapshots.js';

// One image of this account, backed by snap-image-root and snap-image-data.
const dir = fileURLToPath(new URL('../__fixtures__/skip-ami-snapshots', import.meta.url));
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
const snaps = ['snap-image-root', 'snap-loose', 'snap-image-data'].map((SnapshotId) => ({ SnapshotId }));

testFilter(skipAmiSnapshots, {
  resourceType: snapshots,
  context: { provider, region: 'us-east-1' },
  valid: [{}, { value: false }],
  invalid: [
    { options: { value: 'yes' }, messageId: 'schema', path: ['value'] },
    { options: { owners: ['self'] }, messageId: 'schema' },
  ],
  cases: [
    { name: 'drops the snapshots behind images', options: {}, resources: snaps, matches: ['snap-loose'] },
    {
      name: 'value false keeps them all',
      options: { value: false },
      resources: snaps,
      matches: ['snap-image-root', 'snap-loose', 'snap-image-data'],
    },
  ],
});

it('lists the account images as aws.ami does', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  const ev = skipAmiSnapshots.compile({}, { resourceType: snapshots, policyName: 't', registry: p.registry });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  await ev.process(snaps, { now: 0, provider: p });
  expect(p.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
    ['DescribeImages', { Owners: ['self'] }],
  ]);
});
