import {
  type CompileContext,
  defineFilter,
  type EvalContext,
  loadValues,
  type Problem,
  PySet,
  type ValueFromOptions,
  valueFromProblems,
  valueFromSchema,
} from '@c7n-ts/core';
import { PolicyChecker } from '../../../common/filters/iam-policy-checker.js';
import { awsProvider } from '../../../provider.js';

/**
 * AWS service accounts that write to buckets by design (AWS documents them per region): Elastic
 * Load Balancing access logs, Redshift audit logs and CloudTrail. Cloud Custodian allows them always.
 */
const SERVICE_ACCOUNTS = [
  // Elastic Load Balancing
  '127311923021',
  '033677994240',
  '027434742980',
  '797873946194',
  '098369216593',
  '985666609251',
  '054676820928',
  '897822967062',
  '635631232127',
  '156460612806',
  '652711504416',
  '009996457667',
  '754344448648',
  '582318560864',
  '600734575887',
  '383597477331',
  '114774131450',
  '783225319266',
  '718504428378',
  '076674570225',
  '507241528517',
  '048591011584',
  '190560391635',
  '638102146993',
  '037604701340',
  // Redshift audit logging
  '193672423079',
  '391106570357',
  '262260360010',
  '902366379725',
  '365689465814',
  '313564881002',
  '865932855811',
  '090321488786',
  '760740231472',
  '361669875840',
  '762762565011',
  '404641285394',
  '907379612154',
  '053454850223',
  '210876761215',
  '307160386991',
  '945612479654',
  '915173422425',
  '729911121831',
  '013126148197',
  '075028567923',
  // CloudTrail
  '086441151436',
  '475085895292',
  '388731089494',
  '113285607260',
  '819402241893',
  '977081816279',
  '492519147666',
  '903692715234',
  '284668455005',
  '216624486486',
  '035351147821',
  '859597730677',
  '282025262664',
  '814480443879',
];

const VIOLATIONS = 'CrossAccountViolations';
const ALLOWLISTS = 'CrossAccountAllowlists';

const list = (description: string) => ({ type: 'array', items: { type: 'string' }, description }) as const;
const from = (what: string) =>
  ({ ...valueFromSchema, description: `Read more ${what} from a file or URL (as \`value_from\`).` }) as const;
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
async function values(
  opts: Opts,
  key: ListKey,
  baseDir: string | undefined,
  ctx: EvalContext,
): Promise<string[]> {
  const out = [...(opts[key] ?? [])];
  const source = opts[`${key}_from`];
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

export default defineFilter({
  type: 'cross-account',
  resources: ['aws.s3'],
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
          'Match buckets with statements that do not violate, kept in `CrossAccountAllowlists`, instead.',
      },
      whitelist_conditions: list(
        'Condition keys that clear a statement on their own; default aws:userid and aws:username.',
      ),
      whitelist: list(
        'Accounts allowed; the policy account and the AWS service accounts that deliver logs always are.',
      ),
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
    },
  } as const,
  permissions: ['s3:GetBucketPolicy'],
  doc: {
    summary:
      "Buckets whose policy (fetched with the bucket) allows principals outside the allowed accounts: everyone, or another account, unless the statement's conditions restrict it to allowed accounts, VPCs, VPC endpoints or organizations. The offending statements are kept in `CrossAccountViolations` (for `set-statements`' `remove: matched`).",
    example:
      "- type: cross-account\n  whitelist:\n    - '112233445566'\n  whitelist_vpce:\n    - vpce-0a1b2c3d",
  },
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
  reads: () => ['Policy'],
  compile: (opts: Opts, { baseDir }) => ({
    kind: 'process',
    async process(buckets, ctx) {
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
          ...SERVICE_ACCOUNTS,
        ]),
        allowedOrgIds: new Set(orgIds),
        allowedOrgUnits: new Set(units),
        allowedVpce: new Set(vpce),
        allowedVpc: new Set(vpc),
        whitelistPatterns: patterns ?? [],
        checkActions: opts.actions ?? [],
        everyoneOnly: opts.everyone_only ?? false,
        whitelistConditions: opts.whitelist_conditions ?? ['aws:userid', 'aws:username'],
      });
      return buckets.filter((b) => {
        if (b.Policy === undefined || b.Policy === null) return false;
        let result: ReturnType<PolicyChecker['check']>;
        try {
          result = checker.check(b.Policy);
        } catch {
          ctx.log?.('warn', `s3: the policy of ${String(b.Name)} is not JSON; not evaluated`);
          return false;
        }
        const found = opts.return_allowed ? result.allowed : result.violations;
        if (!found.length) return false;
        b[opts.return_allowed ? ALLOWLISTS : VIOLATIONS] = found;
        return true;
      });
    },
  }),
});
