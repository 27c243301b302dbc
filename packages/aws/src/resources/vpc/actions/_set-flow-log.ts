/**
 * Cloud Custodian's `set-flow-log` action of VPCs, subnets and network interfaces: creates flow
 * logs for the resources (one CreateFlowLogs for all of them, after CreateLogGroup when they go
 * to CloudWatch Logs), or with `state: false` deletes their flow logs (found with
 * DescribeFlowLogs). The legacy top-level keys are merged into `attrs`, which cannot be mixed.
 */
import type { ActionContext, ActionDecl, PlannedCall, Problem, Resource } from '@c7n-ts/core';

const str = (description: string) => ({ type: 'string', description }) as const;

/** CreateFlowLogs members a policy may set (the action sets ResourceIds and ResourceType). */
const ATTRS = {
  DeliverLogsPermissionArn: str('IAM role ARN that lets the service publish to CloudWatch Logs.'),
  DeliverCrossAccountRole: str('IAM role ARN for delivery to another account.'),
  LogGroupName: str('CloudWatch Logs group; created first when missing.'),
  LogDestination: str('Destination ARN (S3 bucket, log group or Firehose stream).'),
  LogDestinationType: {
    enum: ['s3', 'cloud-watch-logs', 'kinesis-data-firehose'],
    description: 'Destination type; default cloud-watch-logs.',
  },
  LogFormat: str('Log record format.'),
  TrafficType: { enum: ['ACCEPT', 'REJECT', 'ALL'], description: 'Traffic to log.' },
  MaxAggregationInterval: {
    type: 'integer',
    enum: [60, 600],
    description: 'Seconds a flow is aggregated over.',
  },
  DestinationOptions: {
    type: 'object',
    description: 'S3 destination options (FileFormat, HiveCompatiblePartitions, PerHourPartition).',
  },
  TagSpecifications: { type: 'array', description: 'Tags for the flow logs.' },
  ClientToken: str('Idempotency token.'),
  DryRun: { type: 'boolean', description: 'Ask EC2 to check permissions only.' },
} as const;

const LEGACY = [
  'DeliverLogsPermissionArn',
  'LogGroupName',
  'LogDestination',
  'LogFormat',
  'MaxAggregationInterval',
  'LogDestinationType',
  'TrafficType',
] as const;

const legacyProps = Object.fromEntries(
  LEGACY.map((k) => [
    k,
    { ...ATTRS[k], description: `Legacy: ${ATTRS[k].description} Same as under attrs.` },
  ]),
);

type Opts = Record<string, unknown>;

/** c7n's `convert`: legacy keys merged under attrs. */
export function flowLogAttrs(opts: Opts): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const k of LEGACY) if (k in opts) attrs[k] = opts[k];
  return { ...attrs, ...((opts.attrs as Opts | undefined) ?? {}) };
}

async function flowLogsOf(ctx: ActionContext, ids: ReadonlySet<string>): Promise<Resource[]> {
  if (!ctx.read) throw new Error('set-flow-log needs a reader for DescribeFlowLogs');
  const out: Resource[] = [];
  let token: unknown;
  do {
    const page = (await ctx.read('ec2', 'DescribeFlowLogs', token ? { NextToken: token } : {})) as {
      FlowLogs?: Resource[];
      NextToken?: string;
    };
    out.push(...(page.FlowLogs ?? []).filter((f) => ids.has(String(f.ResourceId))));
    token = page.NextToken;
  } while (token);
  return out;
}

type Unsuccessful = { Unsuccessful?: { ResourceId?: string; Error?: { Code?: string; Message?: string } }[] };

