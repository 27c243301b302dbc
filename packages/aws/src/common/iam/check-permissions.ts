/**
 * Cloud Custodian's check-permissions of iam-group and iam-policy (its CheckPermissions): the IAM
 * policy simulator run per resource on `actions`, each evaluation result compared with `match`
 * (allowed, denied, or value options); the resource matches when every result does
 * (`match-operator: and`, the default) or one does (`or`), and keeps the matching results in
 * `c7n:perm-matches`. A group is simulated by its ARN (SimulatePrincipalPolicy, its permissions
 * boundary applied unless `boundaries: false`; NoSuchEntity: no results, no match); a managed
 * policy by its default version's document (GetPolicyVersion, kept in `c7n:policy`, then
 * SimulateCustomPolicy).
 */
import {
  checkValueOptions,
  defineFilter,
  type EvalContext,
  type Problem,
  type Resource,
  type ValueOptions,
} from '@c7n-ts/core';
import { errorCode } from '../../query/errors.js';
import { compileItemMatcher, valueMessages } from '../filters/value-over.js';
import { policyDocument } from './policy-document.js';
import { iamSend } from './principal.js';

const ANNOTATION = 'c7n:perm-matches';
const POLICY = 'c7n:policy';

/** With `boundaries: false` the simulation gets an allow-all boundary, as c7n does. */
export const ALLOW_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

/** `match` as value filter options: allowed/denied, a `key: value` pair or value filter options. */
export function matchOptions(match: unknown): ValueOptions {
  if (match === 'allowed') return { key: 'EvalDecision', op: 'in', value: ['allowed'] } as ValueOptions;
  if (match === 'denied')
    return { key: 'EvalDecision', op: 'in', value: ['explicitDeny', 'implicitDeny'] } as ValueOptions;
  const { type: _type, ...m } = match as Record<string, unknown>;
  const keys = Object.keys(m);
  if (keys.length === 1 && !('key' in m))
    return { key: keys[0], value: m[keys[0] as string] } as ValueOptions;
  return m as ValueOptions;
}

export interface Simulated {
  /** The c7n-ts type, `aws.iam-group`. */
  type: string;
  /** `principal`: SimulatePrincipalPolicy on the resource's ARN; `policy`: SimulateCustomPolicy. */
  by: 'principal' | 'policy';
  /** Plural for docs: `groups`. */
  plural: string;
  /** Field with the ARN simulated; default `Arn` (a Lambda function's is its execution `Role`). */
  arnField?: string;
  /** What the docs call the resources when not `IAM <plural>`. */
  subject?: string;
}

/** The simulator's results for one resource (an empty list: nothing to compare). */
async function evaluate(
  spec: Simulated,
  r: Resource,
  actions: readonly string[],
  boundary: Record<string, unknown>,
  ctx: EvalContext,
): Promise<Resource[]> {
  if (spec.by === 'policy') {
    let version = r[POLICY] as { Document?: unknown } | undefined;
    if (version === undefined || version === null) {
      const out = await iamSend(ctx, 'GetPolicyVersion', { PolicyArn: r.Arn, VersionId: r.DefaultVersionId });
      version = (out.PolicyVersion ?? {}) as { Document?: unknown };
      r[POLICY] = version;
    }
    const res = await iamSend(ctx, 'SimulateCustomPolicy', {
      PolicyInputList: [JSON.stringify(policyDocument(version.Document))],
      ActionNames: actions,
    });
    return (res.EvaluationResults ?? []) as Resource[];
  }
  try {
    const res = await iamSend(ctx, 'SimulatePrincipalPolicy', {
      PolicySourceArn: r[spec.arnField ?? 'Arn'],
      ActionNames: actions,
      ...boundary,
    });
    return (res.EvaluationResults ?? []) as Resource[];
  } catch (e) {
    if (errorCode(e) !== 'NoSuchEntity') throw e;
    return [];
  }
}

