/**
 * `source: config`: resources listed from AWS Config instead of the type's describe calls, as
 * Cloud Custodian's ConfigSource does. A pull run selects the type's items with one
 * SelectResourceConfig expression (paged); when that finds nothing for the bare type it lists
 * the discovered ids and reads each one's latest history entry, which is also how ids from an
 * event are resolved. Each item becomes the resource describe would give: keys TitleCased,
 * date-like strings made dates, tags normalised, then the type's own `config.load` step.
 * Nothing is augmented afterwards (no detail calls, no tag lookups) but by the type's own
 * `config.complete` step (kms-key alias names).
 */
import { dataObject, parseJsonData, type Resource } from '@c7n-ts/core';
import type { AwsClients } from '../clients/index.js';
import type { AwsResourceType, ConfigItem } from '../resources/types.js';
import type { PolicyQuery } from './params.js';

/** All resources of `rt` that Config recorded in `region`, filtered by the policy's query. */
export async function listFromConfig(
  rt: AwsResourceType,
  clients: AwsClients,
  region: string,
  query: PolicyQuery | undefined,
): Promise<Resource[]> {
  const expression = selectExpression(rt, query);
  const out: Resource[] = [];
  let token: string | undefined;
  for (;;) {
    const input: Record<string, unknown> = { Expression: expression };
    if (token) input.NextToken = token;
    const page = await clients.send('config', 'SelectResourceConfig', input, region);
    for (const r of (page.Results ?? []) as string[])
      out.push(loadConfigItem(rt, parseJsonData(r) as ConfigItem));
    const next = page.NextToken;
    if (typeof next !== 'string' || next === '') break;
    if (next === token) throw new Error('config.SelectResourceConfig returned the same page token twice');
    token = next;
  }
  // Config's select has at times not answered for some types; with no query of the user's,
  // Cloud Custodian then walks the discovered resources. Its S3 source rewrites the expression
  // before comparing it with the default, so for S3 (extra selected fields) it never does.
  if (out.length || expression !== selectExpression(rt, undefined) || rt.source.config?.select?.length)
    return out;
  return getFromConfig(rt, clients, region, await discoveredIds(rt, clients, region));
}

/** Resources by Config resource id: each id's latest configuration item; unknown ids are skipped. */
export async function getFromConfig(
  rt: AwsResourceType,
  clients: AwsClients,
  region: string,
  ids: readonly string[],
): Promise<Resource[]> {
  const out: Resource[] = [];
  for (const id of ids) {
    const page = await clients.send(
      'config',
      'GetResourceConfigHistory',
      { resourceId: id, resourceType: configTypeOf(rt), limit: 1 },
      region,
    );
    const item = ((page.configurationItems ?? []) as ConfigItem[])[0];
    if (item) out.push(loadConfigItem(rt, item));
  }
  return out;
}

async function discoveredIds(rt: AwsResourceType, clients: AwsClients, region: string): Promise<string[]> {
  const ids: string[] = [];
  let token: string | undefined;
  for (;;) {
    const input: Record<string, unknown> = { resourceType: configTypeOf(rt) };
    if (token) input.nextToken = token;
    const page = await clients.send('config', 'ListDiscoveredResources', input, region);
    for (const r of (page.resourceIdentifiers ?? []) as { resourceId?: string }[])
      if (r.resourceId) ids.push(r.resourceId);
    const next = page.nextToken;
    if (typeof next !== 'string' || next === '' || next === token) break;
    token = next;
  }
  return ids;
}

function configTypeOf(rt: AwsResourceType): string {
  const t = rt.source.configType;
  // The loader refuses `source: config` for such types; this is a programming error.
  if (!t) throw new Error(`${rt.type} has no AWS Config type`);
  return t;
}

/**
 * The select expression: the policy's own `expr` entry (the last one), or the type's items
 * with the last `clause` entry appended. The missing space before AND is Cloud Custodian's;
 * Config parses it.
 */
