import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import defaultVpc from './default-vpc.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-default-vpc', import.meta.url));

testFilter(defaultVpc, {
  resourceType: ec2,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{}],
  invalid: [{ options: { vpc: 'vpc-1' }, messageId: 'schema' }],
  cases: [
    {
      name: 'instances in the default vpc (vpc-0d2 in the flight data)',
      options: {},
      resources: [
        { InstanceId: 'i-a', VpcId: 'vpc-0d1' },
        { InstanceId: 'i-b', VpcId: 'vpc-0d2' },
        { InstanceId: 'i-c' },
      ],
      matches: ['i-b'],
    },
  ],
});
