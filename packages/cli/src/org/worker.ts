/**
 * One account×region of `org run`: deploy the Lambda-mode policies there as `run` deploys them
 * (OUT/<account>/<region>/<policy>/deploy.json), run the others into OUT/<account>/<region>/
 * (a directory, or s3://BUCKET/PREFIX/<account>/<region>/) exactly as `run` writes one region,
 * and keep counts only.
 */
import { deployCount, type FanoutPolicyCount, policyCount } from '@c7n-ts/aws';
import { type LoadedPolicy, type OutputSink, type PolicyResult, runPolicies as run } from '@c7n-ts/core';
import { deployPolicies, isDeployed } from '../actions/deploy.js';
import { version } from '../version.js';
import type { OrgAccount } from './accounts.js';
import { type CellBase, type CellContext, inAccountRegion, type OrgAccess } from './cell.js';

export {
  accountRegions,
  type CellError,
  codeOf,
  ERROR_FILE,
  flightDir,
} from './cell.js';

export interface OrgSettings extends OrgAccess {
  outputDir: string;
  dryrun: boolean;
  templateDirs?: readonly string[];
  /** `--var`: wins over accounts.yml's vars. */
  cliVars: Record<string, string>;
  /** Policies to run in one account (loaded once per distinct set of vars). */
  policiesFor(account: OrgAccount): LoadedPolicy[];
  /** `--archive ZIP` (hidden, for tests): the code every Lambda-mode policy deploys. */
  archive?: string;
}

/** A policy's counts in one account×region, as the fan-out function answers them, or its deployment. */
/** What the summary keeps of a policy in one account×region (the fan-out's items keep the same). */
export type PolicyCount = FanoutPolicyCount;

/** The summary of one account×region: counts, never resources. */
export interface Cell extends CellBase {
  policies: PolicyCount[];
}

/** Runs (and deploys) the policies in one account×region; never throws. */
export async function runCell(account: OrgAccount, region: string, s: OrgSettings): Promise<Cell> {
  const cell: Cell = {
    account: account.name,
    accountId: account.accountId,
    region,
    status: 'ok',
    policies: [],
  };
  return inAccountRegion(cell, account, s, async (ctx) => {
    const policies = s.policiesFor(account);
    const toDeploy = policies.filter((p) => isDeployed(p, ctx.provider.registry, s.dryrun));
    // OUT/<account>/<region>/, on disk or in S3 (org run always has -s).
    const sink = ctx.sink as OutputSink;
    const vars = { ...account.vars, ...s.cliVars };
    if (toDeploy.length) {
      ctx.stage = 'deploy';
      const deployed = await deployPolicies(toDeploy, {
        provider: ctx.provider,
        sink,
        vars,
        archive: s.archive,
        templateDirs: s.templateDirs,
        replay: Boolean(s.replay),
        // Many account×regions at once: the summary and deploy.json say what each did.
        print: false,
      });
      for (const d of deployed) cell.policies.push(deployCount(d, toDeploy));
    }
    ctx.stage = 'run';
    const results = await runPolicies(
      s,
      ctx,
      policies.filter((p) => !toDeploy.includes(p)),
      sink,
      vars,
    );
    for (const r of results) cell.policies.push(policyCount(r));
    if (cell.policies.some((p) => p.status === 'failed')) cell.status = 'failed';
  });
}

async function runPolicies(
  s: OrgSettings,
  { account, region, provider }: CellContext,
  policies: LoadedPolicy[],
  sink: OutputSink,
  vars: Record<string, string>,
): Promise<PolicyResult[]> {
  return run(policies, {
    provider,
    registry: provider.registry,
    sink,
    accountId: account.accountId,
    regions: [region],
    dryrun: s.dryrun,
    execute: s.replay ? { retryDelayMs: 0, waitDelayMs: 0 } : undefined,
    // Replayed traffic is served by call order: one policy at a time keeps it stable.
    concurrency: s.replay ? 1 : 2,
    vars,
    templateDirs: s.templateDirs,
    versions: { 'c7n-ts': version, node: process.version },
  });
}
