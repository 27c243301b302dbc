/**
 * Deployment as `run` does it: a policy whose mode is serverless (a Lambda mode) is
 * deployed as a Lambda function instead of being run, unless --dryrun asks to evaluate it here,
 * as Cloud Custodian does.
 *
 * What `c7n-ts deploy` does; its options and help are declared in commands/deploy.ts.
 */

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type AwsProvider,
  buildArchive,
  configTypes,
  DeployInputError,
  type DeployResult,
  deployPolicy,
  deploySpec,
  type FunctionCode,
  failedDeploy,
} from '@c7n-ts/aws';
import {
  DirectorySink,
  interpolatePolicy,
  type LoadedPolicy,
  type OutputSink,
  type Registry,
} from '@c7n-ts/core';
import { type AccountFlags, providerFor, writeFlightLog } from '../account.js';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { getRegistry, loadOrExit } from '../load.js';
import { outputDirOrExit } from '../paths.js';
import { version } from '../version.js';
import { globToRegExp } from './run.js';

interface Flags extends AccountFlags {
  policyFilter: string[];
  outputDir?: string;
  dryrun?: boolean;
  var: string[];
  strict?: boolean;
  templateDir: string[];
  archive?: string;
}

/** `c7n-ts deploy`: what `run` does with Lambda-mode policies, and a preview of it (--dryrun). */
export default async function deploy(files: string[], flags: Flags) {
  const { policies, vars } = await loadOrExit(files, flags);
  const globs = flags.policyFilter.map(globToRegExp);
  const selected = policies.filter(
    (p) => (globs.length === 0 || globs.some((g) => g.test(p.name))) && isDeployed(p, getRegistry(), false),
  );
  if (selected.length === 0) {
    process.stderr.write('c7n-ts: no Lambda-mode policy matches the selection; nothing to deploy\n');
    throw new Exit(EXIT_INVALID);
  }
  if (flags.outputDir) await outputDirOrExit(flags.outputDir);
  const provider = await providerFor(flags);
  const results = await deployPolicies(selected, {
    provider,
    sink: flags.outputDir ? new DirectorySink(flags.outputDir) : discard,
    vars,
    archive: flags.archive,
    templateDirs: flags.templateDir,
    replay: Boolean(flags.replay),
    print: true,
    dryrun: Boolean(flags.dryrun),
  });
  const log = flags.flightLog ?? (flags.outputDir ? join(flags.outputDir, 'flight-log.json') : undefined);
  if (provider.clients.mode !== 'live' && log) await writeFlightLog(provider, log);
  const failed = results.filter((r) => r.status === 'failed').length;
  if (failed) process.stderr.write(`${failed} of ${results.length} deployments failed\n`);
  throw new Exit(failed ? EXIT_FAILURE : EXIT_OK);
}

/** Without -s, deploy.json goes nowhere: the printed lines say it all. */
const discard: OutputSink = {
  location: '(no output directory)',
  write: async () => {},
  appendLog() {},
  close: async () => {},
};

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
  /** A preview: read what exists, say what would be created or updated, change nothing. */
  dryrun?: boolean;
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
        const spec = deploySpec(policy.name, data, {
          accountId: provider.accountId,
          region,
          version,
          resource: configTypes(provider.registry.resource(policy.resourceType)),
        });
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
          ...(opts.dryrun && { dryrun: true }),
        });
      } catch (err) {
        if (!(err instanceof DeployInputError || err instanceof ArchiveError)) throw err;
        result = failedDeploy(policy.name, region, err.message);
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
  if (r.dryrun) {
    const would = r.status === 'unchanged' ? 'up to date, nothing to do' : `would ${r.changes.join(', ')}`;
    return `${mark} ${r.policy}  ${r.region}  ${r.functionName}: ${would}`;
  }
  const what = r.status === 'unchanged' ? 'unchanged' : r.changes.join(', ');
  return `${mark} ${r.policy}  ${r.region}  ${r.functionName}: ${r.status === 'created' ? `created (${what})` : what}`;
}
