/**
 * The IAM actions a policy needs: the union of its resource type's, its filters' (nested
 * blocks and conditions included), its actions' and its mode's declared permissions. This is
 * what `c7n-ts permissions` prints and what a deployed function's role must allow.
 */
import type { ElementDecl, ResourceTypeDecl } from '../define/types.js';
import { normalizeFilterItem } from '../filters/compile.js';
import { normalizeAction } from '../policy/index.js';
import type { Registry } from '../registry/index.js';

export interface PolicyPermissions {
  /** Sorted, unique IAM actions (`ec2:DescribeInstances`). */
  actions: string[];
  /** Which element asked for each action, for explanations (`filter value`, `action tag`). */
  sources: Record<string, string[]>;
}

export function policyPermissions(
  data: Record<string, unknown>,
  rt: ResourceTypeDecl,
  registry: Registry,
): PolicyPermissions {
  const sources = new Map<string, Set<string>>();
  const add = (perms: readonly string[], source: string) => {
    for (const p of perms) {
      const s = sources.get(p) ?? new Set<string>();
      sources.set(p, s);
      s.add(source);
    }
  };
  const permsOf = (decl: ElementDecl, options: Record<string, unknown>): readonly string[] =>
    typeof decl.permissions === 'function' ? decl.permissions(options, rt, registry) : decl.permissions;

  // Another source lists with its own calls instead of the type's describe calls.
  const source = typeof data.source === 'string' ? data.source : 'describe';
  const other = source === 'describe' ? undefined : rt.otherSources?.[source];
  add(other ?? rt.permissions, other ? `resource ${rt.type} (source ${source})` : `resource ${rt.type}`);
  const walk = (items: readonly unknown[], where: string) => {
    for (const item of items) {
      const n = normalizeFilterItem(item);
      if (n.kind === 'block') walk(n.items, where);
      if (n.kind !== 'filter') continue;
      const decl = registry.filter(rt.type, n.type);
      if (decl) add(permsOf(decl, n.options), `${where} ${n.type}`);
    }
  };
  walk((data.filters as unknown[]) ?? [], 'filter');
  walk((data.conditions as unknown[]) ?? [], 'condition');
  for (const item of (data.actions as unknown[]) ?? []) {
    const { type, options } = normalizeAction(item);
    const decl = registry.action(rt.type, type);
    if (decl) add(permsOf(decl, options), `action ${type}`);
  }
  const mode = data.mode as Record<string, unknown> | undefined;
  if (typeof mode?.type === 'string') {
    const decl = registry.mode(mode.type);
    if (decl) {
      const { type: _t, ...options } = mode;
      add(permsOf(decl, options), `mode ${mode.type}`);
    }
  }
  const actions = [...sources.keys()].sort();
  return {
    actions,
    sources: Object.fromEntries(actions.map((a) => [a, [...(sources.get(a) ?? [])].sort()])),
  };
}
