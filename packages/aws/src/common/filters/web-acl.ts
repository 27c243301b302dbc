/**
 * The `wafv2-enabled` filter of every type WAFv2 protects, as Cloud Custodian's WafV2FilterBase:
 * one builder, parametrised by how a resource names its web ACL (an ARN it holds, or the ACL's
 * ListResourcesForWebACL associations).
 */
import { defineFilter, type FilterDecl, type Resource, type ValueOptions } from '@c7n-ts/core';
import { fetchResources } from '../../query/fetch.js';
import wafv2 from '../../resources/wafv2/resource.js';
import { providerOf, regionOf } from './fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from './value-over.js';

/** Cloud Custodian's key for the web ACL a resource is associated with (`{}` for none). */
export const WEB_ACL_ANNOTATION = 'c7n:WebACL';
/** Where c7n keeps an ACL's associated resource ARNs, per resource type. */
const ASSOCIATED = 'c7n:AssociatedResources';
/** CloudFront web ACLs are global, managed through us-east-1. */
const CLOUDFRONT_REGION = 'us-east-1';

/** How a resource names its web ACL. */
export type WebAclLookup =
  /** The resource holds the ACL's ARN in `field` (a distribution's `WebACLId`, a stage's `webAclArn`). */
  | { kind: 'arn'; field: string; scope: 'CLOUDFRONT' | 'REGIONAL' }
  /** The resource does not name it: the ACLs' ListResourcesForWebACL answers are searched for `arnField`. */
  | { kind: 'associations'; resourceType: string; arnField: string };

export interface WebAclFilterSpec {
  resources: string[];
  lookup: WebAclLookup;
  /** The resource kind in the doc summary ("load balancers"). */
  noun: string;
}

/** c7n's legacy form: `web-acl`/`state` given, or no option at all. */
export const isLegacyWebAclOptions = (opts: Record<string, unknown>) =>
  'web-acl' in opts || 'state' in opts || Object.keys(opts).length === 0;

const lookupDoc = (l: WebAclLookup) =>
  l.kind === 'arn'
    ? `the ACL whose ARN is the resource's \`${l.field}\``
    : `the first ACL whose ListResourcesForWebACL (\`${l.resourceType}\`, once per ACL) names the resource's \`${l.arnField}\``;

