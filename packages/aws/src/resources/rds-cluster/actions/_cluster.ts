/** Helpers shared by the rds-cluster actions. */
import type { PlannedCall, Resource } from '@c7n-ts/core';

export const clusterId = (c: Resource): string | undefined =>
  typeof c.DBClusterIdentifier === 'string' ? c.DBClusterIdentifier : undefined;

/**
 * Errors Cloud Custodian's cluster actions pass over: the cluster is gone (DBClusterNotFound,
 * ResourceNotFound) or in a state the call refuses (InvalidDBClusterState, which c7n logs).
 */
export const CLUSTER_OK_ERRORS = [
  'DBClusterNotFoundFault',
  'ResourceNotFoundFault',
  'InvalidDBClusterStateFault',
];

/** One call per cluster, as c7n makes them. */
export function perCluster(
  clusters: readonly Resource[],
  operation: string,
  verb: string,
  input: (id: string, c: Resource) => Record<string, unknown> = (id) => ({ DBClusterIdentifier: id }),
  /** `okErrors: false`: c7n catches nothing for this call (modify-db-cluster, retention). */
  { okErrors = true }: { okErrors?: boolean } = {},
): PlannedCall[] {
  return clusters.flatMap((c) => {
    const id = clusterId(c);
    if (!id) return [];
    return [
      {
        service: 'rds',
        operation,
        input: input(id, c),
        resourceIds: [id],
        describe: `${verb} ${id}`,
        ...(okErrors && { okErrors: CLUSTER_OK_ERRORS }),
      },
    ];
  });
}
