/**
 * The web ACL actions of regional resources (load balancers, API stages), as Cloud Custodian's:
 * `set-wafv2` associates the one REGIONAL web ACL whose name `web-acl` matches with each resource
 * by ARN (AssociateWebACL), or with `state: false` removes the association (DisassociateWebACL);
 * `set-waf` does the same with a WAF Classic regional web ACL.
 */
import { type ActionDecl, defineAction, type PlannedCall, type Problem, pyRegex } from '@c7n-ts/core';
import { classicTargetId, listClassicWebAcls, webAclPatternProblems } from '../filters/web-acl.js';

/** The filter types of a policy's `filters`, nested blocks included (c7n's `iter_filters`). */
function filterTypes(filters: unknown, out = new Set<string>()): Set<string> {
  if (!Array.isArray(filters)) return out;
  for (const f of filters) {
    if (!f || typeof f !== 'object') continue;
    const o = f as Record<string, unknown>;
    if (typeof o.type === 'string') out.add(o.type);
    for (const k of ['and', 'or', 'not']) filterTypes(o[k], out);
  }
  return out;
}

/** c7n refuses set-waf/set-wafv2 without a waf filter in the policy, to keep them idempotent. */
export function wafFilterProblems(action: string, policy: unknown): Problem[] {
  // Without the policy (an element checked alone) there is nothing to look through.
  if (!policy) return [];
  const types = filterTypes((policy as { filters?: unknown } | undefined)?.filters);
  if (types.has('waf-enabled') || types.has('wafv2-enabled')) return [];
  return [
    {
      messageId: 'needs-waf-filter',
      message: `${action} must be used with a waf-enabled or wafv2-enabled filter in the policy (as Cloud Custodian requires, so that it acts only on resources that need it).`,
    },
  ];
}

export interface SetWafv2Spec {
  resources: string[];
  /** The field holding the resource's ARN (what AWS associates). */
  arnField: string;
  /** c7n's rest-stage refuses `state: true` without `web-acl`; its app-elb does not. */
  stateNeedsWebAcl?: boolean;
}

export function setWafv2Action(spec: SetWafv2Spec): ActionDecl<any, any> {
  return defineAction({
    type: 'set-wafv2',
    resources: spec.resources,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'web-acl': {
          type: 'string',
          description:
            'Regular expression (anchored at the start) that must match the name of exactly one REGIONAL WAFv2 web ACL; used when `state` is true.',
        },
        state: {
          type: 'boolean',
          default: true,
          description: 'true (the default): associate the web ACL; false: remove the association.',
        },
      },
    } as const,
    permissions: ['wafv2:AssociateWebACL', 'wafv2:DisassociateWebACL', 'wafv2:ListWebACLs'],
    messages: {
      'needs-waf-filter': 'set-wafv2 must be used with a waf-enabled or wafv2-enabled filter.',
      'needs-web-acl': '`state: true` needs `web-acl`.',
      'bad-web-acl-pattern': 'web-acl is not a usable regular expression: {{error}}',
    },
    doc: {
      summary:
        'Associate resources with a WAFv2 web ACL (the one REGIONAL ACL whose name `web-acl` matches, ListWebACLs), AssociateWebACL by the resource ARN, or with `state: false` remove their association (DisassociateWebACL). As in Cloud Custodian the policy must also have a waf-enabled or wafv2-enabled filter, and every resource is (re)associated.',
      example: '- type: set-wafv2\n  state: true\n  web-acl: FMManagedWebACLV2-?FMS-TestWebACL',
    },
    check(opts, ctx) {
      const problems = [
        ...wafFilterProblems('set-wafv2', ctx.policy),
        ...webAclPatternProblems(opts['web-acl']),
      ];
      const written = (ctx.policy?.actions as unknown[] | undefined)?.find(
        (a) => typeof a === 'object' && a !== null && (a as Record<string, unknown>).type === 'set-wafv2',
      ) as Record<string, unknown> | undefined;
      // c7n reads the state as written here (no default), so an omitted state passes.
      if (spec.stateNeedsWebAcl && (written?.state ?? false) && opts['web-acl'] === undefined)
        problems.push({ messageId: 'needs-web-acl', message: '`state: true` needs `web-acl`.' });
      return problems;
    },
    reads: () => [spec.arnField],
    async plan(resources, opts, ctx) {
      if (!ctx.read) throw new Error('set-wafv2 needs to list the web ACLs');
      const out = (await ctx.read('wafv2', 'ListWebACLs', { Scope: 'REGIONAL' })) as {
        WebACLs?: { Name?: string; ARN?: string }[];
      };
      const state = opts.state ?? true;
      let target = '';
      if (state) {
        const pattern = opts['web-acl'] ?? '';
        const re = pyRegex(pattern, { anchorStart: true });
        const matching = (out.WebACLs ?? []).filter((w) => re.test(w.Name ?? ''));
        if (matching.length !== 1)
          throw new Error(
            `set-wafv2: web-acl ${JSON.stringify(pattern)} matches ${matching.length} web ACLs, not one`,
          );
        target = matching[0]?.ARN ?? '';
      }
      const id = ctx.resourceType.id;
      return resources.flatMap((r): PlannedCall[] => {
        const arn = r[spec.arnField];
        if (typeof arn !== 'string') return [];
        return [
          state
            ? {
                service: 'wafv2',
                operation: 'AssociateWebACL',
                input: { WebACLArn: target, ResourceArn: arn },
                resourceIds: [String(r[id])],
                describe: `associate ${arn} with ${target}`,
              }
            : {
                service: 'wafv2',
                operation: 'DisassociateWebACL',
                input: { ResourceArn: arn },
                resourceIds: [String(r[id])],
                describe: `remove the web ACL of ${arn}`,
              },
        ];
      });
    },
  });
}

