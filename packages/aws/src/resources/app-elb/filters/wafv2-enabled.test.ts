import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import appElb from '../resource.js';
import wafv2Enabled from './wafv2-enabled.js';

const flight = fileURLToPath(new URL('../__fixtures__/wafv2', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['eu-west-1'], accountId: '123456789012', replay: flight });
const lb = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app';
const albs = (): Record<string, unknown>[] => [
  { LoadBalancerArn: `${lb}/guarded/1111` },
  { LoadBalancerArn: `${lb}/open/2222` },
];

// ListWebACLs (REGIONAL): edge-a, then FMManagedWebACLV2-FMS-b; ListResourcesForWebACL answers
// `other` for edge-a (_1) and `guarded` for the second (_2): each case reads both, once.
testFilter(wafv2Enabled, {
  resourceType: appElb,
  context: { provider: await provider() },
  valid: [{}, { state: true, 'web-acl': 'edge' }, { key: 'Rules', value: 'empty' }],
  invalid: [
    { options: { state: 'no' }, messageId: 'schema' },
    { options: { key: 'Rules' }, messageId: 'missing-value' },
  ],
  cases: [
    { name: 'no option: state false', options: {}, resources: albs(), matches: [`${lb}/open/2222`] },
    {
      name: 'state true: the ACL whose associations name the load balancer',
      options: { state: true },
      resources: albs(),
      matches: [`${lb}/guarded/1111`],
    },
    {
      name: 'web-acl is a regular expression anchored at the start',
      options: { state: true, 'web-acl': 'FMManagedWebACLV2-?FMS-.*' },
      resources: albs(),
      matches: [`${lb}/guarded/1111`],
    },
    {
      name: 'state false with a web-acl the associated ACL does not match',
      options: { state: false, 'web-acl': 'edge' },
      resources: albs(),
      matches: [`${lb}/guarded/1111`, `${lb}/open/2222`],
    },
  ],
});
