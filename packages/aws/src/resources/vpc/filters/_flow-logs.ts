/**
 * Cloud Custodian's `flow-logs` filter (FlowLogv2Filter) of VPCs, subnets and network
 * interfaces: the region's flow logs (DescribeFlowLogs) are grouped by the resource they log,
 * kept in `c7n:flow-logs`, and the core `list-item` filter runs over them. The legacy keys
 * (`enabled`, `status`, `traffic-type`, ...) become list-item `attrs` and `count` as c7n converts
 * them; they cannot be mixed with `attrs`.
 */
import {
  type CompileContext,
  comparisonOp,
  type EvalContext,
  type FilterDecl,
  type Problem,
  type Resource,
} from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

const FLOW_LOGS = 'c7n:flow-logs';
const KEY = `"${FLOW_LOGS}"`;

/** Legacy option -> flow log field, and its values as the API spells them. */
const LEGACY: Record<string, { key: string; values?: Record<string, string> }> = {
  status: { key: 'FlowLogStatus', values: { active: 'ACTIVE' } },
  'deliver-status': { key: 'DeliverLogsStatus', values: { success: 'SUCCESS', failure: 'FAILED' } },
  destination: { key: 'LogDestination' },
  'destination-type': { key: 'LogDestinationType' },
  'traffic-type': { key: 'TrafficType', values: { all: 'ALL', reject: 'REJECT', accept: 'ACCEPT' } },
  'log-format': { key: 'LogFormat' },
  'log-group': { key: 'LogGroupName' },
};

const properties = {
  attrs: {
    type: 'array',
    items: { type: ['object', 'string'] },
    description: 'Filters (value, reduce, and/or/not) a flow log must pass, as in `list-item`.',
  },
  count: { type: 'number', description: 'Match on the number of flow logs that pass instead of any.' },
  count_op: { ...comparisonOp, description: `How count compares. ${comparisonOp.description} Default eq.` },
  enabled: {
    type: 'boolean',
    default: false,
    description: 'Legacy: true, some flow log passes the legacy keys; false (the default), none does.',
  },
  op: {
    enum: ['equal', 'not-equal'],
    default: 'equal',
    description: 'Legacy: how the legacy keys compare with the flow log.',
  },
  'set-op': {
    enum: ['or', 'and'],
    default: 'or',
    description: "Legacy: or, some flow log passes; and, every one of the resource's flow logs passes.",
  },
  status: { enum: ['active'], description: 'Legacy: the flow log status (FlowLogStatus).' },
  'deliver-status': {
    enum: ['success', 'failure'],
    description: 'Legacy: the delivery status (DeliverLogsStatus).',
  },
  destination: { type: 'string', description: 'Legacy: the destination ARN (LogDestination).' },
  'destination-type': {
    enum: ['s3', 'cloud-watch-logs'],
    description: 'Legacy: the destination type (LogDestinationType).',
  },
  'traffic-type': {
    enum: ['accept', 'reject', 'all'],
    description: 'Legacy: the traffic logged (TrafficType).',
  },
  'log-format': { type: 'string', description: 'Legacy: the log record format (LogFormat).' },
  'log-group': { type: 'string', description: 'Legacy: the CloudWatch Logs group (LogGroupName).' },
} as const;

type Opts = Record<string, unknown>;

const legacyKeys = (opts: Opts) => Object.keys(opts).filter((k) => k in LEGACY);

