import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import distribution from '../resource.js';
import wafv2Enabled from './wafv2-enabled.js';

const flight = fileURLToPath(new URL('../__fixtures__/wafv2', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['eu-west-1'], accountId: '123456789012', replay: flight });
const acl =
  'arn:aws:wafv2:us-east-1:123456789012:global/webacl/FMManagedWebACLV2-FMS-edge/aaaa1111-2222-3333-4444-555566667777';
const dists = (): Record<string, unknown>[] => [
  { Id: 'EPROTECTED', WebACLId: acl },
  { Id: 'EOPEN', WebACLId: '' },
  { Id: 'ECLASSIC', WebACLId: 'classic-waf-id' },
];

// ListWebACLs (CLOUDFRONT): one ACL, FMManagedWebACLV2-FMS-edge, with no rules (GetWebACL).
testFilter(wafv2Enabled, {
  resourceType: distribution,
  context: { provider: await provider() },
  valid: [{}, { state: true, 'web-acl': 'edge' }, { key: 'Rules', value: 'empty' }],
  invalid: [
    { options: { state: 'no' }, messageId: 'schema' },
    { options: { key: 'Rules' }, messageId: 'missing-value' },
  ],
  cases: [
    {
      name: 'no option: state false, no WAFv2 ACL',
      options: {},
      resources: dists(),
      matches: ['EOPEN', 'ECLASSIC'],
    },
    { name: 'state true', options: { state: true }, resources: dists(), matches: ['EPROTECTED'] },
    {
      name: 'web-acl is a regular expression anchored at the start',
      options: { state: true, 'web-acl': '.*FMManagedWebACLV2-?FMS-.*' },
      resources: dists(),
      matches: ['EPROTECTED'],
    },
    {
      name: 'state false with a web-acl that does not match the name',
      options: { state: false, 'web-acl': 'edge' },
      resources: dists(),
      matches: ['EPROTECTED', 'EOPEN', 'ECLASSIC'],
    },
    {
      name: 'value options test the ACL (GetWebACL detail)',
      options: { key: 'DefaultAction.Allow', value: 'present' },
      resources: dists(),
      matches: ['EPROTECTED'],
    },
    {
      name: 'as in c7n, a distribution without an ACL tests {} (empty Rules match it too)',
      options: { key: 'Rules', value: 'empty' },
      resources: dists(),
      matches: ['EPROTECTED', 'EOPEN', 'ECLASSIC'],
    },
  ],
});
