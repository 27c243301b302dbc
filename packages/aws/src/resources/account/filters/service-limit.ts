/**
 * Cloud Custodian's account `service-limit`: Trusted Advisor's service-limit checks (Support API,
 * in the partition's support region), each check's flagged limits of the run's region compared
 * with a usage percentage threshold.
 */
import { defineFilter, type EvalContext, globRegex, type Resource } from '@c7n-ts/core';
import { type AwsProvider, awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import { supportRegion } from '../../../common/support/region.js';
import { errorCode } from '../../../query/errors.js';

export const SERVICES = [
  'AutoScaling',
  'CloudFormation',
  'DynamoDB',
  'EBS',
  'EC2',
  'ELB',
  'IAM',
  'RDS',
  'Route53',
  'SES',
  'VPC',
] as const;

/** Services whose limits Trusted Advisor reports in the support region only (c7n's `global_services`). */
const GLOBAL_SERVICES = ['IAM'];
/** A retired check c7n skips. */
const DEPRECATED_CHECKS = ['eW7HH0l7J9'];
/** A check's `metadata` columns, in order. */
const COLUMNS = ['region', 'service', 'check', 'limit', 'extant', 'color'] as const;
/** As c7n: after a refresh, poll its status up to 10 times, 5 seconds apart. */
const POLL_INTERVAL_MS = 5000;
const POLL_MAX = 10;
const DAY_MS = 86_400_000;

type Check = { id?: string; name?: string; category?: string };
type Flagged = { status?: string; metadata?: (string | null)[] };
type CheckResult = { status?: string; timestamp?: string; flaggedResources?: Flagged[] };

/** `fnmatch` on lower-cased pattern and value: c7n's case-insensitive glob. */
const anyGlob = (patterns: readonly string[], value: string) =>
  patterns.some((p) => globRegex(p.toLowerCase()).test(value.toLowerCase()));

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface Opts {
  threshold?: number;
  refresh_period?: number;
  names?: readonly string[];
  limits?: readonly string[];
  services?: readonly string[];
}

/** Only `InvalidParameterValueException` stops the check; c7n swallows any other refresh error. */
async function refresh(p: AwsProvider, region: string, checkId: string, ctx: EvalContext): Promise<boolean> {
  try {
    await p.send('support', 'RefreshTrustedAdvisorCheck', { checkId }, region);
  } catch (e) {
    if (errorCode(e) === 'InvalidParameterValueException') {
      ctx.log?.('warn', `Trusted Advisor check ${checkId} cannot be refreshed: ${(e as Error).message}`);
      return false;
    }
  }
  return true;
}

async function checkResult(p: AwsProvider, region: string, checkId: string, ctx: EvalContext) {
  const read = async () =>
    ((await p.send('support', 'DescribeTrustedAdvisorCheckResult', { checkId, language: 'en' }, region))
      .result ?? {}) as CheckResult;
  let result = await read();
  if (result.status !== 'not_available') return result;
  if (!(await refresh(p, region, checkId, ctx))) return undefined;
  const replaying = p.clients.mode === 'replay';
  for (let i = 0; i < POLL_MAX; i++) {
    if (!replaying) await sleep(POLL_INTERVAL_MS);
    const out = await p.send(
      'support',
      'DescribeTrustedAdvisorCheckRefreshStatuses',
      { checkIds: [checkId] },
      region,
    );
    const statuses = (out.statuses ?? []) as { status?: string }[];
    if (statuses[0]?.status === 'success') {
      result = await read();
      break;
    }
  }
  return result;
}

/** A check's limits over the threshold in the run's region (c7n's `process_check`). */
async function exceededOf(
  check: Check,
  opts: Opts,
  account: Resource,
  ctx: EvalContext,
): Promise<Resource[]> {
  const p = awsProvider(ctx);
  const region = regionOf(ctx, p);
  const support = supportRegion(region);
  const result = await checkResult(p, support, String(check.id), ctx);
  if (!result?.flaggedResources) return [];
  result.flaggedResources = result.flaggedResources.filter(
    (r) => r.metadata?.[0] === region || (r.metadata?.[0] === '-' && region === support),
  );
  // Every check's raw result (trimmed to the region) is kept on the account.
  const all = (account['c7n:ServiceLimits'] ?? []) as unknown[];
  account['c7n:ServiceLimits'] = [...all, result];
  // A result older than refresh_period days is refreshed for next time.
  const stamp = Date.parse(result.timestamp ?? '');
  if (ctx.now - (opts.refresh_period ?? 1) * DAY_MS > stamp) {
    if (!(await refresh(p, support, String(check.id), ctx))) return [];
  }
  const out: Resource[] = [];
  for (const flagged of result.flaggedResources) {
    if (opts.threshold === undefined && flagged.status === 'ok') continue;
    const limit: Resource = Object.fromEntries(COLUMNS.map((c, i) => [c, flagged.metadata?.[i]]));
    if (opts.services?.length && !anyGlob(opts.services, String(limit.service ?? ''))) continue;
    if (opts.limits?.length && !anyGlob(opts.limits, String(limit.check ?? ''))) continue;
    limit.status = flagged.status;
    limit.percentage = (Number(limit.extant || 0) / Number(limit.limit)) * 100;
    // As c7n, a threshold of 0 keeps every limit.
    if (opts.threshold && (limit.percentage as number) < opts.threshold) continue;
    out.push(limit);
  }
  return out;
}

/** c7n's `should_process`: `names` globs the check name; else `services` prefix the name without spaces. */
function wanted(name: string, opts: Opts): boolean {
  if (opts.names?.length) return anyGlob(opts.names, name);
  if (opts.services?.length)
    return anyGlob(
      opts.services.map((s) => `${s}*`),
      name.replaceAll(' ', ''),
    );
  return true;
}

export default defineFilter({
  type: 'service-limit',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      threshold: {
        type: 'number',
        description:
          'Usage in percent of the limit at or above which a limit matches; without it, every limit Trusted Advisor does not mark `ok` matches.',
      },
      refresh_period: {
        type: 'integer',
        description:
          'Days a check result counts as fresh; an older one is refreshed for the next run (default 1).',
      },
      names: {
        type: 'array',
        items: { type: 'string' },
        description: 'Trusted Advisor check names to read (case-insensitive globs such as `VPC*`).',
      },
      limits: {
        type: 'array',
        items: { type: 'string' },
        description: "Limit names (a flagged limit's `check` column) to keep (case-insensitive globs).",
      },
      services: {
        type: 'array',
        items: { enum: SERVICES },
        description:
          'Services whose limits to keep; without `names`, also the checks read (those whose name starts with one). IAM limits need the policy in the support region.',
      },
    },
  } as const,
  permissions: [
    'support:DescribeTrustedAdvisorCheckRefreshStatuses',
    'support:DescribeTrustedAdvisorCheckResult',
    'support:DescribeTrustedAdvisorChecks',
    'support:RefreshTrustedAdvisorCheck',
  ],
  messages: { 'global-service-region': 'global services must be targeted in the support region' },
  doc: {
    summary:
      "The account when one of its service limits in the run's region is near or past its Trusted Advisor limit (Support API: DescribeTrustedAdvisorChecks, then each service-limit check's result, refreshed when not available or older than `refresh_period` days). Limits over the threshold are kept in `c7n:ServiceLimitsExceeded` (for `request-limit-increase`), every check result in `c7n:ServiceLimits`. Needs a Business or Enterprise support plan.",
    example: "- type: service-limit\n  names:\n    - IAM Policies\n    - 'VPC*'\n  threshold: 80",
  },
  check(opts, ctx) {
    const globals = (opts.services ?? []).filter((s) => GLOBAL_SERVICES.includes(s));
    const region = ctx.policy?.region;
    if (!globals.length || (typeof region === 'string' && region === supportRegion(region))) return [];
    return [
      {
        messageId: 'global-service-region',
        message: `global services (${globals.join(', ')}) must be targeted in the support region: add "region: us-east-1" (us-gov-west-1, cn-north-1 in other partitions) to the policy`,
        path: ['services'],
      },
    ];
  },
  reads: () => [],
  compile(opts: Opts) {
    return {
      kind: 'process',
      async process(accounts, ctx) {
        const account = accounts[0];
        if (!account) return [];
        const p = awsProvider(ctx);
        const support = supportRegion(regionOf(ctx, p));
        const out = await p.send('support', 'DescribeTrustedAdvisorChecks', { language: 'en' }, support);
        const checks = ((out.checks ?? []) as Check[]).filter(
          (c) => c.category === 'service_limits' && !DEPRECATED_CHECKS.includes(String(c.id)),
        );
        const exceeded: Resource[] = [];
        for (const check of checks) {
          if (!wanted(String(check.name ?? ''), opts)) continue;
          for (const limit of await exceededOf(check, opts, account, ctx))
            exceeded.push({ ...limit, check_id: check.id, name: check.name });
        }
        if (!exceeded.length) return [];
        account['c7n:ServiceLimitsExceeded'] = exceeded;
        return accounts;
      },
    };
  },
});
