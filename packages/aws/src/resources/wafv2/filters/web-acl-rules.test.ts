import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { createAwsProvider } from '../../../provider.js';
import wafv2 from '../resource.js';
import webAclRules from './web-acl-rules.js';

// GetRuleGroup answers a group with one rule; DescribeManagedRuleGroup a managed group with two.
const flight = fileURLToPath(new URL('../__fixtures__/web-acl-rules', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const rule = (Name: string, Statement: Record<string, unknown>) => ({ Name, Priority: 0, Statement });
const acls = () => [
  { Id: 'standalone', Scope: 'REGIONAL', Rules: [rule('rate', { RateBasedStatement: { Limit: 100 } })] },
  {
    Id: 'customer',
    Scope: 'REGIONAL',
    Rules: [
      rule('group', {
        RuleGroupReferenceStatement: {
          ARN: 'arn:aws:wafv2:us-east-1:123456789012:regional/rulegroup/blocklist/rg-1',
        },
      }),
    ],
  },
  {
    Id: 'managed',
    Scope: 'REGIONAL',
    Rules: [
      rule('common', {
        ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' },
      }),
    ],
  },
  { Id: 'empty', Scope: 'REGIONAL', Rules: [] },
];

testFilter(webAclRules, {
  resourceType: wafv2,
  context: { provider: await replay() },
  valid: [{}, { attrs: [{ Type: 'Standalone' }] }],
  invalid: [
    { options: { attrs: 'Standalone' }, messageId: 'schema' },
    { options: { key: 'Rules' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'standalone rules',
      options: { attrs: [{ type: 'value', key: 'Type', value: 'Standalone', op: 'eq' }] },
      resources: acls(),
      matches: ['standalone'],
    },
    {
      name: "a customer rule group's own rules are expanded",
      options: {
        attrs: [
          { type: 'value', key: 'Type', value: 'CustomerRuleGroup' },
          { type: 'value', key: 'Rules', value_type: 'size', value: 0, op: 'gt' },
        ],
      },
      resources: acls(),
      matches: ['customer'],
    },
    {
      name: "a managed group's rule names",
      options: {
        attrs: [{ type: 'value', key: 'Rules[].Name', value: 'NoUserAgent_HEADER', op: 'contains' }],
      },
      resources: acls(),
      matches: ['managed'],
    },
  ],
});
