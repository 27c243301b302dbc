import { type ActionContext, defineAction, globRegex, type PlannedCall, type Problem } from '@c7n-ts/core';
import { isServiceError } from '../../../query/errors.js';
import { LOG_CONFIG } from '../filters/query-logging-enabled.js';

/** Route 53 writes query logs to CloudWatch Logs in us-east-1 only. */
const LOGS_REGION = 'us-east-1';

/** Whether `query-logging-enabled` is among the policy's filters, nested `and`/`or`/`not` included (c7n's iter_filters). */
function usesLoggingFilter(filters: unknown): boolean {
  if (!Array.isArray(filters)) return false;
  return filters.some((f) => {
    if (f === null || typeof f !== 'object') return false;
    const o = f as Record<string, unknown>;
    if (o.type === 'query-logging-enabled') return true;
    return ['and', 'or', 'not'].some((k) => usesLoggingFilter(o[k]));
  });
}

/** Python's os.path.commonprefix: the longest common leading characters. */
function commonPrefix(names: readonly string[]): string {
  if (!names.length) return '';
  let prefix = names.reduce((a, b) => (a < b ? a : b));
  const last = names.reduce((a, b) => (a > b ? a : b));
  let i = 0;
  while (i < prefix.length && prefix[i] === last[i]) i++;
  prefix = prefix.slice(0, i);
  return prefix;
}

async function pagedLogGroups(ctx: ActionContext, prefix: string): Promise<string[]> {
  const read = ctx.read as NonNullable<ActionContext['read']>;
  const names: string[] = [];
  let token: unknown;
  do {
    const input: Record<string, unknown> = {
      logGroupNamePrefix: prefix,
      ...(token ? { nextToken: token } : {}),
    };
    const page = (await read('logs', 'DescribeLogGroups', input, LOGS_REGION)) as Record<string, unknown>;
    for (const g of (page.logGroups ?? []) as { logGroupName?: string }[])
      if (g.logGroupName) names.push(g.logGroupName);
    token = page.nextToken || undefined;
  } while (token);
  return names;
}

/** The log groups that exist, looked up as c7n's ensure_log_groups does (one name, a shared prefix, or each name). */
async function existingGroups(ctx: ActionContext, wanted: readonly string[]): Promise<Set<string>> {
  if (wanted.length === 1) {
    const found = await pagedLogGroups(ctx, wanted[0] as string);
    return new Set(found.length ? wanted : []);
  }
  const prefix = commonPrefix(wanted);
  if (prefix !== '' && prefix !== '/') return new Set(await pagedLogGroups(ctx, prefix));
  const all = new Set<string>();
  for (const name of wanted) for (const g of await pagedLogGroups(ctx, name)) all.add(g);
  return all;
}

/** fnmatch of a resource policy's log group pattern (`/aws/route53/*`) against a group name. */
function fnmatch(name: string, pattern: string): boolean {
  return globRegex(pattern).test(name);
}

/** c7n's check_route53_permissions: every group is covered by a policy allowing route53.amazonaws.com. */
async function route53MayWrite(ctx: ActionContext, groups: readonly string[]): Promise<boolean> {
  const read = ctx.read as NonNullable<ActionContext['read']>;
  const out = (await read('logs', 'DescribeResourcePolicies', {}, LOGS_REGION)) as Record<string, unknown>;
  let left = [...groups];
  for (const p of (out.resourcePolicies ?? []) as { policyDocument?: string }[]) {
    const doc = JSON.parse(p.policyDocument ?? '{}') as { Statement?: Record<string, unknown>[] };
    for (const s of doc.Statement ?? []) {
      const service = (s.Principal as { Service?: unknown } | undefined)?.Service ?? [''];
      if (s.Effect !== 'Allow' || service !== 'route53.amazonaws.com') continue;
      const pattern = String(s.Resource).split(':').pop() ?? '';
      left = left.filter((g) => !fnmatch(g, pattern));
      if (!left.length) return true;
    }
  }
  return !left.length;
}

