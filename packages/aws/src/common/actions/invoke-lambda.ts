import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';
import { pyDumps } from '../securityhub/format.js';

const chunk = <T>(xs: readonly T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export default defineAction({
  type: 'invoke-lambda',
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['function'],
    properties: {
      function: { type: 'string', description: 'Name or ARN of the Lambda function to invoke.' },
      qualifier: { type: 'string', description: 'Version or alias of the function.' },
      async: {
        type: 'boolean',
        description:
          'true (default): invoke asynchronously (`InvocationType: Event`); false: wait for the answer.',
      },
      batch_size: { type: 'integer', minimum: 1, description: 'Resources per invocation; default 250.' },
      region: { type: 'string', description: "Region of the function; default the policy's." },
      timeout: {
        type: 'integer',
        description:
          'Read timeout in seconds (Cloud Custodian default 90); ignored by c7n-ts, which uses the SDK default.',
      },
      vars: {
        type: 'object',
        description: 'Free-form values passed to the function with the action (in `action.vars`).',
      },
      'assume-role': { type: 'string', description: 'Role to assume for the invocation. Not supported yet.' },
    },
  } as const,
  reads: () => undefined,
  permissions: ['lambda:InvokeFunction', 'iam:ListAccountAliases'],
  doc: {
    summary:
      'Invoke a Lambda function with the matched resources, `batch_size` at a time (default 250): the payload carries `resources`, the `policy`, this `action`, `account_id`, the account alias, `region` and the triggering `event`. Asynchronous unless `async: false`.',
    example: '- type: invoke-lambda\n  function: remediate-open-ports\n  batch_size: 50',
  },
  messages: {
    'assume-role': '`assume-role` is not supported yet.',
    'timeout-ignored': '`timeout` is ignored: the SDK default read timeout applies.',
  },
  check(opts) {
    const problems: Problem[] = [];
    if (opts['assume-role'] !== undefined)
      problems.push({
        messageId: 'assume-role',
        message: '`assume-role` is not supported yet.',
        path: ['assume-role'],
        at: 'key',
      });
    if (opts.timeout !== undefined)
      problems.push({
        messageId: 'timeout-ignored',
        message: '`timeout` is ignored: the SDK default read timeout applies.',
        path: ['timeout'],
        at: 'key',
        severity: 'warning',
      });
    return problems;
  },
  async plan(resources, opts, ctx) {
    if (!ctx.read) throw new Error('invoke-lambda needs a reader for ListAccountAliases');
    // c7n reads the account alias once per run of the action, before invoking.
    const aliases = ((await ctx.read('iam', 'ListAccountAliases', {})) as { AccountAliases?: string[] })
      .AccountAliases;
    const params: Record<string, unknown> = { FunctionName: opts.function };
    if (opts.qualifier) params.Qualifier = opts.qualifier;
    if (opts.async ?? true) params.InvocationType = 'Event';
    const rt = ctx.resourceType;
    return chunk(resources, opts.batch_size ?? 250).map((group): PlannedCall => {
      const payload = {
        version: 'c7n-ts',
        event: ctx.event ?? null,
        account_id: ctx.accountId ?? null,
        account: aliases?.[0] ?? '',
        region: ctx.region ?? null,
        action: { type: 'invoke-lambda', ...opts },
        policy: ctx.policy,
        resources: group,
      };
      const ids = group.map((r) => String(r[rt.id]));
      return {
        service: 'lambda',
        operation: 'Invoke',
        input: { ...params, Payload: pyDumps(payload, 0) },
        resourceIds: ids,
        describe: `invoke ${opts.function} with ${ids.length} resource(s)`,
        ...(opts.region && { region: opts.region }),
      };
    });
  },
});
