import { defineAction, type PlannedCall } from '@c7n-ts/core';

const POLICY_NAME = 'OpenSearchCloudwatchLogPermissions';
type Statement = Record<string, unknown>;

/** c7n's merge of its statement with the policy's first: `Resource` lists joined, the rest the policy's. */
function merge(fresh: Statement, existing: Statement): Statement {
  const out: Statement = {};
  for (const d of [fresh, existing])
    for (const [k, v] of Object.entries(d)) {
      if (k !== 'Resource') out[k] = v;
      else
        out.Resource = [...((out.Resource as unknown[] | undefined) ?? []), ...(Array.isArray(v) ? v : [v])];
    }
  return out;
}

export default defineAction({
  type: 'enable-auditlog',
  resources: ['aws.elasticsearch'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['state'],
    properties: {
      state: { type: 'boolean', description: 'Turn audit log publishing on (`true`) or off.' },
      loggroup_prefix: {
        type: 'string',
        description:
          'Log group path before `/<domain>/audit-logs`; default: the group is `/aws/OpenSearchService/domains/<domain>/audit-logs`.',
      },
      delay: {
        type: 'number',
        description:
          'Seconds to wait after granting the log group policy, before updating the domain; default 15.',
      },
    },
  } as const,
  permissions: [
    'es:UpdateElasticsearchDomainConfig',
    'es:ListDomainNames',
    'logs:DescribeLogGroups',
    'logs:CreateLogGroup',
    'logs:PutResourcePolicy',
    // c7n leaves out the read of the resource policy it extends.
    'logs:DescribeResourcePolicies',
  ],
  doc: {
    summary:
      "Publish (or stop publishing) each domain's audit logs to CloudWatch Logs with UpdateElasticsearchDomainConfig's LogPublishingOptions. Turning them on first creates the log group (CreateLogGroup, an existing one is fine) and lets OpenSearch write to it through the `OpenSearchCloudwatchLogPermissions` resource policy (DescribeResourcePolicies, PutResourcePolicy adding the group to the policy's first statement), then waits `delay` seconds, as Cloud Custodian does.",
    example: '- type: enable-auditlog\n  state: true\n  loggroup_prefix: /aws/es/domains',
  },
  reads: () => ['DomainName'],
  async plan(domains, opts, ctx) {
    const region = ctx.region ?? '';
    const account = ctx.accountId ?? '';
    const calls: PlannedCall[] = [];
    // The policy as this plan leaves it, for the next domain (the reads all happen before it is put).
    let planned: Statement | undefined;
    for (const d of domains) {
      const name = String(d.DomainName);
      const group = opts.loggroup_prefix
        ? `${opts.loggroup_prefix}/${name}/audit-logs`
        : `/aws/OpenSearchService/domains/${name}/audit-logs`;
      const arn = `arn:aws:logs:${region}:${account}:log-group:${group}:*`;
      if (opts.state) {
        if (!ctx.read) throw new Error('enable-auditlog needs read access to the log resource policies');
        calls.push({
          service: 'logs',
          operation: 'CreateLogGroup',
          input: { logGroupName: group },
          resourceIds: [name],
          describe: `create log group ${group}`,
          okErrors: ['ResourceAlreadyExistsException'],
        });
        const out = (await ctx.read('logs', 'DescribeResourcePolicies', {})) as {
          resourcePolicies?: { policyName?: string; policyDocument?: string }[];
        };
        let existing = planned;
        if (!existing) {
          const found = (out.resourcePolicies ?? []).find((p) => p.policyName === POLICY_NAME);
          // c7n writes the statement bare (not in a list) and reads the list's first.
          const stated = found?.policyDocument
            ? (JSON.parse(found.policyDocument) as { Statement?: Statement | Statement[] }).Statement
            : undefined;
          existing = Array.isArray(stated) ? stated[0] : stated;
        }
        let statement: Statement = {
          Sid: 'OpenSearchCloudWatchLogs',
          Effect: 'Allow',
          Principal: { Service: ['es.amazonaws.com'] },
          Action: ['logs:PutLogEvents', 'logs:CreateLogStream'],
          Resource: [arn],
        };
        // As c7n: a group the policy already names leaves only this statement.
        const resources = existing?.Resource;
        const named = Array.isArray(resources) ? resources.includes(arn) : resources === arn;
        if (existing && !named) statement = merge(statement, existing);
        planned = statement;
        calls.push({
          service: 'logs',
          operation: 'PutResourcePolicy',
          input: {
            policyName: POLICY_NAME,
            policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: statement }),
          },
          resourceIds: [name],
          describe: `let OpenSearch write to ${group}`,
        });
      }
      calls.push({
        service: 'es',
        operation: 'UpdateElasticsearchDomainConfig',
        input: {
          DomainName: name,
          LogPublishingOptions: { AUDIT_LOGS: { CloudWatchLogsLogGroupArn: arn, Enabled: opts.state } },
        },
        resourceIds: [name],
        describe: `${opts.state ? 'enable' : 'disable'} the audit logs of ${name}`,
        ...(opts.state ? { pauseMs: Math.round((opts.delay ?? 15) * 1000) } : {}),
      });
    }
    return calls;
  },
});
