import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import restStage from '../resource.js';
import wafEnabled from './waf-enabled.js';

const flight = fileURLToPath(new URL('../__fixtures__/waf-regional', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['eu-west-1'], accountId: '123456789012', replay: flight });
const stages = (): Record<string, unknown>[] => [
  { deploymentId: 'guarded', webAclArn: 'arn:aws:waf-regional:eu-west-1:123456789012:webacl/b2' },
  { deploymentId: 'v2', webAclArn: 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/x/c3' },
  { deploymentId: 'open' },
];

// waf-regional ListWebACLs: edge (no rule), api-acl (one rule), each with GetWebACL.
testFilter(wafEnabled, {
  resourceType: restStage,
  context: { provider: await provider() },
  valid: [{}, { state: true }, { key: 'length(Rules)', op: 'gte', value: 1 }],
  invalid: [{ options: { 'web-acl': 1 }, messageId: 'schema' }],
  cases: [
    {
      name: 'state false: stages without a WAF Classic ACL (a WAFv2 ARN is none)',
      options: { state: false },
      resources: stages(),
      matches: ['v2', 'open'],
    },
    {
      name: 'the ACL whose WebACLArn is the stage webAclArn, by name',
      options: { state: true, 'web-acl': 'api-acl' },
      resources: stages(),
      matches: ['guarded'],
    },
    {
      name: 'value options test the ACL (GetWebACL detail)',
      options: { key: 'length(Rules)', op: 'gte', value: 1 },
      resources: stages(),
      matches: ['guarded'],
    },
    {
      name: 'as in c7n, a stage without an ACL tests {} (empty Rules)',
      options: { key: 'Rules', value: 'empty' },
      resources: stages(),
      matches: ['v2', 'open'],
    },
  ],
});
