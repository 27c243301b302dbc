/**
 * The `wafv2-enabled` filter of every type WAFv2 protects, as Cloud Custodian's WafV2FilterBase:
 * one builder, parametrised by how a resource names its web ACL (an ARN it holds, or the ACL's
 * ListResourcesForWebACL associations).
 */
import {
  defineFilter,
  type FilterDecl,
  type Problem,
  pyRegex,
  type Resource,
  type ValueOptions,
} from '@c7n-ts/core';
import type { AwsProvider } from '../../aws-provider.js';
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

/**
 * A WAFv2 `web-acl` name pattern that does not compile (or uses what the linear-time engine
 * lacks), as a problem at the option, so the policy fails validation rather than its run.
 */
export function webAclPatternProblems(pattern: unknown): Problem[] {
  if (typeof pattern !== 'string') return [];
  try {
    pyRegex(pattern, { anchorStart: true });
    return [];
  } catch (e) {
    return [
      {
        messageId: 'bad-web-acl-pattern',
        message: `web-acl is not a usable regular expression: ${(e as Error).message}`,
        path: ['web-acl'],
      },
    ];
  }
}

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

const lookupDoc = (l: WebAclLookup, arnKey: string) =>
  l.kind === 'arn'
    ? `the ACL whose \`${arnKey}\` is the resource's \`${l.field}\``
    : `the first ACL whose ListResourcesForWebACL (\`${l.resourceType}\`, once per ACL) names the resource's \`${l.arnField}\``;

/**
 * What differs between WAFv2 and WAF Classic (regional) for the `*-enabled` filters: the service,
 * how the ACLs are listed, how an ACL is named in its associations and ARN, and how `web-acl`
 * compares (c7n's WAFv2 base matches a regular expression, its Classic base the name itself).
 */
interface WafFlavor {
  type: 'wafv2-enabled' | 'waf-enabled';
  service: 'wafv2' | 'waf-regional';
  label: string;
  permissions: string[];
  /** The ACL's ARN member. */
  arnKey: string;
  /** The resource keeps its ACL under `c7n:WebACL`. */
  annotate: boolean;
  /** `legacy`: c7n's legacy form, which needs no ACL detail. */
  list(
    p: AwsProvider,
    region: string,
    scope: 'CLOUDFRONT' | 'REGIONAL',
    legacy: boolean,
  ): Promise<Resource[]>;
  associationsInput(acl: Resource, resourceType: string): Record<string, unknown>;
  named(target: string, name: string): boolean;
  webAclDoc: string;
  listDoc(scope: 'CLOUDFRONT' | 'REGIONAL'): string;
}

const WAFV2: WafFlavor = {
  type: 'wafv2-enabled',
  service: 'wafv2',
  label: 'WAFv2',
  permissions: ['wafv2:ListWebACLs', 'wafv2:GetWebACL', 'wafv2:ListResourcesForWebACL'],
  arnKey: 'ARN',
  annotate: true,
  list: (p, region, scope, legacy) =>
    legacy
      ? p
          .send('wafv2', 'ListWebACLs', { Scope: scope }, region)
          .then((out) => ((out.WebACLs ?? []) as Resource[]).map((a) => ({ ...a })))
      : fetchResources(wafv2, { clients: p.clients, region, query: [{ Scope: scope }] }),
  associationsInput: (acl, ResourceType) => ({ WebACLArn: acl.ARN, ResourceType }),
  // Python's re.match: anchored at the start only.
  named: (target, name) => pyRegex(target, { anchorStart: true }).test(name),
  webAclDoc: 'Regular expression the associated web ACL name must match (from its start); legacy form.',
  listDoc: (scope) =>
    `the ${scope}-scope web ACLs are listed once (ListWebACLs${scope === 'CLOUDFRONT' ? ' in us-east-1' : ''}; with value filter options each is completed with GetWebACL and its tags)`,
};

const WAF_REGIONAL: WafFlavor = {
  type: 'waf-enabled',
  service: 'waf-regional',
  label: 'WAF Classic (regional)',
  permissions: [
    'waf-regional:ListWebACLs',
    'waf-regional:GetWebACL',
    'waf-regional:ListResourcesForWebACL',
    'tag:GetResources',
  ],
  arnKey: 'WebACLArn',
  annotate: false,
  // c7n lists the waf-regional manager's ACLs with their augment whatever the form.
  list: async (p, region) => {
    const send: WafSend = (op, input) => p.send('waf-regional', op, input, region);
    const acls = await listClassicWebAcls(send, { paged: false });
    await universalTags(p, region, acls, 'WebACLArn');
    return acls;
  },
  associationsInput: (acl, ResourceType) => ({ WebACLId: acl.WebACLId, ResourceType }),
  named: (target, name) => target === name,
  webAclDoc: 'Name the associated web ACL must have (compared as is); legacy form.',
  listDoc: () =>
    'the regional WAF Classic web ACLs are listed once (ListWebACLs, then GetWebACL each and their tags from the Resource Groups Tagging API)',
};

