/**
 * Fetches a resource type the way Cloud Custodian does: the list operation (paged), then the
 * per-resource detail calls, then tags. Flight data is served by call order, so in replay and
 * record modes every call of one operation is issued in Cloud Custodian's order (per resource,
 * in list order); live runs fetch several resources at once.
 */
import type { Resource } from '@c7n-ts/core';
import type { AwsClients } from '../clients/index.js';
import type { AwsResourceType, AwsSource, DetailCall, GetByIds } from '../resources/types.js';
import { arnNeedsAccount, arnOf } from './arn.js';
import { getFromConfig, listFromConfig } from './config-source.js';
import { errorCode, matchesCode } from './errors.js';
import { ALL_FIELDS } from './needs.js';
import { augmentKeysOf, listInput, type PolicyQuery } from './params.js';
import { itemsAt } from './path.js';
import { mapLimit } from './pool.js';

export interface FetchOptions {
  clients: AwsClients;
  /** Defaults to the clients' first region. */
  region?: string;
  /**
   * Top-level fields the policy reads (see `fieldsRead`); detail calls filling other fields are
   * skipped. Undefined: make every call Cloud Custodian makes. `*` in the set means every field.
   */
  needs?: ReadonlySet<string>;
  /** The policy's `query:` block. */
  query?: PolicyQuery;
  /** The policy's mode type (`pull`, `cloudtrail`, ...); some augmentations depend on it. */
  mode?: string;
  /**
   * Fetch only these ids (event modes, related filters) with the type's `getByIds` parameter
   * alone, as Cloud Custodian's `get_resources`: the policy's `query` and list defaults are not sent.
   */
  ids?: readonly string[];
  /** The policy's `source:`; `config` lists from AWS Config (see config-source.ts). */
  source?: string;
  /** Told the number listed, then how many resources have their per-resource calls done. */
  onProgress?: (progress: { listed: number; done?: number }) => void;
}

/** Resources fetched concurrently in live mode (each resource's own calls stay sequential). */
const LIVE_CONCURRENCY = 8;

export async function fetchResources(rt: AwsResourceType, options: FetchOptions): Promise<Resource[]> {
  const { clients } = options;
  const source = rt.source;
  const region = options.region ?? clients.defaultRegion;
  if (options.source === 'config') return fetchFromConfig(rt, options, region);

  let resources = await listResources(rt, options, region);
  if (source.list.requireId) resources = resources.filter((r) => r[rt.id] !== undefined && r[rt.id] !== null);

  if (source.augmentAll && resources.length) {
    const send = (operation: string, input: Record<string, unknown>) =>
      clients.send(source.service, operation, input, region);
    resources = await source.augmentAll(resources, send);
  }
  const details = selectDetails(source, options.needs, options.query);
  const listed = resources.length;
  options.onProgress?.({ listed });
  resources = await completeEach(rt, details, resources, options, region, (done) =>
    options.onProgress?.({ listed, done }),
  );
  await applyTags(rt, resources, options, region);
  return resources;
}

/**
 * Each resource's detail calls and the type's own augmentation (concurrently in live mode):
 * `resources` less those the augmentation drops. `progress` is told how many are done.
 */
async function completeEach(
  rt: AwsResourceType,
  details: readonly DetailCall[],
  resources: Resource[],
  options: FetchOptions,
  region: string,
  progress: (done: number) => void,
): Promise<Resource[]> {
  const { clients } = options;
  const source = rt.source;
  if (!(details.length || source.augment) || !resources.length) return resources;
  const dropped = new Set<Resource>();
  const send = (operation: string, input: Record<string, unknown>) =>
    clients.send(source.service, operation, input, region);
  let done = 0;
  await mapLimit(resources, clients.ordered ? 1 : LIVE_CONCURRENCY, async (r) => {
    await augmentOne(clients, source, details, r, region);
    if (source.augment) {
      const kept = await source.augment(r, send);
      if (kept === undefined) dropped.add(r);
      else if (kept !== r) Object.assign(r, kept);
    }
    progress(++done);
  });
  return dropped.size ? resources.filter((r) => !dropped.has(r)) : resources;
}

/**
 * Config items are complete as listed: as in Cloud Custodian, nothing is augmented, except by the
 * type's own `config.complete` step.
 */
