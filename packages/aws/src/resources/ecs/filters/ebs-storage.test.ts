import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import rt from '../resource.js';
import filter from './ebs-storage.js';

// Flight data, per cluster in order: ListContainerInstances, DescribeContainerInstances, the
// instance (DescribeInstances) and its volume (DescribeVolumes): web's is unencrypted, batch's
// encrypted. Each case gets its own provider, so the counts start anew.
const flight = fileURLToPath(new URL('../__fixtures__/ebs-storage', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const arn = (name: string) => `arn:aws:ecs:us-east-1:123456789012:cluster/${name}`;
const clusters = [{ clusterArn: arn('web') }, { clusterArn: arn('batch') }];

testFilter(filter, {
  resourceType: rt,
  context: { provider: await provider() },
  valid: [
    { key: 'Encrypted', value: false },
    { key: 'Encrypted', value: true, operator: 'and' },
  ],
  invalid: [
    { options: { key: 'Encrypted', value: true, operator: 'xor' }, messageId: 'schema', path: ['operator'] },
    { options: { key: 'a', op: 'nope', value: 1 }, messageId: 'schema', path: ['op'] },
  ],
  cases: [
    {
      name: 'a cluster with an unencrypted attached volume',
      options: { key: 'Encrypted', value: false },
      resources: clusters,
      matches: [arn('web')],
    },
  ],
});

testFilter(filter, {
  resourceType: rt,
  context: { provider: await provider() },
  cases: [
    {
      name: 'all volumes encrypted (operator and)',
      options: { key: 'Encrypted', value: true, operator: 'and' },
      resources: clusters,
      matches: [arn('batch')],
    },
  ],
});