export default defineAction({
  type: 'set-query-logging',
  resources: ['aws.hostedzone'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description:
          'true (the default): log DNS queries of the zones; false: stop logging (needs the `query-logging-enabled` filter, whose annotation names the config to delete).',
      },
      'log-group': {
        type: 'string',
        default: 'auto',
        description:
          'Log group all zones log to; `auto` (the default): one group per zone, `<log-group-prefix>/<zone name>`.',
      },
      'log-group-prefix': {
        type: 'string',
        default: '/aws/route53',
        description: 'Prefix of the per-zone log groups when `log-group` is `auto`.',
      },
      'set-permissions': {
        type: 'boolean',
        description:
          'Also allow Route 53 to write to the log groups with a CloudWatch Logs resource policy (`Route53LogWrites`) when no existing policy does.',
      },
    },
  } as const,
  permissions: [
    'route53:GetQueryLoggingConfig',
    'route53:CreateQueryLoggingConfig',
    'route53:DeleteQueryLoggingConfig',
    'logs:DescribeLogGroups',
    'logs:CreateLogGroup',
    'logs:GetResourcePolicy',
    'logs:PutResourcePolicy',
  ],
  doc: {
    summary:
      'Turn DNS query logging of public hosted zones on (the log groups created in us-east-1 when missing, CreateQueryLoggingConfig per zone, and with `set-permissions` a resource policy letting Route 53 write) or off (DeleteQueryLoggingConfig of the config `query-logging-enabled` found), as Cloud Custodian does.',
    example: '- type: set-query-logging\n  state: true\n  set-permissions: true',
  },
  messages: {
    'needs-filter':
      'set-query-logging with state false needs the query-logging-enabled filter in the policy.',
  },
  check(opts, ctx): Problem[] {
    if ((opts.state ?? true) || usesLoggingFilter(ctx.policy?.filters)) return [];
    return [
      {
        messageId: 'needs-filter',
        message:
          'set-query-logging with `state: false` needs the `query-logging-enabled` filter in the policy, which finds the configs to delete.',
        path: ['state'],
      },
    ];
  },
  reads: () => ['Id', 'Name', LOG_CONFIG],
  async plan(zones, opts, ctx) {
    const calls: PlannedCall[] = [];
    if (!(opts.state ?? true)) {
      for (const z of zones) {
        const config = z[LOG_CONFIG] as { Id?: string } | undefined;
        if (!config?.Id) continue;
        calls.push({
          service: 'route53',
          operation: 'DeleteQueryLoggingConfig',
          input: { Id: config.Id },
          resourceIds: [String(z.Id)],
          okErrors: ['NoSuchQueryLoggingConfig'],
          describe: `stop query logging of ${String(z.Name)}`,
        });
      }
      return calls;
    }
    if (!ctx.read) throw new Error('set-query-logging needs to read the log groups');
    const auto = (opts['log-group'] ?? 'auto') === 'auto';
    const prefix = (opts['log-group-prefix'] ?? '/aws/route53').replace(/\/+$/, '');
    const groupOf = (z: Record<string, unknown>) =>
      auto ? `${prefix}/${String(z.Name).slice(0, -1)}` : String(opts['log-group']);
    const byGroup = new Map<string, string[]>();
    for (const z of zones) byGroup.set(groupOf(z), [...(byGroup.get(groupOf(z)) ?? []), String(z.Id)]);
    const groups = [...byGroup.keys()];
    const existing = await existingGroups(ctx, groups);
    for (const g of groups) {
      if (existing.has(g)) continue;
      calls.push({
        service: 'logs',
        operation: 'CreateLogGroup',
        input: { logGroupName: g },
        region: LOGS_REGION,
        resourceIds: byGroup.get(g) ?? [],
        describe: `create log group ${g} in ${LOGS_REGION}`,
      });
    }
    const account = ctx.accountId ?? '';
    if (opts['set-permissions']) {
      let covered = false;
      try {
        covered = await route53MayWrite(ctx, groups);
      } catch (e) {
        if (!isServiceError(e)) throw e;
      }
      if (!covered) {
        const resource = auto
          ? `arn:aws:logs:${LOGS_REGION}:${account}:log-group:${prefix}/*`
          : `arn:aws:logs:${LOGS_REGION}:${account}:log-group:${String(opts['log-group'])}:*`;
        const statement = {
          Sid: 'Route53LogsToCloudWatchLogs',
          Effect: 'Allow',
          Principal: { Service: ['route53.amazonaws.com'] },
          Action: ['logs:PutLogEvents', 'logs:CreateLogStream'],
          Resource: resource,
        };
        calls.push({
          service: 'logs',
          operation: 'PutResourcePolicy',
          input: {
            policyName: 'Route53LogWrites',
            policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
          },
          region: LOGS_REGION,
          resourceIds: zones.map((z) => String(z.Id)),
          describe: `allow Route 53 to write to ${resource}`,
        });
      }
    }
    for (const z of zones) {
      calls.push({
        service: 'route53',
        operation: 'CreateQueryLoggingConfig',
        input: {
          HostedZoneId: z.Id,
          CloudWatchLogsLogGroupArn: `arn:aws:logs:${LOGS_REGION}:${account}:log-group:${groupOf(z)}`,
        },
        resourceIds: [String(z.Id)],
        describe: `log DNS queries of ${String(z.Name)} to ${groupOf(z)}`,
      });
    }
    return calls;
  },
});
