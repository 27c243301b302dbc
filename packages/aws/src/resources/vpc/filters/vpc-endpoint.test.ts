import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import vpcs from '../resource.js';
import filter from './vpc-endpoint.js';

// Flight data: vpc-1 has an S3 gateway endpoint (vpce-1) and an Athena interface endpoint
// (vpce-2 in subnet-1 and subnet-2); vpc-2 has none.
const flight = fileURLToPath(new URL('../__fixtures__/network', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const resources = () => [{ VpcId: 'vpc-1' }, { VpcId: 'vpc-2' }];

testFilter(filter, {
  resourceType: vpcs,
  context: { provider: await provider() },
  valid: [{ key: 'ServiceName', value: 'com.amazonaws.us-east-1.s3' }],
  invalid: [
    { options: { value: 'x' }, messageId: 'missing-key' },
    { options: { key: 'ServiceName', value: 'x', operator: 'and' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'an S3 endpoint',
      options: { key: 'ServiceName', value: 'com.amazonaws.us-east-1.s3' },
      resources: resources(),
      matches: ['vpc-1'],
    },
    {
      name: 'no endpoint of that service',
      options: { key: 'ServiceName', value: 'com.amazonaws.us-east-1.sqs' },
      resources: resources(),
      matches: [],
    },
  ],
});

it("records the VPC's own id, as c7n", async () => {
  const p = await provider();
  const ev = filter.compile({ key: 'VpcEndpointType', value: 'Interface' }, { resourceType: vpcs } as never);
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const [hit] = await ev.process(resources(), { now: 0, provider: p, region: 'us-east-1' });
  expect(hit?.['c7n:matched-vpc-endpoint']).toEqual(['vpc-1']);
});
