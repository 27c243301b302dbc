import type { EvalContext } from '@c7n-ts/core';
import { testAction } from '@c7n-ts/core/testing';
import domains from '../resource.js';
import enableAuditlog from './enable-auditlog.js';

const arn = (group: string) => `arn:aws:logs:us-east-1:123456789012:log-group:${group}:*`;
const OTHER = arn('/aws/OpenSearchService/domains/other/audit-logs');
const statement = (...Resource: string[]) => ({
  Sid: 'OpenSearchCloudWatchLogs',
  Effect: 'Allow',
  Principal: { Service: ['es.amazonaws.com'] },
  Action: ['logs:PutLogEvents', 'logs:CreateLogStream'],
  Resource,
});
const doc = (s: object) => JSON.stringify({ Version: '2012-10-17', Statement: s });

// Stands in for CloudWatch Logs' DescribeResourcePolicies: the OpenSearch policy names the
// group of domain `other`.
const read = async () => ({
  resourcePolicies: [
    { policyName: 'unrelated', policyDocument: doc([statement('arn:aws:logs:*')]) },
    { policyName: 'OpenSearchCloudwatchLogPermissions', policyDocument: doc([statement(OTHER)]) },
  ],
});
const context = { read, region: 'us-east-1', accountId: '123456789012' } as Partial<EvalContext>;

testAction(enableAuditlog, {
  resourceType: domains,
  context,
  valid: [{ state: true }, { state: false, loggroup_prefix: '/aws/es/domains', delay: 1 }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { state: 'on' }, messageId: 'schema', path: ['state'] },
  ],
  cases: [
    {
      name: 'on: the group, the policy joined with the groups it names, a pause, then the domain',
      options: { state: true, loggroup_prefix: '/aws/es/domains', delay: 2 },
      resources: [{ DomainName: 'a' }, { DomainName: 'b' }],
      calls: [
        {
          service: 'logs',
          operation: 'CreateLogGroup',
          input: { logGroupName: '/aws/es/domains/a/audit-logs' },
          resourceIds: ['a'],
          okErrors: ['ResourceAlreadyExistsException'],
        },
        {
          service: 'logs',
          operation: 'PutResourcePolicy',
          input: {
            policyName: 'OpenSearchCloudwatchLogPermissions',
            policyDocument: doc(statement(arn('/aws/es/domains/a/audit-logs'), OTHER)),
          },
          resourceIds: ['a'],
        },
        {
          service: 'es',
          operation: 'UpdateElasticsearchDomainConfig',
          input: {
            DomainName: 'a',
            LogPublishingOptions: {
              AUDIT_LOGS: { CloudWatchLogsLogGroupArn: arn('/aws/es/domains/a/audit-logs'), Enabled: true },
            },
          },
          resourceIds: ['a'],
          pauseMs: 2000,
        },
        { operation: 'CreateLogGroup', input: { logGroupName: '/aws/es/domains/b/audit-logs' } },
        {
          operation: 'PutResourcePolicy',
          input: {
            policyName: 'OpenSearchCloudwatchLogPermissions',
            policyDocument: doc(
              statement(arn('/aws/es/domains/b/audit-logs'), arn('/aws/es/domains/a/audit-logs'), OTHER),
            ),
          },
        },
        { operation: 'UpdateElasticsearchDomainConfig', resourceIds: ['b'] },
      ],
    },
    {
      name: 'on for a group the policy names already: only that group (as c7n), default path and delay',
      options: { state: true },
      resources: [{ DomainName: 'other' }],
      calls: [
        {
          operation: 'CreateLogGroup',
          input: { logGroupName: '/aws/OpenSearchService/domains/other/audit-logs' },
        },
        {
          operation: 'PutResourcePolicy',
          input: { policyName: 'OpenSearchCloudwatchLogPermissions', policyDocument: doc(statement(OTHER)) },
        },
        { operation: 'UpdateElasticsearchDomainConfig', pauseMs: 15_000 },
      ],
    },
    {
      name: 'off: the domain only',
      options: { state: false },
      resources: [{ DomainName: 'other' }],
      calls: [
        {
          service: 'es',
          operation: 'UpdateElasticsearchDomainConfig',
          input: {
            DomainName: 'other',
            LogPublishingOptions: { AUDIT_LOGS: { CloudWatchLogsLogGroupArn: OTHER, Enabled: false } },
          },
          resourceIds: ['other'],
        },
      ],
    },
  ],
});