/** Cloud Custodian's universal_augment of listed resources: GetResources by ARN, 100 a call. */
async function universalTags(p: AwsProvider, region: string, rs: Resource[], arnKey: string): Promise<void> {
  for (let i = 0; i < rs.length; i += 100) {
    const chunk = rs.slice(i, i + 100);
    const arns = chunk.map((r) => r[arnKey]).filter((a): a is string => typeof a === 'string');
    const out = await p.send('tagging', 'GetResources', { ResourceARNList: arns }, region);
    const byArn = new Map<unknown, unknown>();
    for (const m of (out.ResourceTagMappingList ?? []) as Resource[]) byArn.set(m.ResourceARN, m.Tags);
    for (const r of chunk) r.Tags = byArn.get(r[arnKey]) ?? [];
  }
}

/** `wafv2-enabled`: the WAFv2 web ACL of a resource. */
export const wafv2EnabledFilter = (spec: WebAclFilterSpec) => webAclFilter(WAFV2, spec);

/** `waf-enabled` for regional resources (load balancers, API stages): their WAF Classic web ACL. */
export const wafRegionalEnabledFilter = (spec: WebAclFilterSpec) => webAclFilter(WAF_REGIONAL, spec);

function webAclFilter(flavor: WafFlavor, spec: WebAclFilterSpec): FilterDecl<any, any> {
  const { lookup } = spec;
  const scope = lookup.kind === 'arn' ? lookup.scope : 'REGIONAL';
  const field = lookup.kind === 'arn' ? lookup.field : lookup.arnField;
  return defineFilter({
    type: flavor.type,
    resources: spec.resources,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ...valueProperties,
        'web-acl': { type: 'string', description: flavor.webAclDoc },
        state: {
          type: 'boolean',
          description: `Legacy form: true matches resources associated with a (matching) ${flavor.label} web ACL, false (the default) the others.`,
        },
      },
    } as const,
    permissions: flavor.permissions,
    doc: {
      summary: `${spec.noun[0]?.toUpperCase()}${spec.noun.slice(1)} by their ${flavor.label} web ACL: ${flavor.listDoc(scope)} and ${lookupDoc(lookup, flavor.arnKey)} is the resource's (\`c7n:WebACL\`, \`{}\` for none). With \`state\`/\`web-acl\` (or no option) it matches by association and ACL name; otherwise the value filter options test the ACL.`,
      example:
        flavor === WAFV2
          ? '- type: wafv2-enabled\n  state: false\n  web-acl: .*FMManagedWebACLV2-?FMS-.*'
          : '- type: waf-enabled\n  state: false\n  web-acl: test',
    },
    messages: {
      ...valueMessages,
      'bad-web-acl-pattern': 'web-acl is not a usable regular expression: {{error}}',
    },
    check: (opts) =>
      isLegacyWebAclOptions(opts)
        ? flavor === WAFV2
          ? webAclPatternProblems(opts['web-acl'])
          : []
        : checkEmbeddedValue(opts),
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
          // As c7n: listed on the first resource that needs it.
          const acls = () => {
            listing ??= flavor.list(p, region, scope, legacy);
            return listing;
          };
          const associated = async (acl: Resource): Promise<unknown[]> => {
            if (lookup.kind !== 'associations') return [];
            const key = `${ASSOCIATED}:${lookup.resourceType}`;
            if (!(key in acl)) {
              const input = flavor.associationsInput(acl, lookup.resourceType);
              const out = await p.send(flavor.service, 'ListResourcesForWebACL', input, region);
              acl[key] = out.ResourceArns ?? [];
            }
            return acl[key] as unknown[];
          };
          const aclOf = async (r: Resource): Promise<Resource> => {
            if (lookup.kind === 'arn') return (await acls()).find((a) => a[flavor.arnKey] === r[field]) ?? {};
            for (const acl of await acls()) if ((await associated(acl)).includes(r[field])) return acl;
            return {};
          };
          // c7n's WAFv2 base keeps the ACL on the resource (later wafv2 filters reuse it); its
          // Classic base annotates nothing and looks it up each time.
          const found = new Map<Resource, Resource>();
          for (const r of resources) {
            if (flavor.annotate && WEB_ACL_ANNOTATION in r) found.set(r, r[WEB_ACL_ANNOTATION] as Resource);
            else found.set(r, await aclOf(r));
            if (flavor.annotate) r[WEB_ACL_ANNOTATION] = found.get(r);
          }
          if (matcher) {
            const acl = resources.map((r) => found.get(r) as Resource);
            const hits = await matcher(acl, ectx);
            return resources.filter((_, i) => hits.has(acl[i] as Resource));
          }
          return resources.filter((r) => {
            const acl = found.get(r) as Resource;
            const isAssociated = Object.keys(acl).length > 0;
            const named = target === undefined || flavor.named(target, String(acl.Name ?? ''));
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
 * ListWebACLs page by page (NextMarker; botocore pages `waf` only, so `waf-regional` is one
 * call), then GetWebACL per ACL for its detail unless `detail` is false.
 */
export async function listClassicWebAcls(
  send: WafSend,
  { detail = true, paged = true }: { detail?: boolean; paged?: boolean } = {},
): Promise<Resource[]> {
  const acls: Resource[] = [];
  let marker: unknown;
  do {
    const page = await send('ListWebACLs', marker ? { NextMarker: marker } : {});
    acls.push(...((page.WebACLs ?? []) as Resource[]));
    marker = paged ? page.NextMarker : undefined;
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
