/**
 * Deployment as `run` does it: a policy whose mode is serverless (periodic, cloudtrail) is
 * deployed as a Lambda function instead of being run, unless --dryrun asks to evaluate it here,
 * as Cloud Custodian does.
 */

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  type AwsProvider,
  buildArchive,
  DeployInputError,
  type DeployResult,
  deployPolicy,
  deploySpec,
  type FunctionCode,
} from '@c7n-ts/aws';
import { interpolatePolicy, type LoadedPolicy, type OutputSink, type Registry } from '@c7n-ts/core';
import { Option } from 'commander';
import { EXIT_FAILURE, Exit } from '../exit.js';
import { version } from '../version.js';

/** True for a policy `run` deploys instead of running. */
export function isDeployed(policy: LoadedPolicy, registry: Registry, dryrun: boolean): boolean {
  const type = (policy.data.mode as { type?: string } | undefined)?.type;
  return !dryrun && type !== undefined && Boolean(registry.mode(type)?.serverless);
}

export interface DeployOptions {
  provider: AwsProvider;
  sink: OutputSink;
  vars: Record<string, string>;
  /** `--archive ZIP` (hidden, for tests): upload this file instead of building each policy's bundle. */
  archive?: string;
  templateDirs?: readonly string[];
  /** Replayed traffic needs no pause while a function update is in progress. */
  replay: boolean;
  /** Print a line per policy (text output). */
  print: boolean;
}

/**
 * Deploys each policy in each region of the provider; writes OUT/[REGION/]POLICY/deploy.json.
 * A failure is reported in its result and the other policies still deploy.
 */
export async function deployPolicies(policies: LoadedPolicy[], opts: DeployOptions): Promise<DeployResult[]> {
  const { provider } = opts;
  const several = provider.regions.length > 1;
  const results: DeployResult[] = [];
  const fixed = opts.archive ? await readArchive(opts.archive) : undefined;
  for (const policy of policies) {
    let code: FunctionCode | Error | undefined = fixed;
    for (const region of provider.regions) {
      const data = interpolatePolicy(policy.data, {
        account_id: provider.accountId,
        region,
        now: new Date().toISOString(),
        policy_name: policy.name,
        ...opts.vars,
      });
      let result: DeployResult;
      try {
        const spec = deploySpec(policy.name, data, { accountId: provider.accountId, region, version });
        // One bundle per policy, whatever the number of regions.
        code ??= await buildArchive(policy, {
          registry: provider.registry,
          version,
          templateDirs: opts.templateDirs,
        }).catch((err: Error) => new ArchiveError(`cannot build the function's archive: ${err.message}`));
        if (code instanceof Error) throw code;
        result = await deployPolicy(spec, code, {
          send: provider.send,
          region,
          accountId: provider.accountId,
          ...(opts.replay && { pollMs: 0 }),
        });
      } catch (err) {
        if (!(err instanceof DeployInputError || err instanceof ArchiveError)) throw err;
        result = failed(policy.name, region, err.message);
      }
      results.push(result);
      const dir = `${several ? `${region}/` : ''}${policy.name}`;
      await opts.sink.write(`${dir}/deploy.json`, `${JSON.stringify(result, null, 2)}\n`);
      if (opts.print) {
        process.stdout.write(`${deployLine(result)}\n`);
        for (const w of result.warnings) process.stderr.write(`c7n-ts: ${policy.name}: ${w}\n`);
      }
    }
  }
  return results;
}

/** The bundle could not be built: the policy fails, the others still deploy. */
class ArchiveError extends Error {}

function failed(policy: string, region: string, error: string): DeployResult {
  return {
    policy,
    region,
    functionName: '',
    status: 'failed',
    changes: [],
    codeSha256: '',
    warnings: [],
    error,
  };
}

async function readArchive(file: string): Promise<FunctionCode> {
  let zip: Uint8Array;
  try {
    zip = new Uint8Array(await readFile(file));
  } catch (err) {
    process.stderr.write(`c7n-ts: --archive ${file}: ${(err as Error).message}\n`);
    throw new Exit(EXIT_FAILURE);
  }
  return { zip, sha256: createHash('sha256').update(zip).digest('base64') };
}

/** `ok   POLICY  REGION  deployed FUNCTION: updated code, updated configuration (MemorySize)`. */
export function deployLine(r: DeployResult): string {
  const mark = r.status === 'failed' ? 'FAIL' : 'ok  ';
  if (r.status === 'failed') return `${mark} ${r.policy}  ${r.region}  not deployed: ${r.error}`;
  const what = r.status === 'unchanged' ? 'unchanged' : r.changes.join(', ');
  return `${mark} ${r.policy}  ${r.region}  ${r.functionName}: ${r.status === 'created' ? `created (${what})` : what}`;
}

/** The hidden `--archive` option of `run`. */
export const archiveOption = () =>
  new Option('--archive <zip>', 'upload this zip instead of building the bundle (tests)').hideHelp();
