import { type CompileContext, defineFilter, LIST_ITEM_MATCHES, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

/** Cloud Custodian's annotation: the rule items that passed `attrs`. */
const ANNOTATION = 'c7n:WebACLAllRules';
/** Where every item is kept while the core list-item filter runs over them. */
const ITEMS = 'c7n:WebACLRuleItems';
const KEY = `"${ITEMS}"`;

type Send = (operation: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

/**
 * The ACL's rules as Cloud Custodian lists them: a standalone rule as itself, a rule group
 * reference with the group's rules (GetRuleGroup by the ARN's name and id), a managed rule
 * group with the names and actions of its rules (DescribeManagedRuleGroup). Group calls are made
 * first, in rule order, then the items are built.
 */
async function ruleItems(acl: Resource, send: Send): Promise<Record<string, unknown>[]> {
  const rules = (acl.Rules ?? []) as Record<string, unknown>[];
  const scope = acl.Scope;
  const statementOf = (rule: Record<string, unknown>) => (rule.Statement ?? {}) as Record<string, unknown>;
  const groups = new Map<string, unknown>();
  const managed = new Map<string, unknown>();
  for (const rule of rules) {
    const ref = statementOf(rule).RuleGroupReferenceStatement as { ARN: string } | undefined;
    if (!ref) continue;
    const parts = ref.ARN.split('/');
    const out = await send('GetRuleGroup', {
      Name: parts[parts.length - 2],
      Id: parts[parts.length - 1],
      Scope: scope,
    });
    groups.set(ref.ARN, out.RuleGroup ?? {});
  }
  for (const rule of rules) {
    const st = statementOf(rule);
    const ref = st.ManagedRuleGroupStatement as { VendorName: string; Name: string } | undefined;
    if (!ref || st.RuleGroupReferenceStatement) continue;
    const out = await send('DescribeManagedRuleGroup', {
      VendorName: ref.VendorName,
      Name: ref.Name,
      Scope: scope,
    });
    managed.set(`${ref.VendorName}:${ref.Name}`, out.Rules ?? []);
  }
  return rules.map((rule) => {
    const st = statementOf(rule);
    const ref = st.RuleGroupReferenceStatement as { ARN: string } | undefined;
    const mref = st.ManagedRuleGroupStatement as { VendorName: string; Name: string } | undefined;
    if (ref) {
      const group = (groups.get(ref.ARN) ?? {}) as { Rules?: unknown[] };
      return { Type: 'CustomerRuleGroup', Name: rule.Name, RuleGroupARN: ref.ARN, Rules: group.Rules ?? [] };
    }
    if (mref) {
      const meta = (managed.get(`${mref.VendorName}:${mref.Name}`) ?? []) as Record<string, unknown>[];
      return {
        Type: 'ManagedRuleGroup',
        Name: rule.Name,
        ManagedGroup: mref.Name,
        Rules: meta.map((r) => ({ Name: r.Name, Action: r.Action ?? {} })),
      };
    }
    return { Type: 'Standalone', Name: rule.Name, Rules: rule };
  });
}

function listItem(ctx: CompileContext) {
  const decl = ctx.registry.filter(ctx.resourceType.type, 'list-item');
  if (!decl) throw new Error('the list-item filter is not registered');
  return decl;
}

export default defineFilter({
  type: 'web-acl-rules',
  resources: ['aws.wafv2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      attrs: {
        type: 'array',
        items: { type: ['object', 'string'] },
        description:
          'Filters (value, reduce, and/or/not) a rule item must pass: `Type` (Standalone, CustomerRuleGroup, ManagedRuleGroup), `Name`, `Rules`.',
      },
    },
  } as const,
  permissions: ['wafv2:GetRuleGroup', 'wafv2:DescribeManagedRuleGroup'],
  doc: {
    summary:
      "Web ACLs by their rules, rule groups expanded: each of the ACL's rules becomes an item of `Type` Standalone (the rule), CustomerRuleGroup (the group's rules, GetRuleGroup) or ManagedRuleGroup (its rules' names and actions, DescribeManagedRuleGroup); an ACL matches when an item passes `attrs`, and the items that did are kept in `c7n:WebACLAllRules`.",
    example: [
      '- type: web-acl-rules',
      '  attrs:',
      '    - type: value',
      '      key: Type',
      '      value: ManagedRuleGroup',
    ].join('\n'),
  },
  check: (opts, ctx) => listItem(ctx).check?.({ ...opts, key: KEY }, ctx) ?? [],
  reads: () => ['Rules', 'Scope', ANNOTATION],
  compile(opts, ctx) {
    const inner = listItem(ctx).compile({ ...opts, key: KEY }, ctx);
    return {
      kind: 'process',
      async process(acls, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const send: Send = (operation, input) => p.send('wafv2', operation, input, region);
        for (const acl of acls) acl[ITEMS] = await ruleItems(acl, send);
        const prior = new Map(acls.map((a) => [a, a[LIST_ITEM_MATCHES]]));
        const out =
          inner.kind === 'process'
            ? await inner.process(acls, ectx)
            : acls.filter((a) => inner.match(a, ectx));
        for (const [acl, before] of prior) {
          const matched = Array.isArray(acl[LIST_ITEM_MATCHES]) ? (acl[LIST_ITEM_MATCHES] as string[]) : [];
          const items = acl[ITEMS] as unknown[];
          const fresh = matched.slice(Array.isArray(before) ? before.length : 0);
          if (out.includes(acl) && fresh.length) {
            const picked = fresh.map((m) => items[Number(/\[(\d+)\]$/.exec(m)?.[1])]);
            acl[ANNOTATION] = [...((acl[ANNOTATION] as unknown[] | undefined) ?? []), ...picked];
          }
          if (before === undefined) delete acl[LIST_ITEM_MATCHES];
          else acl[LIST_ITEM_MATCHES] = before;
          delete acl[ITEMS];
        }
        return out;
      },
    };
  },
});