export function setFlowLogAction(spec: {
  resource: string;
  idField: string;
  /** CreateFlowLogs ResourceType. */
  resourceType: 'VPC' | 'Subnet' | 'NetworkInterface';
}): ActionDecl<any, any> {
  return {
    kind: 'action',
    type: 'set-flow-log',
    resources: [spec.resource],
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        state: {
          type: 'boolean',
          description: 'True (the default) creates flow logs; false deletes the existing ones.',
        },
        attrs: {
          type: 'object',
          additionalProperties: false,
          properties: ATTRS,
          description: 'CreateFlowLogs parameters (ResourceIds and ResourceType are set by the action).',
        },
        ...legacyProps,
      },
    },
    permissions: (opts: Opts) =>
      opts.state === false
        ? ['ec2:DescribeFlowLogs', 'ec2:DeleteFlowLogs']
        : ['ec2:CreateFlowLogs', 'logs:CreateLogGroup'],
    doc: {
      summary: `Create flow logs for the ${spec.resourceType === 'VPC' ? 'VPCs' : spec.resourceType === 'Subnet' ? 'subnets' : 'network interfaces'} (one CreateFlowLogs for all, after CreateLogGroup when they go to CloudWatch Logs; a group that exists already is fine), or with \`state: false\` delete their flow logs (DescribeFlowLogs, then one DeleteFlowLogs). Flow logs the answer lists as unsuccessful are recorded as failed.`,
      example: [
        '- type: set-flow-log',
        '  attrs:',
        '    DeliverLogsPermissionArn: arn:aws:iam::123456789012:role/flow-logs',
        '    LogGroupName: /custodian/vpc/flowlogs/',
        '    TrafficType: ALL',
      ].join('\n'),
    },
    messages: {
      'legacy-with-attrs': "set-flow-log: legacy top level keys aren't compatible with `attrs` mapping.",
      'needs-log-group': 'set-flow-log: flow logs to CloudWatch Logs need LogGroupName (or LogDestination).',
    },
    check(opts: Opts): Problem[] {
      if ('attrs' in opts && LEGACY.some((k) => k in opts))
        return [
          {
            messageId: 'legacy-with-attrs',
            message: "set-flow-log: legacy top level keys aren't compatible with `attrs` mapping.",
          },
        ];
      const attrs = flowLogAttrs(opts);
      if (
        opts.state !== false &&
        (attrs.LogDestinationType ?? 'cloud-watch-logs') === 'cloud-watch-logs' &&
        !attrs.LogGroupName &&
        !attrs.LogDestination
      )
        return [
          {
            messageId: 'needs-log-group',
            message: 'set-flow-log: flow logs to CloudWatch Logs need LogGroupName (or LogDestination).',
          },
        ];
      return [];
    },
    reads: () => [spec.idField],
    async plan(rs: Resource[], opts: Opts, ctx: ActionContext): Promise<PlannedCall[]> {
      const ids = rs.map((r) => String(r[spec.idField]));
      if (!ids.length) return [];
      if (opts.state === false) {
        const logs = await flowLogsOf(ctx, new Set(ids));
        if (!logs.length) return [];
        const owner = new Map(logs.map((f) => [String(f.FlowLogId), String(f.ResourceId)]));
        const affected = [...new Set(owner.values())];
        return [
          {
            service: 'ec2',
            operation: 'DeleteFlowLogs',
            input: { FlowLogIds: [...owner.keys()] },
            resourceIds: affected,
            describe: `delete flow logs ${[...owner.keys()].join(', ')} of ${affected.join(', ')}`,
            okErrors: ['InvalidFlowLogId.NotFound'],
            failures: (output) =>
              ((output as Unsuccessful).Unsuccessful ?? []).map((u) => ({
                id: owner.get(String(u.ResourceId)) ?? String(u.ResourceId),
                errorCode: String(u.Error?.Code ?? 'Unsuccessful'),
                ...(u.Error?.Message && { message: u.Error.Message }),
              })),
          },
        ];
      }
      const attrs = flowLogAttrs(opts);
      const calls: PlannedCall[] = [];
      if ((attrs.LogDestinationType ?? 'cloud-watch-logs') === 'cloud-watch-logs' && attrs.LogGroupName)
        calls.push({
          service: 'logs',
          operation: 'CreateLogGroup',
          input: { logGroupName: attrs.LogGroupName },
          resourceIds: ids,
          describe: `create log group ${String(attrs.LogGroupName)}`,
          okErrors: ['ResourceAlreadyExistsException'],
        });
      calls.push({
        service: 'ec2',
        operation: 'CreateFlowLogs',
        input: { ResourceIds: ids, ResourceType: spec.resourceType, ...attrs },
        resourceIds: ids,
        describe: `create ${String(attrs.TrafficType ?? '')} flow logs for ${ids.join(', ')}`.replace(
          '  ',
          ' ',
        ),
        // A flow log like it exists already: c7n logs it and goes on.
        okErrors: ['FlowLogAlreadyExists'],
        failures: (output) =>
          ((output as Unsuccessful).Unsuccessful ?? []).map((u) => ({
            id: String(u.ResourceId),
            errorCode: String(u.Error?.Code ?? 'Unsuccessful'),
            ...(u.Error?.Message && { message: u.Error.Message }),
          })),
      });
      return calls;
    },
  };
}
