/**
 * Runs many policies over one or more regions with a bounded pool. One policy's failure is
 * recorded in its result and never stops the others.
 */
import type { LoadedPolicy } from '../policy/index.js';
import type { Registry } from '../registry/index.js';
import type { ResourceCache } from './cache.js';
import type { ExecuteOptions } from './calls.js';
import { fixedClock } from './clock.js';
import { listingGroup, RunListings } from './listings.js';
import type { OutputSink } from './outputs.js';
import type { Provider } from './provider.js';
import { type PolicyResult, type ProgressEvent, runPolicy } from './run-policy.js';

export interface RunOptions {
  provider: Provider;
  registry: Registry;
  sink: OutputSink;
  accountId: string;
  regions: readonly string[];
  dryrun: boolean;
  now?: number;
  concurrency?: number;
  vars?: Record<string, string>;
  versions?: Record<string, string>;
  /** Called as each policy finishes (for progress lines). */
  onResult?: (r: PolicyResult) => void;
  /** Called while a fetch is under way (for a progress line). */
  onProgress?: (event: ProgressEvent) => void;
  /** Fetches kept between runs (`--cache-period`). */
  resourceCache?: ResourceCache;
  /** Tells apart data of different providers in `resourceCache` (replay dir, profile, role). */
  cacheNamespace?: string;
  /** Retry pacing of the action executor. */
  execute?: ExecuteOptions;
  /** Lambda runs: the triggering event, the ids it names, and the runtime flag (see RunContext). */
  event?: unknown;
  ids?: readonly string[];
  serverlessRuntime?: boolean;
  /** Extra template directories (`--template-dir`). */
  templateDirs?: readonly string[];
}

export async function runPolicies(
  policies: readonly LoadedPolicy[],
  opts: RunOptions,
): Promise<PolicyResult[]> {
  // Throws OutputBusyError before anything is fetched when another run writes here.
  await opts.sink.open?.();
  // C7N_TS_NOW: a fixed clock for tests (see clock.ts); not a documented option.
  const now = opts.now ?? fixedClock(process.env) ?? Date.now();
  const several = opts.regions.length > 1;
  const jobs = opts.regions.flatMap((region) =>
    policies.map((policy) => ({
      policy,
      region,
      group: listingGroup(opts.registry.resource(policy.resourceType)?.type ?? policy.resourceType, {
        accountId: opts.accountId,
        region,
      }),
    })),
  );
  // Each listing is dropped after the last policy that reads it.
  const cache = new RunListings(jobs.map((j) => j.group));
  const results: PolicyResult[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const { policy, region, group } = jobs[i]!;
      const r = await runPolicy(policy, {
        provider: opts.provider,
        registry: opts.registry,
        sink: opts.sink,
        scope: { accountId: opts.accountId, region },
        dryrun: opts.dryrun,
        now,
        outputPrefix: several ? `${region}/` : '',
        vars: opts.vars,
        cache,
        resourceCache: opts.resourceCache,
        cacheNamespace: opts.cacheNamespace,
        onProgress: opts.onProgress,
        execute: opts.execute,
        versions: opts.versions,
        event: opts.event,
        ids: opts.ids,
        serverlessRuntime: opts.serverlessRuntime,
        templateDirs: opts.templateDirs,
      });
      cache.done(group);
      results[i] = r;
      opts.onResult?.(r);
    }
  };
  const size = Math.max(1, Math.min(opts.concurrency ?? 4, jobs.length));
  await Promise.all(Array.from({ length: size }, worker));
  try {
    await opts.sink.close();
  } catch (err) {
    // The logs could not be written: every policy's output is incomplete.
    const message = `cannot write the logs to ${opts.sink.location}: ${(err as Error).message}`;
    for (const r of results) {
      r.status = 'failed';
      r.reason = r.reason ? `${r.reason}; ${message}` : message;
    }
  }
  return results;
}
