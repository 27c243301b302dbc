import { testAction } from '@c7n-ts/core/testing';
import account from '../resource.js';
import toggleConfigManagedRule from './toggle-config-managed-rule.js';

const acct = { account_id: '123456789012', account_name: 'prod' };
const base = { rule_name: 's3-public-write', managed_rule_id: 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED' };

testAction(toggleConfigManagedRule, {
  resourceType: account,
  valid: [base, { rule_name: 'x', enabled: false }, { ...base, resource_tag: { key: 'Env', value: 'prod' } }],
  invalid: [
    { options: { managed_rule_id: 'X' }, messageId: 'schema', path: [] },
    { options: { rule_name: 'x' }, messageId: 'managed-rule-id', path: [] },
    {
      options: { ...base, resource_types: ['S3::Bucket'] },
      messageId: 'schema',
      path: ['resource_types', '0'],
    },
    {
      options: { ...base, remediation: { MaximumAutomaticAttempts: 26 } },
      messageId: 'schema',
      path: ['remediation', 'MaximumAutomaticAttempts'],
    },
    { options: { ...base, tags: { a: 'b' } }, messageId: 'ignored', path: ['tags'] },
    {
      options: { ...base, resource_tag: { key: 'Env', value: 'prod', op: 'eq' } },
      messageId: 'ignored',
      path: ['resource_tag', 'op'],
    },
  ],
  cases: [
    {
      name: 'puts the rule, prefixed custodian-, scoped by resource types, then its remediation as an SSM document',
      options: {
        ...base,
        resource_types: ['AWS::S3::Bucket'],
        rule_parameters: '{}',
        remediation: {
          TargetId: 'AWS-DisableS3BucketPublicReadWrite',
          Automatic: true,
          MaximumAutomaticAttempts: 5,
        },
      },
      resources: [acct],
      calls: [
        {
          service: 'config',
          operation: 'PutConfigRule',
          input: {
            ConfigRule: {
              ConfigRuleName: 'custodian-s3-public-write',
              Description: 'cloud-custodian AWS Config Managed Rule policy',
              Source: { Owner: 'AWS', SourceIdentifier: 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED' },
              InputParameters: '{}',
              Scope: { ComplianceResourceTypes: ['AWS::S3::Bucket'] },
            },
          },
          resourceIds: ['123456789012'],
        },
        {
          operation: 'PutRemediationConfigurations',
          input: {
            RemediationConfigurations: [
              {
                TargetId: 'AWS-DisableS3BucketPublicReadWrite',
                Automatic: true,
                MaximumAutomaticAttempts: 5,
                ConfigRuleName: 'custodian-s3-public-write',
                TargetType: 'SSM_DOCUMENT',
              },
            ],
          },
        },
      ],
    },
    {
      name: 'a tag scope wins over resource types; no remediation, no second call',
      options: {
        ...base,
        rule_prefix: 'org-',
        resource_types: ['AWS::S3::Bucket'],
        resource_tag: { key: 'Env', value: 'prod' },
      },
      resources: [acct],
      calls: [
        {
          operation: 'PutConfigRule',
          input: {
            ConfigRule: {
              ConfigRuleName: 'org-s3-public-write',
              Description: 'cloud-custodian AWS Config Managed Rule policy',
              Source: { Owner: 'AWS', SourceIdentifier: 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED' },
              Scope: { TagKey: 'Env', TagValue: 'prod' },
            },
          },
        },
      ],
    },
    {
      name: 'a resource id scope',
      options: { ...base, resource_id: 'my-bucket' },
      resources: [acct],
      calls: [
        {
          operation: 'PutConfigRule',
          input: {
            ConfigRule: {
              ConfigRuleName: 'custodian-s3-public-write',
              Description: 'cloud-custodian AWS Config Managed Rule policy',
              Source: { Owner: 'AWS', SourceIdentifier: 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED' },
              Scope: { ComplianceResourceId: 'my-bucket' },
            },
          },
        },
      ],
    },
    {
      name: 'enabled false deletes the remediation then the rule; either missing is fine',
      options: { rule_name: 's3-public-write', enabled: false },
      resources: [acct],
      calls: [
        {
          operation: 'DeleteRemediationConfiguration',
          input: { ConfigRuleName: 'custodian-s3-public-write' },
          okErrors: ['NoSuchRemediationConfigurationException'],
        },
        {
          operation: 'DeleteConfigRule',
          input: { ConfigRuleName: 'custodian-s3-public-write' },
          okErrors: ['NoSuchConfigRuleException'],
        },
      ],
    },
  ],
});
