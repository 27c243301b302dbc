import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import endpoints from '../resource.js';
import serviceDetails from './service-details.js';

// Flight data: the S3 service supports endpoint policies, the Athena service does not.
const flight = fileURLToPath(new URL('../../vpc/__fixtures__/network', import.meta.url));
const resources = () => [
  { VpcEndpointId: 'vpce-1', ServiceName: 'com.amazonaws.us-east-1.s3' },
  { VpcEndpointId: 'vpce-2', ServiceName: 'com.amazonaws.us-east-1.athena' },
  { VpcEndpointId: 'vpce-3', ServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-gone' },
];

testFilter(serviceDetails, {
  resourceType: endpoints,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ key: 'VpcEndpointPolicySupported', value: true }],
  invalid: [{ options: { value: true }, messageId: 'missing-key' }],
  cases: [
    {
      name: 'services with endpoint policy support',
      options: { key: 'VpcEndpointPolicySupported', value: true },
      resources: resources(),
      matches: ['vpce-1'],
    },
    {
      name: 'no details for an unknown service',
      options: { key: 'ServiceType', value: 'absent' },
      resources: resources(),
      matches: ['vpce-3'],
    },
  ],
});
