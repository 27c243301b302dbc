/**
 * `source: config` for RDS cluster snapshots: Config's raised keys read `DbclEtc` and `IamdEtc`
 * where describe says `DBClEtc` and `IAMDEtc`; renamed as Cloud Custodian does.
 */
import type { Resource } from '@c7n-ts/core';

export function loadClusterSnapshotItem(resource: Resource): Resource {
  for (const k of Object.keys(resource)) {
    const to = k.startsWith('Dbcl')
      ? `DBCl${k.slice(4)}`
      : k.startsWith('Iamd')
        ? `IAMD${k.slice(4)}`
        : undefined;
    if (!to) continue;
    resource[to] = resource[k];
    delete resource[k];
  }
  return resource;
}