async function fetchFromConfig(
  rt: AwsResourceType,
  options: FetchOptions,
  region: string,
): Promise<Resource[]> {
  const { clients, ids } = options;
  // Cloud Custodian's cloudtrail mode resolves no ids to no resources; no call either.
  if (ids !== undefined && ids.length === 0) return [];
  const resources =
    ids === undefined
      ? await listFromConfig(rt, clients, region, options.query)
      : await getFromConfig(rt, clients, region, ids);
  const complete = rt.source.config?.complete;
  if (complete && resources.length)
    await complete(resources, (operation, input) =>
      clients.send(rt.source.service, operation, input, region),
    );
  options.onProgress?.({ listed: resources.length });
  return resources;
}

async function listResources(
  rt: AwsResourceType,
  options: FetchOptions,
  region: string,
): Promise<Resource[]> {
  const { clients } = options;
  const source = rt.source;
  if (source.listHook) {
    const send = (operation: string, input: Record<string, unknown>) =>
      clients.send(source.service, operation, input, region);
    return source.listHook({ send, accountId: () => clients.accountId(), region });
  }
  const ids = options.ids;
  if (ids === undefined) return listAll(clients, source, listInput(rt, options.query), region);
  // Cloud Custodian's cloudtrail mode resolves no ids to no resources; no call either.
  if (ids.length === 0) return [];

  // By id, Cloud Custodian's get_resources sends the id parameter alone: neither the policy's
  // query nor the listing's defaults, which live in its resources(). Real EC2 rejects MaxResults
  // beside VolumeIds/SnapshotIds (InvalidParameterCombination), and Owners: ['self'] would hide
  // the public images that instances launch from.
  const by = source.getByIds;
  if (by?.kind === 'list') return listByIds(clients, source, by, ids, region);
  if (by?.kind === 'scalar' && ids.length === 1)
    return listAll(clients, source, { [by.param]: ids[0] }, region);
  // No server-side id filter, or a scalar one and several ids: as c7n, list all and keep the ids.
  const wanted = new Set(ids);
  return (await listAll(clients, source, {}, region)).filter((r) => wanted.has(String(r[rt.id])));
}

/** The list call by ids; with `badId`, the ids the error names are dropped and the rest asked again. */
async function listByIds(
  clients: AwsClients,
  source: AwsSource,
  by: GetByIds,
  ids: readonly string[],
  region: string,
): Promise<Resource[]> {
  let left = [...ids];
  for (;;) {
    try {
      return await listAll(clients, source, { [by.param]: left }, region);
    } catch (e) {
      const pattern = by.badId?.[errorCode(e) ?? ''];
      const named = pattern?.exec(e instanceof Error ? e.message : '')?.[1];
      const bad = new Set((named ?? '').split(',').map((id) => id.trim()));
      if (!left.some((id) => bad.has(id))) throw e;
      left = left.filter((id) => !bad.has(id));
      if (!left.length) return [];
    }
  }
}

/** Every page of the list operation, items extracted per page. */
async function listAll(
  clients: AwsClients,
  source: AwsSource,
  input: Record<string, unknown>,
  region: string,
): Promise<Resource[]> {
  const out: Resource[] = [];
  for await (const page of listPages(clients, source, input, region)) out.push(...page);
  return out;
}

