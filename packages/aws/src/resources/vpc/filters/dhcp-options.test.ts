import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import vpcs from '../resource.js';
import dhcpOptions from './dhcp-options.js';

// Flight data: vpc-1 (10.0.0.0/16) uses dopt-1: ec2.internal, AmazonProvidedDNS; vpc-2
// (172.31.0.0/16) uses dopt-2: corp.example, 172.31.0.2 (its base + 2) and 8.8.8.8.
const flight = fileURLToPath(new URL('../__fixtures__/network', import.meta.url));
const resources = () => [
  { VpcId: 'vpc-1', DhcpOptionsId: 'dopt-1', CidrBlock: '10.0.0.0/16' },
  { VpcId: 'vpc-2', DhcpOptionsId: 'dopt-2', CidrBlock: '172.31.0.0/16' },
];

testFilter(dhcpOptions, {
  resourceType: vpcs,
  context: {
    provider: await createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight }),
  },
  valid: [{ 'domain-name': 'ec2.internal' }, { 'domain-name-servers': ['amazon'], present: false }],
  invalid: [
    { options: { present: false }, messageId: 'needs-option' },
    { options: { 'domain-name': 3 }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'a domain name',
      options: { 'domain-name': 'ec2.internal' },
      resources: resources(),
      matches: ['vpc-1'],
    },
    {
      name: 'some Amazon DNS server',
      options: { 'domain-name-servers': 'amazon' },
      resources: resources(),
      matches: ['vpc-1', 'vpc-2'],
    },
    {
      name: 'only Amazon DNS servers',
      options: { 'domain-name-servers': 'amazon', 'match-operator': 'all' },
      resources: resources(),
      matches: ['vpc-1'],
    },
    {
      name: 'not only Amazon DNS servers',
      options: { 'domain-name-servers': 'amazon', 'match-operator': 'all', present: false },
      resources: resources(),
      matches: ['vpc-2'],
    },
    {
      name: 'a list must equal the servers',
      options: { 'domain-name-servers': ['8.8.8.8', '172.31.0.2'] },
      resources: resources(),
      matches: ['vpc-2'],
    },
    {
      name: 'an option the set lacks',
      options: { 'ntp-servers': '169.254.169.123' },
      resources: resources(),
      matches: [],
    },
  ],
});
