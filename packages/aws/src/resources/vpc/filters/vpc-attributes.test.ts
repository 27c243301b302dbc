import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import vpcs from '../resource.js';
import vpcAttributes from './vpc-attributes.js';

// Flight data, in call order: enableDnsHostnames true, then false; DescribeVpcAttribute answers
// by call count, so vpc-1 reads true and vpc-2 false.
const flight = fileURLToPath(new URL('../__fixtures__/vpc-attributes', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

testFilter(vpcAttributes, {
  resourceType: vpcs,
  context: { provider: await provider() },
  valid: [{ dnshostnames: true }, { dnssupport: false, addressusage: true }],
  invalid: [{ options: { dnshostnames: 'yes' }, messageId: 'schema', path: ['dnshostnames'] }],
  cases: [
    {
      name: 'DNS hostnames enabled',
      options: { dnshostnames: true },
      resources: [{ VpcId: 'vpc-1' }, { VpcId: 'vpc-2' }],
      matches: ['vpc-1'],
    },
  ],
});