export function checkPermissionsFilter(spec: Simulated) {
  const permissions =
    spec.by === 'policy'
      ? ['iam:SimulateCustomPolicy', 'iam:GetPolicyVersion']
      : ['iam:SimulatePrincipalPolicy', 'iam:GetPolicy', 'iam:GetPolicyVersion', 'iam:GetRole'];
  const api =
    spec.by === 'policy' ? 'SimulateCustomPolicy on its default version' : 'SimulatePrincipalPolicy';
  return defineFilter({
    type: 'check-permissions',
    resources: [spec.type],
    options: checkPermissionsOptions(
      'Apply permissions boundaries in the simulation (false: simulate with an allow-all boundary). A managed policy is simulated alone, so this changes nothing for it.',
    ),
    permissions,
    doc: {
      summary: `${spec.subject ?? `IAM ${spec.plural}`} allowed (or denied) the given actions by the IAM policy simulator (${api}); the matching evaluation results are kept in \`c7n:perm-matches\`.`,
      example: '- type: check-permissions\n  match: allowed\n  actions:\n    - iam:CreateUser',
    },
    messages: {
      ...valueMessages,
      'invalid-action': 'A check-permissions action is written <service>:<action>.',
    },
    check(opts) {
      const problems: Problem[] = [];
      opts.actions.forEach((a, i) => {
        // c7n looks for a colon inside the name, not at either end.
        if (!a.slice(1, -1).includes(':'))
          problems.push({
            messageId: 'invalid-action',
            message: `invalid check-permissions action "${a}": write it as <service>:<action>.`,
            path: ['actions', i],
          });
      });
      if (typeof opts.match === 'object')
        for (const pr of checkValueOptions(matchOptions(opts.match)))
          problems.push({ ...pr, path: ['match', ...(pr.path ?? [])] });
      return problems;
    },
    reads: () => [spec.arnField ?? 'Arn', 'DefaultVersionId'],
    compile(opts, cctx) {
      const matcher = compileItemMatcher(matchOptions(opts.match), cctx.baseDir);
      const all = (opts['match-operator'] ?? 'and') === 'and';
      const boundary = opts.boundaries === false ? { PermissionsBoundaryPolicyInputList: [ALLOW_ALL] } : {};
      return {
        kind: 'process',
        async process(rs, ctx) {
          const byArn = new Map<string, Resource[]>();
          const out: Resource[] = [];
          for (const r of rs) {
            const arn = r[spec.arnField ?? 'Arn'];
            if (typeof arn !== 'string') continue;
            let evs = byArn.get(arn);
            if (!evs) {
              evs = await evaluate(spec, r, opts.actions, boundary, ctx);
              byArn.set(arn, evs);
            }
            if (!evs.length) continue;
            const hits = await matcher(evs, ctx);
            if (all ? hits.size === evs.length : hits.size > 0) {
              r[ANNOTATION] = evs.filter((e) => hits.has(e));
              out.push(r);
            }
          }
          return out;
        },
      };
    },
  });
}

/** The options of every check-permissions filter; `boundaries` says what the flag does there. */
export function checkPermissionsOptions(boundaries: string) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['actions', 'match'],
    properties: {
      actions: {
        type: 'array',
        items: { type: 'string' },
        description: 'IAM actions simulated, each `service:Action` (no wildcards in the action name).',
      },
      match: {
        oneOf: [{ enum: ['allowed', 'denied'] }, { type: 'object' }],
        description:
          'allowed or denied (explicitDeny/implicitDeny), or value filter options (or one `key: value` pair) applied to each evaluation result (EvalDecision, EvalActionName, ...).',
      },
      'match-operator': {
        enum: ['and', 'or'],
        default: 'and',
        description: 'and (default): every simulated action matches; or: at least one does.',
      },
      boundaries: {
        type: 'boolean',
        default: true,
        description: boundaries,
      },
    },
  } as const;
}
