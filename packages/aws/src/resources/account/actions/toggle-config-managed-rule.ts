/**
 * Cloud Custodian's toggle-config-managed-rule: puts (or deletes) an AWS Config managed rule
 * named `rule_prefix + rule_name`, with its remediation. c7n accepts `tags` (and members of
 * `resource_tag` besides key and value) and never uses them: so here, with a warning.
 */
import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';

const MESSAGES = {
  'managed-rule-id': 'managed_rule_id is required to enable a managed rule.',
  ignored: 'Accepted as Cloud Custodian does, and ignored as it does.',
} as const;

export default defineAction({
  type: 'toggle-config-managed-rule',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['rule_name'],
    properties: {
      enabled: {
        type: 'boolean',
        default: true,
        description:
          'true (the default) creates or updates the rule (PutConfigRule) and its remediation; false deletes its remediation and the rule.',
      },
      rule_name: { type: 'string', description: 'The rule name, after `rule_prefix`.' },
      rule_prefix: {
        type: 'string',
        description: 'Prefix of the Config rule name; `custodian-` when absent.',
      },
      managed_rule_id: {
        type: 'string',
        description:
          'The AWS managed rule identifier (`S3_BUCKET_PUBLIC_WRITE_PROHIBITED`); required when enabled.',
      },
      resource_types: {
        type: 'array',
        items: { type: 'string', pattern: '^AWS::*' },
        description: "The rule's scope: CloudFormation resource types it evaluates (`AWS::S3::Bucket`).",
      },
      resource_tag: {
        type: 'object',
        required: ['key', 'value'],
        properties: {
          key: { type: 'string', description: 'Tag key of the resources in scope.' },
          value: { type: 'string', description: 'Tag value of the resources in scope.' },
        },
        description: "The rule's scope as resources with this tag (takes the place of resource_types).",
      },
      resource_id: {
        type: 'string',
        description:
          "The rule's scope as one resource id (takes the place of resource_types when no resource_tag).",
      },
      rule_parameters: {
        type: 'string',
        description: "The managed rule's input parameters, as a JSON string.",
      },
      remediation: {
        type: 'object',
        properties: {
          TargetType: {
            type: 'string',
            description: 'The remediation target type; `SSM_DOCUMENT` when absent.',
          },
          TargetId: { type: 'string', description: 'The SSM document run as remediation.' },
          Automatic: { type: 'boolean', description: 'Whether the remediation runs automatically.' },
          Parameters: {
            type: 'object',
            description: "The SSM document's parameters (StaticValue / ResourceValue).",
          },
          MaximumAutomaticAttempts: {
            type: 'integer',
            minimum: 1,
            maximum: 25,
            description: 'Automatic attempts before giving up.',
          },
          RetryAttemptSeconds: {
            type: 'integer',
            minimum: 1,
            maximum: 2678000,
            description: 'Seconds over which the attempts are made.',
          },
          ExecutionControls: {
            type: 'object',
            description: 'Rate and concurrency controls of the remediation.',
          },
        },
        description:
          "A remediation configuration (PutRemediationConfigurations' shape; other members are passed through), made after the rule when enabled.",
      },
      tags: { type: 'object', description: 'Accepted as Cloud Custodian does; unused there as here.' },
    },
  } as const,
  permissions: [
    'config:DescribeConfigRules',
    'config:DescribeRemediationConfigurations',
    'config:PutRemediationConfigurations',
    'config:PutConfigRule',
  ],
  messages: MESSAGES,
  doc: {
    summary:
      'Create or update an AWS Config managed rule named `rule_prefix` (default `custodian-`) + `rule_name`, scoped by resource types, a tag or a resource id, then its remediation (PutConfigRule, PutRemediationConfigurations); with `enabled: false`, delete the remediation and the rule (either already gone is not an error).',
    example: [
      '- type: toggle-config-managed-rule',
      '  rule_name: s3-public-write',
      '  managed_rule_id: S3_BUCKET_PUBLIC_WRITE_PROHIBITED',
      '  resource_types: [AWS::S3::Bucket]',
      '  remediation:',
      '    TargetId: AWS-DisableS3BucketPublicReadWrite',
      '    Automatic: true',
    ].join('\n'),
  },
  check(opts) {
    const problems: Problem[] = [];
    if ((opts.enabled ?? true) && !opts.managed_rule_id)
      problems.push({ messageId: 'managed-rule-id', message: MESSAGES['managed-rule-id'], path: [] });
    const ignored = (path: string[]) =>
      problems.push({
        messageId: 'ignored',
        message: MESSAGES.ignored,
        path,
        at: 'key',
        severity: 'warning',
      });
    if (opts.tags !== undefined) ignored(['tags']);
    // c7n's resource_tag schema takes other members too; only key and value scope the rule.
    for (const k of Object.keys(opts.resource_tag ?? {}))
      if (k !== 'key' && k !== 'value') ignored(['resource_tag', k]);
    return problems;
  },
  reads: () => ['account_id'],
  plan(accounts, opts) {
    if (!accounts.length) return [];
    const resourceIds = accounts.map((a) => String(a.account_id));
    const name = `${opts.rule_prefix ?? 'custodian-'}${opts.rule_name}`;
    if (!(opts.enabled ?? true))
      return [
        {
          service: 'config',
          operation: 'DeleteRemediationConfiguration',
          input: { ConfigRuleName: name },
          resourceIds,
          okErrors: ['NoSuchRemediationConfigurationException'],
          describe: `delete the remediation of Config rule ${name}`,
        },
        {
          service: 'config',
          operation: 'DeleteConfigRule',
          input: { ConfigRuleName: name },
          resourceIds,
          okErrors: ['NoSuchConfigRuleException'],
          describe: `delete Config rule ${name}`,
        },
      ];
    // One scope, as c7n: a tag, else a resource id, else the resource types.
    const scope = opts.resource_tag
      ? { TagKey: opts.resource_tag.key, TagValue: opts.resource_tag.value }
      : opts.resource_id
        ? { ComplianceResourceId: opts.resource_id }
        : { ComplianceResourceTypes: opts.resource_types ?? [] };
    const calls: PlannedCall[] = [
      {
        service: 'config',
        operation: 'PutConfigRule',
        input: {
          ConfigRule: {
            ConfigRuleName: name,
            Description: 'cloud-custodian AWS Config Managed Rule policy',
            Source: { Owner: 'AWS', SourceIdentifier: opts.managed_rule_id ?? '' },
            // c7n sends '' without rule_parameters; the API takes 1 to 1024 characters, so none.
            ...(opts.rule_parameters ? { InputParameters: opts.rule_parameters } : {}),
            Scope: scope,
          },
        },
        resourceIds,
        describe: `put Config managed rule ${name} (${opts.managed_rule_id})`,
      },
    ];
    if (opts.remediation && Object.keys(opts.remediation).length)
      calls.push({
        service: 'config',
        operation: 'PutRemediationConfigurations',
        input: {
          RemediationConfigurations: [
            {
              ...opts.remediation,
              ConfigRuleName: name,
              TargetType: opts.remediation.TargetType ?? 'SSM_DOCUMENT',
            },
          ],
        },
        resourceIds,
        describe: `put the remediation of Config rule ${name} (${opts.remediation.TargetId ?? 'no target'})`,
      });
    return calls;
  },
});