export function wafv2EnabledFilter(spec: WebAclFilterSpec): FilterDecl<any, any> {
  const { lookup } = spec;
  const scope = lookup.kind === 'arn' ? lookup.scope : 'REGIONAL';
  const field = lookup.kind === 'arn' ? lookup.field : lookup.arnField;
  const permissions = ['wafv2:ListWebACLs', 'wafv2:GetWebACL', 'wafv2:ListResourcesForWebACL'];
  return defineFilter({
    type: 'wafv2-enabled',
    resources: spec.resources,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ...valueProperties,
        'web-acl': {
          type: 'string',
          description:
            'Regular expression the associated web ACL name must match (from its start); legacy form.',
        },
        state: {
          type: 'boolean',
          description:
            'Legacy form: true matches resources associated with a (matching) WAFv2 web ACL, false (the default) the others.',
        },
      },
    } as const,
    permissions,
    doc: {
      summary: `${spec.noun[0]?.toUpperCase()}${spec.noun.slice(1)} by their WAFv2 web ACL: the ${scope}-scope web ACLs are listed once (ListWebACLs${scope === 'CLOUDFRONT' ? ' in us-east-1' : ''}; with value filter options each is completed with GetWebACL and its tags) and ${lookupDoc(lookup)} is the resource's (\`c7n:WebACL\`, \`{}\` for none). With \`state\`/\`web-acl\` (or no option) it matches by association and ACL name; otherwise the value filter options test the ACL.`,
      example: '- type: wafv2-enabled\n  state: false\n  web-acl: .*FMManagedWebACLV2-?FMS-.*',
    },
    messages: valueMessages,
    check: (opts) => (isLegacyWebAclOptions(opts) ? [] : checkEmbeddedValue(opts)),
    reads: () => [field],
    compile(opts, ctx) {
      const legacy = isLegacyWebAclOptions(opts);
      const matcher = legacy
        ? undefined
        : compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
      const target = opts['web-acl'] as string | undefined;
      const state = (opts.state as boolean | undefined) ?? false;
      return {
        kind: 'process',
        async process(resources, ectx) {
          const p = providerOf(ectx);
          const region = scope === 'CLOUDFRONT' ? CLOUDFRONT_REGION : regionOf(ectx, p);
          let listing: Promise<Resource[]> | undefined;
          // As c7n: listed on the first resource that needs it (legacy: ListWebACLs alone).
          const acls = () => {
            listing ??= legacy
              ? p
                  .send('wafv2', 'ListWebACLs', { Scope: scope }, region)
                  .then((out) => ((out.WebACLs ?? []) as Resource[]).map((a) => ({ ...a })))
              : fetchResources(wafv2, { clients: p.clients, region, query: [{ Scope: scope }] });
            return listing;
          };
          const associated = async (acl: Resource): Promise<unknown[]> => {
            if (lookup.kind !== 'associations') return [];
            const key = `${ASSOCIATED}:${lookup.resourceType}`;
            if (!(key in acl)) {
              const out = await p.send(
                'wafv2',
                'ListResourcesForWebACL',
                { WebACLArn: acl.ARN, ResourceType: lookup.resourceType },
                region,
              );
              acl[key] = out.ResourceArns ?? [];
            }
            return acl[key] as unknown[];
          };
          const aclOf = async (r: Resource): Promise<Resource> => {
            if (lookup.kind === 'arn') return (await acls()).find((a) => a.ARN === r[field]) ?? {};
            for (const acl of await acls()) if ((await associated(acl)).includes(r[field])) return acl;
            return {};
          };
          for (const r of resources) if (!(WEB_ACL_ANNOTATION in r)) r[WEB_ACL_ANNOTATION] = await aclOf(r);
          if (matcher) {
            const found = resources.map((r) => r[WEB_ACL_ANNOTATION] as Resource);
            const hits = await matcher(found, ectx);
            return resources.filter((_, i) => hits.has(found[i] as Resource));
          }
          return resources.filter((r) => {
            const acl = r[WEB_ACL_ANNOTATION] as Resource;
            const isAssociated = Object.keys(acl).length > 0;
            // Python's re.match: anchored at the start only.
            const named = target === undefined || new RegExp(`^(?:${target})`).test(String(acl.Name ?? ''));
            return (isAssociated && named) === state;
          });
        },
      };
    },
  });
}

/** Sends one WAF Classic call (the caller picks the client and region). */
export type WafSend = (operation: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

/**
 * WAF Classic web ACLs as Cloud Custodian's `waf`/`waf-regional` managers list them:
 * ListWebACLs page by page (NextMarker), then GetWebACL per ACL for its detail.
 */
export async function listClassicWebAcls(send: WafSend, detail = true): Promise<Resource[]> {
  const acls: Resource[] = [];
  let marker: unknown;
  do {
    const page = await send('ListWebACLs', marker ? { NextMarker: marker } : {});
    acls.push(...((page.WebACLs ?? []) as Resource[]));
    marker = page.NextMarker;
  } while (marker);
  if (!detail) return acls;
  const out: Resource[] = [];
  for (const acl of acls) {
    const got = await send('GetWebACL', { WebACLId: acl.WebACLId });
    out.push({ ...acl, ...((got.WebACL ?? {}) as Resource) });
  }
  return out;
}

/** c7n's `web-acl` for WAF Classic: an ACL name, else taken as an ACL id; it must exist. */
export function classicTargetId(acls: readonly Resource[], target: string | undefined): string | undefined {
  if (target === undefined) return undefined;
  const byName = new Map<unknown, unknown>();
  for (const a of acls) byName.set(a.Name, a.WebACLId);
  const id = String(byName.get(target) ?? target);
  if (!acls.some((a) => a.WebACLId === id)) throw new Error(`invalid web acl: ${id}`);
  return id;
}
