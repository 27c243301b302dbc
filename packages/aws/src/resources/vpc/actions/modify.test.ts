import { testAction } from '@c7n-ts/core/testing';
import vpcs from '../resource.js';
import modify from './modify.js';

testAction(modify, {
  resourceType: vpcs,
  valid: [{ dnshostnames: true }, { dnssupport: false, addressusage: true }],
  invalid: [{ options: { dnshostnames: 'yes' }, messageId: 'schema', path: ['dnshostnames'] }],
  cases: [
    {
      name: 'one call per attribute and VPC, attribute by attribute',
      options: { dnssupport: true, dnshostnames: false },
      resources: [{ VpcId: 'vpc-1' }, { VpcId: 'vpc-2' }],
      calls: [
        {
          service: 'ec2',
          operation: 'ModifyVpcAttribute',
          input: { VpcId: 'vpc-1', EnableDnsHostnames: { Value: false } },
          resourceIds: ['vpc-1'],
        },
        { input: { VpcId: 'vpc-2', EnableDnsHostnames: { Value: false } } },
        { input: { VpcId: 'vpc-1', EnableDnsSupport: { Value: true } } },
        { input: { VpcId: 'vpc-2', EnableDnsSupport: { Value: true } } },
      ],
    },
    { name: 'nothing asked, nothing done', options: {}, resources: [{ VpcId: 'vpc-1' }], calls: [] },
  ],
});