/** The list operation's pages, items extracted, one page at a time. */
async function* listPages(
  clients: AwsClients,
  source: AwsSource,
  input: Record<string, unknown>,
  region: string,
): AsyncGenerator<Resource[]> {
  const { operation, items, pagination } = source.list;
  let token: unknown;
  for (;;) {
    const request = token === undefined || !pagination ? input : { ...input, [pagination.inputToken]: token };
    const page = await clients.send(source.service, operation, request, region);
    const key = source.list.itemKey;
    // Bare strings (SQS QueueUrls) sit at a plain member; each becomes { [itemKey]: item }.
    const bare = key === undefined ? [] : ((page[items] as unknown[] | undefined) ?? []);
    yield key === undefined ? itemsAt(page, items) : bare.map((item) => ({ [key]: item }) as Resource);
    if (!pagination) return;
    // A dotted token path reaches into a wrapper (CloudFront's `DistributionList.NextMarker`).
    const next = pagination.outputToken
      .split('.')
      .reduce<unknown>(
        (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
        page,
      );
    if (next === undefined || next === null || next === '') return;
    // botocore stops with an error here rather than loop forever; so do we.
    if (next === token) throw new Error(`${source.service}.${operation} returned the same page token twice`);
    token = next;
  }
}

/**
 * The listing a page at a time, each page with its details and tags, when that makes the same
 * calls and gives the same resources as `fetchResources` (issue 17: a run then holds a page of a
 * large listing, not all of it). Undefined when it would not: resources fetched by id or from
 * AWS Config, a list hook, an augmentation of the whole set, or tags fetched in batches that
 * would be cut at other places.
 *
 * EC2-style tags (one DescribeTags call when the listing carries none) are decided on the first
 * page: when none of its resources has Tags, the one call is made then, for every page.
 */
export function fetchResourcePages(
  rt: AwsResourceType,
  options: FetchOptions,
): AsyncGenerator<Resource[]> | undefined {
  const source = rt.source;
  const tags = source.tags.kind;
  if (options.source === 'config' || options.ids !== undefined || source.listHook || source.augmentAll)
    return undefined;
  if (tags === 'batch-describe-tags' || tags === 'tagging-api') return undefined;
  return pagesOf(rt, options);
}

async function* pagesOf(rt: AwsResourceType, options: FetchOptions): AsyncGenerator<Resource[]> {
  const { clients } = options;
  const source = rt.source;
  const region = options.region ?? clients.defaultRegion;
  const details = selectDetails(source, options.needs, options.query);
  let listed = 0;
  let done = 0;
  let tagsById: Map<string, unknown[]> | undefined;
  let first = true;
  for await (let page of listPages(clients, source, listInput(rt, options.query), region)) {
    if (source.list.requireId) page = page.filter((r) => r[rt.id] !== undefined && r[rt.id] !== null);
    listed += page.length;
    options.onProgress?.({ listed });
    const before = done;
    page = await completeEach(rt, details, page, options, region, (n) => {
      done = before + n;
      options.onProgress?.({ listed, done });
    });
    if (source.tags.kind === 'ec2-describe-tags') {
      if (first && page.length && !page.some((r) => 'Tags' in r))
        tagsById = await describeTags(rt, options, region);
      if (tagsById) for (const r of page) r.Tags = tagsById.get(String(r[rt.id])) ?? [];
    } else await applyTags(rt, page, options, region);
    if (!page.length) continue;
    first = false;
    yield page;
  }
}

/** The detail calls to make: all of them, those the policy reads, or S3's `augment-keys` choice. */
export function selectDetails(
  source: AwsSource,
  needs: ReadonlySet<string> | undefined,
  query: PolicyQuery | undefined,
): DetailCall[] {
  const all = [...(source.details ?? [])];
  const always = new Set(source.augmentKeys?.always ?? []);
  const chosen = source.augmentKeys ? augmentKeysOf(query) : undefined;
  const read = (d: DetailCall) =>
    d.merge === true || needs === undefined || needs.has(ALL_FIELDS) || needs.has(d.field);
  if (chosen === undefined) return all.filter(read);
  if (chosen === 'all') return all;
  if (chosen === 'none') return all.filter((d) => always.has(d.field));
  if (chosen === 'detect') return all.filter((d) => always.has(d.field) || read(d));
  return all.filter((d) => always.has(d.field) || chosen.includes(d.field));
}

/** One resource's detail calls, in declared order. */
async function augmentOne(
  clients: AwsClients,
  source: AwsSource,
  details: readonly DetailCall[],
  resource: Resource,
  defaultRegion: string,
): Promise<void> {
  let region = defaultRegion;
  for (const d of details) {
    const input: Record<string, unknown> = {};
    for (const [param, field] of Object.entries(d.input)) input[param] = resource[field];
    let value: unknown;
    try {
      const out = { ...(await clients.send(source.service, d.operation, input, region)) };
      delete out.$metadata;
      delete out.ResponseMetadata;
      value = d.select !== undefined && d.select in out ? out[d.select] : out;
    } catch (e) {
      const code = errorCode(e);
      if (code !== undefined && matchesCode(code, d.absent)) {
        value = structuredClone(d.absentValue);
      } else if (code !== undefined && d.denied?.codes.includes(code)) {
        const denied = Array.isArray(resource['c7n:DeniedMethods'])
          ? (resource['c7n:DeniedMethods'] as string[])
          : [];
        denied.push(d.denied.name);
        resource['c7n:DeniedMethods'] = denied;
        continue;
      } else {
        throw e;
      }
    }
    if (d.normalize === 's3-location') region = normalizeLocation(value) ?? region;
    if (d.merge && value !== null && typeof value === 'object') Object.assign(resource, value);
    else if (!d.merge) resource[d.field] = value;
  }
}

/** S3 location: `EU` is eu-west-1 (stored back, as Cloud Custodian does); no constraint is us-east-1. */
function normalizeLocation(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const loc = value as { LocationConstraint?: unknown };
  if (loc.LocationConstraint === 'EU') loc.LocationConstraint = 'eu-west-1';
  const c = loc.LocationConstraint;
  return typeof c === 'string' && c !== '' ? c : 'us-east-1';
}

async function applyTags(
  rt: AwsResourceType,
  resources: Resource[],
  options: FetchOptions,
  region: string,
): Promise<void> {
  const tags = rt.source.tags;
  const { clients } = options;
  switch (tags.kind) {
    case 'inline':
    case 'detail':
    case 'augment':
    case 'none':
      return;
    case 'renamed':
      for (const r of resources) {
        const list = r[tags.from] ?? [];
        delete r[tags.from];
        r.Tags = list;
      }
      return;
    case 'ec2-describe-tags': {
      // Cloud Custodian samples one resource; recordings have all or none tagged, and checking
      // all of them makes the choice deterministic.
      if (!resources.length || resources.some((r) => 'Tags' in r)) return;
      const byId = await describeTags(rt, options, region);
      if (byId) for (const r of resources) r.Tags = byId.get(String(r[rt.id])) ?? [];
      return;
    }
    case 'batch-describe-tags': {
      for (let i = 0; i < resources.length; i += tags.batch) {
        const chunk = resources.slice(i, i + tags.batch);
        const byKey = new Map(chunk.map((r) => [String(r[tags.by]), r] as const));
        const out = await clients.send(
          rt.source.service,
          tags.operation,
          { [tags.param]: [...byKey.keys()] },
          region,
        );
        for (const d of (out[tags.items] ?? []) as Record<string, unknown>[]) {
          const r = byKey.get(String(d[tags.key]));
          if (r) r.Tags = d.Tags ?? [];
        }
      }
      return;
    }
    case 'tagging-api': {
      // Cloud Custodian's universal_augment: the resources without Tags, named by ARN, 100 a call
      // (one call each, not paged); a resource the answer leaves out has no tags.
      const untagged = resources.filter((r) => !('Tags' in r));
      if (!untagged.length) return;
      const accountId = arnNeedsAccount(rt.source) ? await clients.accountId() : '';
      for (let i = 0; i < untagged.length; i += 100) {
        const chunk = untagged
          .slice(i, i + 100)
          .map((r) => [arnOf(rt.source, r, { region, accountId }), r] as const);
        const arns = chunk.flatMap(([arn]) => (arn === undefined ? [] : [arn]));
        const page = await clients.send('tagging', 'GetResources', { ResourceARNList: arns }, region);
        const byArn = new Map<string, unknown>();
        for (const m of (page.ResourceTagMappingList ?? []) as Record<string, unknown>[]) {
          byArn.set(String(m.ResourceARN), m.Tags);
        }
        for (const [arn, r] of chunk) r.Tags = (arn === undefined ? undefined : byArn.get(arn)) ?? [];
      }
      return;
    }
  }
}

/**
 * Every resource's tags of an `ec2-describe-tags` type, by id, from one DescribeTags call;
 * undefined in the modes that skip it.
 */
async function describeTags(
  rt: AwsResourceType,
  options: FetchOptions,
  region: string,
): Promise<Map<string, unknown[]> | undefined> {
  const tags = rt.source.tags;
  if (tags.kind !== 'ec2-describe-tags') return undefined;
  if (options.mode !== undefined && tags.skipInModes.includes(options.mode)) return undefined;
  const out = await options.clients.send(
    rt.source.service,
    tags.operation,
    { Filters: [{ Name: 'resource-type', Values: [tags.resourceType] }] },
    region,
  );
  const byId = new Map<string, unknown[]>();
  for (const t of (out.Tags ?? []) as Record<string, unknown>[]) {
    const id = String(t.ResourceId);
    const list = byId.get(id);
    if (list) list.push({ Key: t.Key, Value: t.Value });
    else byId.set(id, [{ Key: t.Key, Value: t.Value }]);
  }
  return byId;
}
