/**
 * Cloud Custodian's KmsRelatedFilter: value filter options applied to the KMS key a resource is
 * encrypted with, which carries `c7n:AliasName` (its first alias, '' without one). A type gets it
 * by declaring `kmsKeyPath`, the JMESPath of its key id, key ARN, alias name or alias ARN.
 */
import { compileJmespath, type EvalContext, type FilterDecl, type Resource } from '@c7n-ts/core';
import { isServiceError } from '../../query/errors.js';
import { fetchResources } from '../../query/fetch.js';
import type { AwsResourceType, AwsSource } from '../../resources/types.js';
import { aliasNamesByKey, describeKeys } from '../kms/keys.js';
import { FETCH_THRESHOLD, listRelated, providerOf, regionOf } from './fetch-related.js';
import { relatedFilter } from './related.js';

const KMS_KEY = 'aws.kms-key';

const topField = (path: string) => path.split(/[.[]/)[0] ?? path;

function pathOf(rt: { source?: unknown }): string | undefined {
  return (rt.source as AwsSource | undefined)?.kmsKeyPath;
}

/** c7n's id normalization: a key ARN gives its id, an alias ARN its name, a listed alias name its key id. */
export function normalizeKeyId(raw: string, keyOfAlias: ReadonlyMap<string, string>): string {
  let id = raw;
  if (id.startsWith('arn:'))
    id = id.includes('alias/') ? id.slice(id.lastIndexOf(':') + 1) : id.slice(id.lastIndexOf('/') + 1);
  return id.startsWith('alias/') ? (keyOfAlias.get(id) ?? id) : id;
}

/**
 * The keys for these ids, by KeyId, each with `c7n:AliasName`: below c7n's fetch threshold one
 * DescribeKey per id, completed as the kms-key type completes its keys (alias names from the
 * listing the filter made, tags from the Resource Groups Tagging API); from it on, the whole
 * (run-cached) `aws.kms-key` listing.
 */
async function keysById(
  ids: readonly string[],
  aliases: ReadonlyMap<string, string[]>,
  ectx: EvalContext,
): Promise<Map<string, Resource>> {
  const p = providerOf(ectx);
  const region = regionOf(ectx, p);
  let keys: Resource[] = [];
  if (ids.length >= FETCH_THRESHOLD) keys = await listRelated(ectx, KMS_KEY);
  else if (ids.length > 0) {
    const rt = p.registry.resource(KMS_KEY) as AwsResourceType;
    const byId: AwsResourceType = {
      ...rt,
      source: {
        ...rt.source,
        listHook: ({ send }) => describeKeys(ids, send),
        // DescribeKey answered already; only the alias names are added (c7n's augment skips the describe).
        augment: async (key) => {
          const names = aliases.get(String(key.KeyId));
          if (names?.length) key.AliasNames = names;
          return key;
        },
      },
    };
    try {
      keys = await fetchResources(byId, { clients: p.clients, region });
    } catch (e) {
      // c7n's get_resources: an AWS error resolves the ids to nothing, with a warning.
      if (!isServiceError(e)) throw e;
      ectx.log?.('warn', `${KMS_KEY} ids not resolved: ${ids.join(', ')}: ${e.name}`);
    }
  }
  const out = new Map<string, Resource>();
  for (const k of keys) {
    k['c7n:AliasName'] = (k.AliasNames as string[] | undefined)?.[0] ?? '';
    out.set(String(k.KeyId), k);
  }
  return out;
}

/** The related filter for one type's key path; its alias listing is made once per region. */
export function forPath(path: string): FilterDecl<any, any> {
  // Compiled on first use: the declaration below is built as the module loads, and a command
  // that runs no kms-key filter need not load JMESPath (issue 17).
  let compiled: ReturnType<typeof compileJmespath> | undefined;
  const search = (rs: readonly Resource[]) => {
    compiled ??= compileJmespath(`[].${path}`);
    return compiled(rs);
  };
  const listings = new Map<string, Promise<Map<string, string[]>>>();
  const aliasesOf = (ectx: EvalContext) => {
    const p = providerOf(ectx);
    const region = regionOf(ectx, p);
    let listing = listings.get(region);
    if (!listing) {
      listing = aliasNamesByKey((operation, input) => p.send('kms', operation, input, region));
      listings.set(region, listing);
    }
    return listing;
  };
  return relatedFilter({
    type: 'kms-key',
    // Where it applies is the trait of the declaration below.
    resources: [],
    relatedType: KMS_KEY,
    idsExpression: path,
    annotationKey: 'matched-kms-key',
    reads: [topField(path)],
    permissions: PERMISSIONS,
    doc: DOC,
    resolve: {
      async ids(rs, ectx) {
        const keyOfAlias = new Map<string, string>();
        for (const [key, names] of await aliasesOf(ectx)) for (const n of names) keyOfAlias.set(n, key);
        const found = search(rs);
        const raw = (Array.isArray(found) ? found : []).filter((x): x is string => typeof x === 'string');
        return [...new Set(raw.map((id) => normalizeKeyId(id, keyOfAlias)))];
      },
      async fetch(ids, ectx) {
        return keysById(ids, await aliasesOf(ectx), ectx);
      },
    },
  });
}

const PERMISSIONS = ['kms:ListAliases', 'kms:DescribeKey', 'kms:ListKeys', 'tag:GetResources'] as const;

const DOC = {
  summary:
    "Resources by the KMS key they are encrypted with: value filter options apply to the key (DescribeKey's `KeyMetadata`, its tags, and `c7n:AliasName`, its first alias from ListAliases, '' without one); matched key ids are kept in `c7n:matched-kms-key`. With `match-resource`, the key's `key` is compared with the resource's own.",
  example: "- type: kms-key\n  key: c7n:AliasName\n  value: '^(alias/aws/)'\n  op: regex",
};

// Built per type at compile time: the ids come from the type's `kmsKeyPath`.
const template = forPath('KmsKeyId');

const kmsKey: FilterDecl<any, any> = {
  ...template,
  resources: { trait: 'kms-key', has: (rt) => pathOf(rt) !== undefined },
  reads: (opts, rt) => {
    const path = pathOf(rt);
    // match-resource compares with any field of the resource: every field is read.
    return opts['match-resource'] === true ? undefined : path === undefined ? [] : [topField(path)];
  },
  compile(opts, ctx) {
    const path = pathOf(ctx.resourceType);
    if (path === undefined) throw new Error(`kms-key: ${ctx.resourceType.type} declares no kmsKeyPath`);
    return forPath(path).compile(opts, ctx);
  },
};

export default kmsKey;
