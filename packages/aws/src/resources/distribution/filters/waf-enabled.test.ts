import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import distribution from '../resource.js';
import wafEnabled from './waf-enabled.js';

const flight = fileURLToPath(new URL('../__fixtures__/waf', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['eu-west-1'], accountId: '123456789012', replay: flight });
const classic = '1ebe0b46-0fd2-4e07-a74c-27bf25adc0bf';
const dists = (): Record<string, unknown>[] => [
  { Id: 'ECLASSIC', WebACLId: classic },
  { Id: 'EOPEN', WebACLId: '' },
  { Id: 'EV2', WebACLId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/a' },
];

// ListWebACLs: two pages (NextMarker), the ACL `test`; GetWebACL for its detail.
testFilter(wafEnabled, {
  resourceType: distribution,
  context: { provider: await provider() },
  valid: [{}, { state: true, 'web-acl': 'test' }],
  invalid: [{ options: { key: 'Rules', value: 'empty' }, messageId: 'schema' }],
  cases: [
    {
      name: 'no option: no Classic ACL (a WAFv2 ARN counts as none)',
      options: {},
      resources: dists(),
      matches: ['EOPEN', 'EV2'],
    },
    {
      name: 'state true: any WebACLId',
      options: { state: true },
      resources: dists(),
      matches: ['ECLASSIC', 'EV2'],
    },
    {
      name: 'web-acl by name',
      options: { state: true, 'web-acl': 'test' },
      resources: dists(),
      matches: ['ECLASSIC'],
    },
    {
      name: 'web-acl by id, state false',
      options: { 'web-acl': classic },
      resources: dists(),
      matches: ['EOPEN', 'EV2'],
    },
  ],
});
