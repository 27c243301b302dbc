/**
 * The `cross-account` filter of the types whose resource policy is a JSON document (S3 buckets,
 * SQS queues, SNS topics, Lambda functions), after Cloud Custodian's CrossAccountAccessFilter:
 * its options, their `_from` sources, and the PolicyChecker verdict per resource. Each type
 * says where the policy is (a field, fetched with the resource or by `prefetch`) and which
 * accounts it always allows (S3's log-delivering service accounts).
 */
import {
  type CompileContext,
  defineFilter,
  type EvalContext,
  loadValues,
  type Problem,
  PySet,
  type Resource,
  type ValueFromOptions,
  valueFromProblems,
  valueFromSchema,
} from '@c7n-ts/core';
import { awsProvider } from '../../aws-provider.js';
import { type CheckerConfig, PolicyChecker } from './iam-policy-checker.js';

const VIOLATIONS = 'CrossAccountViolations';
const ALLOWLISTS = 'CrossAccountAllowlists';

// Function declarations, not arrow constants: the filters are built while the registry's import
// cycle (provider -> registry -> type folders) is still loading this module.
function list(description: string) {
  return { type: 'array', items: { type: 'string' }, description } as const;
}
function from(what: string) {
  return {
    ...valueFromSchema,
    description: `Read more ${what} from a file or URL (as \`value_from\`).`,
  } as const;
}
const LISTS = [
  'whitelist',
  'whitelist_orgids',
  'whitelist_org_units',
  'whitelist_vpce',
  'whitelist_vpc',
  'whitelist_patterns',
] as const;
type ListKey = (typeof LISTS)[number];

type Opts = {
  actions?: string[];
  everyone_only?: boolean;
  return_allowed?: boolean;
  whitelist_conditions?: string[];
} & {
  [K in ListKey]?: string[];
} & { [K in `${ListKey}_from`]?: ValueFromOptions };

/** A whitelist option and its `_from` values, as c7n's get_accounts/get_vpces/... */
export async function values(
  opts: Readonly<Record<string, unknown>>,
  key: string,
  baseDir: string | undefined,
  ctx: EvalContext,
): Promise<string[]> {
  const out = [...((opts[key] as string[] | undefined) ?? [])];
  const source = opts[`${key}_from`] as ValueFromOptions | undefined;
  if (source) {
    const v = await loadValues(source, baseDir, ctx);
    const items = v instanceof PySet ? v.values() : Array.isArray(v) ? v : [v];
    for (const x of items) if (typeof x === 'string') out.push(x);
  }
  return out;
}

/** c7n requires OU paths to name their organization, and no wildcards. */
function orgUnitProblems(paths: readonly string[], path: (string | number)[]): Problem[] {
  return paths.flatMap((p, i) => {
    const segs = p.replace(/^\/+|\/+$/g, '').split('/');
    if (!/[*?]/.test(p) && segs.length >= 2 && segs[0]?.startsWith('o-')) return [];
    return [
      {
        messageId: 'org-unit-path',
        message: `whitelist_org_units entry ${JSON.stringify(p)} must be a full path from the organization id with no wildcards, e.g. o-abc/r-xyz/ou-target`,
        path: [...path, i],
      },
    ];
  });
}

export interface PolicyCrossAccountSpec {
  resources: string[];
  permissions: string[];
  summary: string;
  example: string;
  /** Resource field holding the policy document (a JSON string or an object). */
  policyField: string;
  /**
   * The document to check when the field's value needs reworking first (API Gateway's escaped
   * JSON and its public default when there is none); the field's value otherwise.
   */
  policyOf?: (resource: Resource) => unknown;
  /** Resource field naming it in warnings. */
  nameField: string;
  /** Where the violations are kept when not `CrossAccountViolations` (vpc-endpoint's `c7n:`-prefixed key). */
  violationsKey?: string;
  /** Accounts always allowed besides the policy's own. */
  alwaysAllowed?: readonly string[];
  /** Fields of the fetched resource read (the policy, when it comes with the resource). */
  reads?: readonly string[];
  /**
   * Fetches the policies the listing lacks, returning the resources to evaluate (c7n's Lambda
   * filter drops a function gone since the listing).
   */
  prefetch?: (resources: Resource[], ctx: EvalContext) => Promise<Resource[]>;
  /** Options a type adds to c7n's (SNS's `whitelist_endpoints`...), each with a `description`. */
  extraOptions?: Readonly<Record<string, object>>;
  /** The checker settings those options give (SNS's condition handlers). */
  checker?: (
    opts: Readonly<Record<string, unknown>>,
    baseDir: string | undefined,
    ctx: EvalContext,
  ) => Promise<Partial<CheckerConfig>>;
}

