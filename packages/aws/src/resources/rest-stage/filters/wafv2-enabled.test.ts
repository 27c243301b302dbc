import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import restStage from '../resource.js';
import wafv2Enabled from './wafv2-enabled.js';

const flight = fileURLToPath(new URL('../__fixtures__/wafv2', import.meta.url));
const provider = () =>
  createAwsProvider({ regions: ['eu-west-1'], accountId: '123456789012', replay: flight });
const stages = (): Record<string, unknown>[] => [
  { deploymentId: 'guarded', webAclArn: 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api-acl/c3' },
  { deploymentId: 'open' },
];

// ListWebACLs (REGIONAL): api-acl; its GetWebACL has one rate-based rule.
testFilter(wafv2Enabled, {
  resourceType: restStage,
  context: { provider: await provider() },
  valid: [{}, { state: true }, { key: 'length(Rules)', op: 'gte', value: 1 }],
  invalid: [{ options: { 'web-acl': 1 }, messageId: 'schema' }],
  cases: [
    {
      name: 'state false: stages without a web ACL',
      options: { state: false },
      resources: stages(),
      matches: ['open'],
    },
    {
      name: 'the ACL named by webAclArn',
      options: { state: true, 'web-acl': 'api' },
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
      matches: ['open'],
    },
  ],
});
