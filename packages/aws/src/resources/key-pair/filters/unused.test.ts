import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import keyPairs from '../resource.js';
import unused from './unused.js';

// Instance i-1 uses by-instance (i-2 has no key); group web runs web-lc (by-config), group
// batch lt-1 (by-template); old-lc (by-old-config) is used by no group.
const dir = fileURLToPath(new URL('../__fixtures__/unused', import.meta.url));
const provider = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
const keys = ['by-instance', 'by-config', 'by-template', 'by-old-config', 'idle'].map((KeyName, i) => ({
  KeyName,
  KeyPairId: `key-${i}`,
}));

testFilter(unused, {
  resourceType: keyPairs,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [{}, { state: false }],
  invalid: [
    { options: { state: 'yes' }, messageId: 'schema', path: ['state'] },
    { options: { value: true }, messageId: 'schema' },
  ],
  cases: [
    { name: 'key pairs nothing uses', options: {}, resources: keys, matches: ['key-3', 'key-4'] },
    {
      name: 'state false: the key pairs in use',
      options: { state: false },
      resources: keys,
      matches: ['key-0', 'key-1', 'key-2'],
    },
  ],
});

it('reads instances, then groups, configurations and template versions, as c7n', async () => {
  const p = await provider();
  const ev = unused.compile({}, { resourceType: keyPairs, policyName: 't', registry: p.registry });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  await ev.process(keys, { now: 0, provider: p, region: 'us-east-1' });
  expect(p.clients.session.calls.map((c) => c.operation)).toEqual([
    'DescribeInstances',
    'DescribeAutoScalingGroups',
    'DescribeLaunchConfigurations',
    'DescribeLaunchTemplateVersions',
  ]);
});