/** A `cross-account` filter for one policy-bearing type. */
export function policyCrossAccount(spec: PolicyCrossAccountSpec) {
  return defineFilter({
    type: 'cross-account',
    resources: spec.resources,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        actions: list(
          'Only statements granting one of these actions count (statement actions may be wildcards).',
        ),
        everyone_only: {
          type: 'boolean',
          description: 'Only grants to everyone (`*`) count; other accounts are ignored.',
        },
        return_allowed: {
          type: 'boolean',
          description:
            'Match resources with statements that do not violate, kept in `CrossAccountAllowlists`, instead.',
        },
        whitelist_conditions: list(
          'Condition keys that clear a statement on their own; default aws:userid and aws:username.',
        ),
        whitelist: list('Accounts allowed; the policy account always is.'),
        whitelist_from: from('allowed accounts'),
        whitelist_orgids: list(
          'Organization ids whose aws:PrincipalOrgID (or org path) conditions clear a statement.',
        ),
        whitelist_orgids_from: from('organization ids'),
        whitelist_org_units: list(
          'Organizational unit paths (o-.../r-.../ou-...) trusted in aws:PrincipalOrgPaths conditions.',
        ),
        whitelist_org_units_from: from('organizational unit paths'),
        whitelist_vpce: list('VPC endpoints allowed in aws:SourceVpce conditions.'),
        whitelist_vpce_from: from('VPC endpoint ids'),
        whitelist_vpc: list('VPCs allowed in aws:SourceVpc conditions.'),
        whitelist_vpc_from: from('VPC ids'),
        whitelist_patterns: list(
          'Principals matching one of these globs are allowed (e.g. AIDA* left by deleted users).',
        ),
        whitelist_patterns_from: from('principal patterns'),
        ...spec.extraOptions,
      },
    } as const,
    permissions: spec.permissions,
    doc: { summary: spec.summary, example: spec.example },
    messages: {
      'value-from-outside': "whitelist_*_from may read local files only inside the policy file's folder.",
      'org-unit-path': 'whitelist_org_units entries are full organization paths without wildcards.',
    },
    check(opts: Opts, { baseDir }: CompileContext) {
      const problems = orgUnitProblems(opts.whitelist_org_units ?? [], ['whitelist_org_units']);
      for (const k of LISTS) {
        const source = opts[`${k}_from`];
        if (source) problems.push(...valueFromProblems(source, baseDir, [`${k}_from`]));
      }
      return problems;
    },
    reads: () => [...(spec.reads ?? [])],
    compile: (opts: Opts, { baseDir }) => ({
      kind: 'process',
      async process(listed, ctx) {
        const [accounts, orgIds, orgUnits, vpce, vpc, patterns] = await Promise.all(
          LISTS.map((k) => values(opts, k, baseDir, ctx)),
        );
        const units = orgUnits ?? [];
        const bad = orgUnitProblems(units, ['whitelist_org_units_from']);
        if (bad.length) throw new Error(bad[0]?.message);
        const checker = new PolicyChecker({
          allowedAccounts: new Set([
            ...(accounts ?? []),
            ctx.accountId ?? awsProvider(ctx).accountId,
            ...(spec.alwaysAllowed ?? []),
          ]),
          allowedOrgIds: new Set(orgIds),
          allowedOrgUnits: new Set(units),
          allowedVpce: new Set(vpce),
          allowedVpc: new Set(vpc),
          whitelistPatterns: patterns ?? [],
          checkActions: opts.actions ?? [],
          everyoneOnly: opts.everyone_only ?? false,
          whitelistConditions: opts.whitelist_conditions ?? ['aws:userid', 'aws:username'],
          ...(spec.checker && (await spec.checker(opts, baseDir, ctx))),
        });
        const resources = spec.prefetch ? await spec.prefetch(listed, ctx) : listed;
        return resources.filter((r) => {
          const policy = spec.policyOf ? spec.policyOf(r) : r[spec.policyField];
          if (policy === undefined || policy === null) return false;
          let result: ReturnType<PolicyChecker['check']>;
          try {
            result = checker.check(policy);
          } catch {
            ctx.log?.('warn', `the policy of ${String(r[spec.nameField])} is not JSON; not evaluated`);
            return false;
          }
          const found = opts.return_allowed ? result.allowed : result.violations;
          if (!found.length) return false;
          r[opts.return_allowed ? ALLOWLISTS : (spec.violationsKey ?? VIOLATIONS)] = found;
          return true;
        });
      },
    }),
  });
}
