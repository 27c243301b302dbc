/**
 * The organization's units and where accounts sit among them, as Cloud Custodian's `org-unit`
 * resource lists them: ListRoots, then depth first ListChildren (every page) and
 * DescribeOrganizationalUnit per unit, each unit keeping its ancestors' ids (`Parents`, root
 * first) and its name path (`Path`); then its tags (GetResources by ARN, 100 a call).
 */
import type { Resource } from '@c7n-ts/core';
import type { AwsProvider } from '../../../aws-provider.js';

/** Where an account keeps its units, nearest first (Cloud Custodian's key). */
export const PARENTS = 'c7n:parents';

type Send = AwsProvider['send'];

/** Every page of ListChildren of one type under a parent. */
export async function children(send: Send, region: string, ParentId: string, ChildType: string) {
  const ids: string[] = [];
  let token: string | undefined;
  do {
    const page = await send(
      'organizations',
      'ListChildren',
      { ParentId, ChildType, ...(token && { NextToken: token }) },
      region,
    );
    for (const c of (page.Children ?? []) as Resource[]) ids.push(String(c.Id));
    token = typeof page.NextToken === 'string' && page.NextToken ? page.NextToken : undefined;
  } while (token);
  return ids;
}

/** The first root's id. */
export async function rootId(send: Send, region: string): Promise<string> {
  const out = await send('organizations', 'ListRoots', {}, region);
  const [root] = (out.Roots ?? []) as Resource[];
  if (!root) throw new Error('Organizations ListRoots returned no root');
  return String(root.Id);
}

async function listUnits(send: Send, region: string): Promise<Map<string, Resource>> {
  const units = new Map<string, Resource>();
  const walk = async (parent: string, stack: string[]): Promise<void> => {
    for (const id of await children(send, region, parent, 'ORGANIZATIONAL_UNIT')) {
      const out = await send(
        'organizations',
        'DescribeOrganizationalUnit',
        { OrganizationalUnitId: id },
        region,
      );
      const ou: Resource = { ...((out.OrganizationalUnit ?? { Id: id }) as Resource), Parents: [...stack] };
      units.set(id, ou);
      stack.push(id);
      ou.Path = stack
        .filter((p) => p.startsWith('ou'))
        .map((p) => units.get(p)?.Name)
        .join('/');
      await walk(id, stack);
      stack.pop();
    }
  };
  const root = await rootId(send, region);
  await walk(root, [root]);
  const all = [...units.values()];
  for (let i = 0; i < all.length; i += 100) {
    const chunk = all.slice(i, i + 100);
    const arns = chunk.flatMap((u) => (typeof u.Arn === 'string' ? [u.Arn] : []));
    const page = await send('tagging', 'GetResources', { ResourceARNList: arns }, region);
    const byArn = new Map<string, unknown>();
    for (const m of (page.ResourceTagMappingList ?? []) as Resource[])
      byArn.set(String(m.ResourceARN), m.Tags);
    for (const u of chunk) u.Tags = byArn.get(String(u.Arn)) ?? [];
  }
  return units;
}

const cache = new WeakMap<AwsProvider, Map<string, Promise<Map<string, Resource>>>>();

/** The organization's units by id, listed once per run and region. */
export function orgUnits(p: AwsProvider, region: string): Promise<Map<string, Resource>> {
  const byRegion = cache.get(p) ?? new Map<string, Promise<Map<string, Resource>>>();
  cache.set(p, byRegion);
  let units = byRegion.get(region);
  if (!units) {
    units = listUnits(p.send.bind(p), region);
    byRegion.set(region, units);
  }
  return units;
}

/**
 * Records in `c7n:parents` the units each account sits in, nearest first (ListParents per
 * account not yet annotated); an account directly under the root has none.
 */
export async function annotateParents(
  p: AwsProvider,
  region: string,
  accounts: Resource[],
  units: Map<string, Resource>,
): Promise<void> {
  for (const a of accounts) {
    if (PARENTS in a) continue;
    const out = await p.send('organizations', 'ListParents', { ChildId: a.Id }, region);
    const listed = (out.Parents ?? []) as Resource[];
    const parent = listed[listed.length - 1];
    const parents: Resource[] = [];
    let unit = parent && parent.Type !== 'ROOT' ? units.get(String(parent.Id)) : undefined;
    while (unit) {
      parents.push(unit);
      const above = ((unit.Parents ?? []) as string[]).at(-1);
      unit = above && !above.startsWith('r-') ? units.get(above) : undefined;
    }
    a[PARENTS] = parents;
  }
}
