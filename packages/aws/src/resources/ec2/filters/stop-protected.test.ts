import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import stopProtected from './stop-protected.js';

// DescribeInstanceAttribute answers in call order, one per instance: stop protection off, off, on.
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: fileURLToPath(new URL('../__fixtures__/stop-protected', import.meta.url)),
});

testFilter(stopProtected, {
  resourceType: ec2,
  context: { provider },
  valid: [{}],
  invalid: [{ options: { value: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'disableApiStop true',
      options: {},
      resources: [{ InstanceId: 'i-01' }, { InstanceId: 'i-02' }, { InstanceId: 'i-03' }],
      matches: ['i-03'],
    },
  ],
});
