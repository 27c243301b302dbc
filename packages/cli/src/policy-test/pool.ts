/**
 * How `c7n-ts test` runs its tests: `jobs` at a time, each result handed on in the tests' order
 * (as soon as it and every one before it are done), whatever order they finish in.
 *
 * Tasks of one group share a costly first step, such as a Lambda-mode policy's tests sharing the
 * archive their first invoke bundles into the bundle cache: a group's first task runs beside
 * other groups' tasks, and the group's others start once it ended, so they find the archive
 * built instead of bundling it again at the same time. Meanwhile a free job takes the next task
 * that is not waiting.
 */
export interface PoolOptions<T, R> {
  jobs: number;
  run: (item: T, index: number) => Promise<R>;
  /** The task's group, or undefined for a task that waits for none. */
  groupOf?: (item: T, index: number) => string | undefined;
  /** Each result, in the items' order. */
  onResult?: (result: R, index: number) => void;
}

export async function runPool<T, R>(items: readonly T[], opts: PoolOptions<T, R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  const done = new Array<boolean>(items.length).fill(false);
  let handed = 0;
  const pending = items.map((_, i) => i);
  const groupOf = (i: number) => opts.groupOf?.(items[i] as T, i);
  const firstStarted = new Set<string>();
  /** Group -> the end of its first task, while that runs. */
  const firstRunning = new Map<string, Promise<void>>();

  const job = async () => {
    while (pending.length) {
      const at = pending.findIndex((i) => {
        const group = groupOf(i);
        return group === undefined || !firstRunning.has(group);
      });
      if (at < 0) {
        // Every task left waits for its group's first task, which another job runs.
        await Promise.race(firstRunning.values());
        continue;
      }
      const [i] = pending.splice(at, 1) as [number];
      const run = opts.run(items[i] as T, i);
      const group = groupOf(i);
      if (group !== undefined && !firstStarted.has(group)) {
        firstStarted.add(group);
        const end = () => {
          firstRunning.delete(group);
        };
        firstRunning.set(group, run.then(end, end));
      }
      results[i] = await run;
      done[i] = true;
      while (handed < items.length && done[handed]) {
        opts.onResult?.(results[handed] as R, handed);
        handed++;
      }
    }
  };
  const jobs = Math.max(1, Math.min(opts.jobs, items.length));
  await Promise.all(Array.from({ length: jobs }, job));
  return results;
}
