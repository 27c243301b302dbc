/** Helpers shared by the redshift actions. */
import type { PlannedCall, Resource } from '@c7n-ts/core';

export const clusterId = (c: Resource): string | undefined =>
  typeof c.ClusterIdentifier === 'string' ? c.ClusterIdentifier : undefined;

/**
 * One call per cluster, for the clusters in `states` when given (Cloud Custodian's
 * filter_resources on ClusterStatus: the others are skipped and logged).
 */
export function perCluster(
  clusters: readonly Resource[],
  operation: string,
  verb: string,
  log: ((level: 'info', message: string) => void) | undefined,
  opts: { states?: readonly string[]; input?: (id: string, c: Resource) => Record<string, unknown> } = {},
): PlannedCall[] {
  return clusters.flatMap((c) => {
    const id = clusterId(c);
    if (!id) return [];
    if (opts.states && !opts.states.includes(String(c.ClusterStatus))) {
      log?.(
        'info',
        `redshift: ${id} is ${String(c.ClusterStatus)}, not ${opts.states.join('/')}; not ${verb}d`,
      );
      return [];
    }
    return [
      {
        service: 'redshift',
        operation,
        input: opts.input ? opts.input(id, c) : { ClusterIdentifier: id },
        resourceIds: [id],
        describe: `${verb} ${id}`,
      },
    ];
  });
}