export interface SetWafRegionalSpec {
  resources: string[];
  /** The field holding the resource's ARN (what AWS associates). */
  arnField: string;
}

/**
 * `set-waf` for regional resources (load balancers, API stages), as Cloud Custodian's: the WAF
 * Classic regional web ACL named (or with the id) `web-acl` is associated with each resource by
 * ARN (AssociateWebACL), or with `state: false` the resource's association is removed.
 */
export function setWafRegionalAction(spec: SetWafRegionalSpec): ActionDecl<any, any> {
  return defineAction({
    type: 'set-waf',
    resources: spec.resources,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['web-acl'],
      properties: {
        'web-acl': {
          type: 'string',
          description:
            'Name (or id) of the WAF Classic regional web ACL; with `state` true it must exist (ListWebACLs).',
        },
        state: {
          type: 'boolean',
          default: true,
          description: 'true (the default): associate the web ACL; false: remove the association.',
        },
      },
    } as const,
    permissions: [
      'waf-regional:AssociateWebACL',
      'waf-regional:DisassociateWebACL',
      'waf-regional:ListWebACLs',
    ],
    messages: { 'needs-waf-filter': 'set-waf must be used with a waf-enabled or wafv2-enabled filter.' },
    doc: {
      summary:
        'Associate resources with a WAF Classic regional web ACL (by name or id, listed with one ListWebACLs call): AssociateWebACL by the resource ARN, or with `state: false` remove their association (DisassociateWebACL by ARN; Cloud Custodian also passes the ACL id, which the API does not take). As in Cloud Custodian the policy must also have a waf-enabled or wafv2-enabled filter, and every resource is (re)associated.',
      example: '- type: set-waf\n  state: true\n  web-acl: test',
    },
    check: (_opts, ctx) => wafFilterProblems('set-waf', ctx.policy),
    reads: () => [spec.arnField],
    async plan(resources, opts, ctx) {
      const read = ctx.read;
      if (!read) throw new Error('set-waf needs to list the web ACLs');
      const acls = await listClassicWebAcls(
        async (op, input) => (await read('waf-regional', op, input)) as Record<string, unknown>,
        { detail: false, paged: false },
      );
      const state = opts.state ?? true;
      const target = state ? (classicTargetId(acls, opts['web-acl']) as string) : '';
      const id = ctx.resourceType.id;
      return resources.flatMap((r): PlannedCall[] => {
        const arn = r[spec.arnField];
        if (typeof arn !== 'string') return [];
        return [
          state
            ? {
                service: 'waf-regional',
                operation: 'AssociateWebACL',
                input: { WebACLId: target, ResourceArn: arn },
                resourceIds: [String(r[id])],
                describe: `associate ${arn} with the WAF Classic web ACL ${target}`,
              }
            : {
                service: 'waf-regional',
                operation: 'DisassociateWebACL',
                input: { ResourceArn: arn },
                resourceIds: [String(r[id])],
                describe: `remove the WAF Classic web ACL of ${arn}`,
              },
        ];
      });
    },
  });
}
