import type { EvalContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import account from '../resource.js';
import setEmrBlockPublicAccess from './set-emr-block-public-access.js';

// Stands in for EMR's answer when the filter did not read the configuration first.
const read = async () => ({
  BlockPublicAccessConfiguration: { BlockPublicSecurityGroupRules: false },
  BlockPublicAccessConfigurationMetadata: { CreatedByArn: 'arn:aws:iam::123456789012:root' },
});
const fresh = { account_id: '123456789012', account_name: 'prod' };
const filtered = {
  ...fresh,
  'c7n:emr-block-public-access': {
    BlockPublicAccessConfiguration: {
      BlockPublicSecurityGroupRules: true,
      PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22, MaxRange: 22 }],
    },
  },
};

testAction(setEmrBlockPublicAccess, {
  resourceType: account,
  context: { read } as Partial<EvalContext>,
  valid: [
    { config: { BlockPublicSecurityGroupRules: true } },
    {
      config: {
        BlockPublicSecurityGroupRules: true,
        PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22 }],
      },
    },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { config: {} }, messageId: 'schema', path: ['config'] },
    {
      options: {
        config: {
          BlockPublicSecurityGroupRules: true,
          PermittedPublicSecurityGroupRuleRanges: [{ MaxRange: 22 }],
        },
      },
      messageId: 'schema',
    },
  ],
  cases: [
    {
      name: "merges over the filter's reading",
      options: {
        config: { BlockPublicSecurityGroupRules: true, PermittedPublicSecurityGroupRuleRanges: [] },
      },
      resources: [filtered],
      calls: [
        {
          service: 'elasticmapreduce',
          operation: 'PutBlockPublicAccessConfiguration',
          input: {
            BlockPublicAccessConfiguration: {
              BlockPublicSecurityGroupRules: true,
              PermittedPublicSecurityGroupRuleRanges: [],
            },
          },
          resourceIds: ['123456789012'],
        },
      ],
    },
    {
      name: 'no call when the configuration already is so',
      options: {
        config: {
          BlockPublicSecurityGroupRules: true,
          PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22, MaxRange: 22 }],
        },
      },
      resources: [filtered],
      calls: [],
    },
    {
      name: 'reads the current configuration when no filter did',
      options: { config: { BlockPublicSecurityGroupRules: true } },
      resources: [fresh],
      calls: [
        {
          operation: 'PutBlockPublicAccessConfiguration',
          input: { BlockPublicAccessConfiguration: { BlockPublicSecurityGroupRules: true } },
        },
      ],
    },
  ],
});