export function selectExpression(rt: AwsResourceType, query: PolicyQuery | undefined): string {
  const entries = (query ?? []) as Record<string, unknown>[];
  const expr = entries
    .filter((q) => typeof q.expr === 'string')
    .map((q) => q.expr as string)
    .pop();
  const clause = entries
    .filter((q) => 'clause' in q)
    .map((q) => String(q.clause))
    .pop();
  let s =
    expr ??
    `select resourceId, configuration, supplementaryConfiguration where resourceType = '${configTypeOf(rt)}'${
      clause ? `AND ${clause}` : ''
    }`;
  for (const field of rt.source.config?.select ?? []) s = s.split('select ').join(`select ${field}, `);
  return s;
}

/** One Config item as the describe-shaped resource the type's filters read. */
export function loadConfigItem(rt: AwsResourceType, item: ConfigItem): Resource {
  const raw = typeof item.configuration === 'string' ? parseJsonData(item.configuration) : item.configuration;
  const titleCase = /^[A-Z]/.test(rt.id);
  const resource = camelResource(structuredClone(raw ?? {}), titleCase) as Resource;
  loadTags(resource, item);
  const load = rt.source.config?.load;
  return load ? load(resource, item) : resource;
}

/**
 * Config's documents are camelCased where describe's are TitleCased: each key's first letter
 * is raised (nothing else, so `dBInstanceIdentifier` becomes `DBInstanceIdentifier`), at any
 * depth. Values of keys naming a time or date that read as one become dates, as the SDK gives
 * them from describe.
 */
export function camelResource(value: unknown, titleCase: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => camelResource(v, titleCase));
  if (value === null || typeof value !== 'object') return value;
  // A `__proto__` or `constructor` key in Config's document stays an ordinary key.
  const out = dataObject();
  for (const [k, v] of Object.entries(value)) {
    const key = titleCase && k ? k[0]!.toUpperCase() + k.slice(1) : k;
    const lower = k.toLowerCase();
    const date = lower.includes('time') || lower.includes('date') ? asDate(v) : undefined;
    out[key] = date ?? camelResource(v, titleCase);
  }
  return out;
}

/** Cloud Custodian's DATE_FLOOR (2006-03-19): smaller epoch numbers are not dates. */
const DATE_FLOOR_S = 1_142_726_400;
/** Past year 9999 as seconds; such a number is taken for milliseconds. */
const MAX_EPOCH_S = 253_402_300_800;

function asDate(v: unknown): Date | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
  if (n !== undefined) {
    if (!(n > DATE_FLOOR_S)) return undefined;
    return new Date(n < MAX_EPOCH_S ? n * 1000 : n);
  }
  // ISO-like strings only: dateutil reads more, but Config writes ISO 8601.
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? undefined : new Date(ms);
  }
  return undefined;
}

/** Tags from wherever this item type keeps them, as describe's `[{Key, Value}]`. */
function loadTags(resource: Resource, item: ConfigItem): void {
  if ('Tags' in resource) return;
  const pairs = (o: Record<string, unknown>) => Object.entries(o).map(([Key, Value]) => ({ Key, Value }));
  if (item.tags && Object.keys(item.tags).length) {
    resource.Tags = pairs(item.tags);
    return;
  }
  let stags = item.supplementaryConfiguration?.Tags;
  // Python truthiness, as Cloud Custodian tests it: no empty string, list or map.
  if (!stags || (typeof stags === 'object' && !Object.keys(stags).length)) return;
  if (typeof stags === 'string') stags = parseJsonData(stags);
  if (Array.isArray(stags)) {
    resource.Tags = (stags as Record<string, unknown>[]).map((t) => ({
      Key: 'key' in t ? t.key : t.tagKey,
      Value: 'value' in t ? t.value : t.tagValue,
    }));
  } else if (stags && typeof stags === 'object') {
    resource.Tags = pairs(stags as Record<string, unknown>);
  }
}
