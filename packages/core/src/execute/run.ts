/**
 * Runs many policies over one or more regions with a bounded pool. One policy's failure is
 * recorded in its result and never stops the others.
 */
import type { Resource } from '../define/types.js';
import type { LoadedPolicy } from '../policy/index.js';
import type { Registry } from '../registry/index.js';
import type { OutputSink } from './outputs.js';
import type { Provider } from './provider.js';
import { type PolicyResult, runPolicy } from './run-policy.js';

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
}

export async function runPolicies(
  policies: readonly LoadedPolicy[],
  opts: RunOptions,
): Promise<PolicyResult[]> {
  const now = opts.now ?? Date.now();
  const cache = new Map<string, Promise<Resource[]>>();
  const several = opts.regions.length > 1;
  const jobs = opts.regions.flatMap((region) => policies.map((policy) => ({ policy, region })));
  const results: PolicyResult[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const { policy, region } = jobs[i]!;
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
        versions: opts.versions,
      });
      results[i] = r;
      opts.onResult?.(r);
    }
  };
  const size = Math.max(1, Math.min(opts.concurrency ?? 4, jobs.length));
  await Promise.all(Array.from({ length: size }, worker));
  await opts.sink.close();
  return results;
}
