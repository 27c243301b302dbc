import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import appElb from '../resource.js';
import wafEnabled from './waf-enabled.js';

const flight = fileURLToPath(new URL('../__fixtures__/waf-regional', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['eu-west-1'], accountId: '123456789012', replay: flight });
const lb = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app';
const albs = (): Record<string, unknown>[] => [
  { LoadBalancerArn: `${lb}/guarded/1111` },
  { LoadBalancerArn: `${lb}/open/2222` },
];

// waf-regional ListWebACLs (one call, though it answers a NextMarker): edge, then api-acl, each
// completed by GetWebACL (api-acl has one rule) and tagged by GetResources; ListResourcesForWebACL
// answers `other` for edge (_1) and `guarded` for api-acl (_2).
testFilter(wafEnabled, {
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
      name: 'web-acl is the ACL name itself, not a pattern',
      options: { state: true, 'web-acl': 'api' },
      resources: albs(),
      matches: [],
    },
    {
      name: 'state false with another web-acl',
      options: { state: false, 'web-acl': 'edge' },
      resources: albs(),
      matches: [`${lb}/guarded/1111`, `${lb}/open/2222`],
    },
    {
      name: 'value options test the ACL detail and its tags',
      options: { key: 'tag:team', value: 'api' },
      resources: albs(),
      matches: [`${lb}/guarded/1111`],
    },
  ],
});