/** c7n's `convert`: the list-item options the legacy keys stand for. */
export function listItemOptions(opts: Opts): { options: Opts; allOf: boolean } {
  if ('attrs' in opts) {
    const { attrs, count, count_op } = opts;
    return {
      options: { attrs, ...(count !== undefined && { count }), ...(count_op !== undefined && { count_op }) },
      allOf: false,
    };
  }
  const options: Opts = opts.enabled === true ? { count_op: 'gte', count: 1 } : { count: 0 };
  const attrs = legacyKeys(opts).map((k) => {
    const spec = LEGACY[k] as { key: string; values?: Record<string, string> };
    const raw = opts[k] as string;
    const value = spec.values?.[raw] ?? raw;
    // c7n builds `{key: {value, op}}` for not-equal, which its value filter never matches; we
    // compare as the option says.
    return opts.op === 'not-equal'
      ? { type: 'value', key: spec.key, value, op: 'not-equal' }
      : { [spec.key]: value };
  });
  if (attrs.length) options.attrs = attrs;
  return { options, allOf: opts['set-op'] === 'and' };
}

function listItem(ctx: CompileContext) {
  const decl = ctx.registry.filter(ctx.resourceType.type, 'list-item');
  if (!decl) throw new Error('the list-item filter is not registered');
  return decl;
}

async function flowLogs(ctx: EvalContext): Promise<Map<string, Resource[]>> {
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  const out = new Map<string, Resource[]>();
  let token: unknown;
  do {
    const page = await p.send('ec2', 'DescribeFlowLogs', token ? { NextToken: token } : {}, region);
    for (const f of (page.FlowLogs as Resource[] | undefined) ?? []) {
      const id = String(f.ResourceId);
      out.set(id, [...(out.get(id) ?? []), f]);
    }
    token = page.NextToken;
  } while (token);
  return out;
}

export function flowLogsFilter(spec: {
  resource: string;
  idField: string;
  what: string;
}): FilterDecl<any, any> {
  return {
    kind: 'filter',
    type: 'flow-logs',
    resources: [spec.resource],
    options: { type: 'object', additionalProperties: false, properties },
    permissions: ['ec2:DescribeFlowLogs'],
    doc: {
      summary: `${spec.what} by their flow logs (DescribeFlowLogs, kept in c7n:flow-logs): as \`list-item\` over them with \`attrs\` and \`count\`, or with Cloud Custodian's legacy keys (\`enabled\`, \`status\`, \`traffic-type\`, \`log-group\`...), which cannot be mixed with \`attrs\`.`,
      example: '- type: flow-logs\n  enabled: true\n  traffic-type: all\n  status: active',
    },
    messages: { 'legacy-with-attrs': "flow-logs doesn't allow combining legacy keys with list-item attrs." },
    check(opts: Opts, ctx: CompileContext) {
      const problems: Problem[] = [];
      if ('attrs' in opts && legacyKeys(opts).length)
        problems.push({
          messageId: 'legacy-with-attrs',
          message: "flow-logs doesn't allow combining legacy keys with list-item attrs.",
        });
      const { options } = listItemOptions(opts);
      return [...problems, ...(listItem(ctx).check?.({ ...options, key: KEY }, ctx) ?? [])];
    },
    reads: () => [spec.idField, FLOW_LOGS],
    compile(opts: Opts, ctx: CompileContext) {
      const { options, allOf } = listItemOptions(opts);
      const inner = new Map<number | undefined, ReturnType<FilterDecl['compile']>>();
      // With set-op `and`, c7n sets the count to the resource's number of flow logs.
      const innerFor = (count: number | undefined) => {
        let ev = inner.get(count);
        if (!ev) {
          ev = listItem(ctx).compile({ ...options, ...(count !== undefined && { count }), key: KEY }, ctx);
          inner.set(count, ev);
        }
        return ev;
      };
      return {
        kind: 'process',
        async process(rs: Resource[], ectx: EvalContext) {
          const logs = await flowLogs(ectx);
          const out: Resource[] = [];
          for (const r of rs) {
            const mine = logs.get(String(r[spec.idField])) ?? [];
            r[FLOW_LOGS] = mine;
            const ev = innerFor(allOf ? mine.length : undefined);
            const hit = ev.kind === 'match' ? ev.match(r, ectx) : (await ev.process([r], ectx)).length > 0;
            if (hit) out.push(r);
          }
          return out;
        },
      };
    },
  };
}
