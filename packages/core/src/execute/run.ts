/**
 * Runs many policies over one or more regions with a bounded pool. One policy's failure is
 * recorded in its result and never stops the others.
 */
import type { LoadedPolicy } from '../policy/index.js';
import type { Registry } from '../registry/index.js';
import type { ResourceCache } from './cache.js';
import type { ExecuteOptions } from './calls.js';
import { fixedClock } from './clock.js';
import { collectGarbage } from './collect.js';
import { listingGroup, RunListings } from './listings.js';
import type { OutputSink } from './outputs.js';
import type { FetchProgress, Provider } from './provider.js';
import {
  fetchAndAct,
  type PolicyResult,
  PolicyRun,
  type ProgressEvent,
  type RunContext,
} from './run-policy.js';
import { runStreamed, streamedPages } from './stream.js';

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

interface Job {
  /** Where its result goes in the run's results. */
  index: number;
  policy: LoadedPolicy;
  region: string;
  /** The listing it reads (see `listingGroup`). */
  group: string;
}

/** Resources in a streamed listing after which a run collects its garbage (see collect.ts). */
const LARGE_LISTING = 5000;

/** At most `size` tasks at once; the others wait their turn, first come first served. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
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
  const jobs: Job[] = opts.regions.flatMap((region, r) =>
    policies.map((policy, p) => ({
      index: r * policies.length + p,
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
  const contextFor = (region: string): RunContext => ({
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
  const finished = (job: Job, r: PolicyResult) => {
    cache.done(job.group);
    results[job.index] = r;
    opts.onResult?.(r);
  };
  const size = Math.max(1, Math.min(opts.concurrency ?? 4, jobs.length));
  const slots = new Slots(size);
  // The policies of one listing (a type in a region), in the order given.
  const units = new Map<string, Job[]>();
  for (const job of jobs) {
    const unit = units.get(job.group);
    if (unit) unit.push(job);
    else units.set(job.group, [job]);
  }
  let unitsLeft = units.size;
  const runUnit = async (unit: Job[]): Promise<void> => {
    const ctx = contextFor(unit[0]!.region);
    const runs = await slots.run(async () => {
      const runs = unit.map((job) => ({ job, run: new PolicyRun(job.policy, ctx) }));
      for (const { run } of runs) await run.attempt(() => run.start());
      return runs;
    });
    const live = runs.filter(({ run }) => !run.isOver).map(({ run }) => run);
    const onProgress = ctx.onProgress
      ? (progress: FetchProgress) =>
          ctx.onProgress?.({
            policy: live.length > 1 ? `${live[0]!.policy.name} (+${live.length - 1})` : live[0]!.policy.name,
            resourceType: live[0]!.rt.type,
            region: ctx.scope.region,
            ...progress,
          })
      : undefined;
    const pages = streamedPages(live, ctx, onProgress);
    // Streamed: in one slot, its files all written before the slot is free.
    if (pages)
      await slots.run(async () => {
        await runStreamed(live, pages, ctx, size);
        for (const { job, run } of runs) finished(job, await run.end());
        // What a large listing held is garbage now, and the run goes on with other listings. Not
        // after small ones: `org run` streams thousands of them, and each collection costs
        // about as much as the run of a small account x region.
        const listed = live[0]?.result.fetched ?? 0;
        if (--unitsLeft > 0 && listed >= LARGE_LISTING) collectGarbage();
      });
    // Otherwise each runs in its own slot, as any other policy.
    else {
      await Promise.all(
        runs.map(({ job, run }) =>
          run.isOver
            ? run.end().then((r) => finished(job, r))
            : slots.run(async () => {
                await fetchAndAct(run, ctx);
                finished(job, await run.end());
              }),
        ),
      );
      unitsLeft--;
    }
  };
  await Promise.all([...units.values()].map(runUnit));
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
