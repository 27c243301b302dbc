import { testFilter } from '@c7n-ts/core/testing';
import { groups, provider } from '../__fixtures__/launch/groups.js';
import asg from '../resource.js';
import subnet from './subnet.js';

testFilter(subnet, {
  resourceType: asg,
  context: { provider: await provider(), region: 'us-east-1' },
  valid: [
    { key: 'tag:NetworkLocation', value: 'Public' },
    { 'match-resource': true, key: 'VpcId', value: '' },
  ],
  invalid: [{ options: { key: 'VpcId', value: 1, subnets: [] }, messageId: 'schema' }],
  cases: [
    {
      name: 'value options on each subnet of VPCZoneIdentifier',
      options: { key: 'tag:NetworkLocation', value: 'Public' },
      resources: groups(),
      matches: ['web'],
    },
    { name: 'by VPC', options: { key: 'VpcId', value: 'vpc-2' }, resources: groups(), matches: ['batch'] },
  ],
});
