/**
 * `source: config` for RDS instances: raising the first letter turns Config's `dbSubnetGroup`
 * style keys into `DbSubnetGroup`, where describe says `DBSubnetGroup`; as Cloud Custodian
 * does, each top-level `Db...` key is copied to `DB...` (the original stays).
 */
import type { Resource } from '@c7n-ts/core';

export function loadRdsItem(resource: Resource): Resource {
  for (const k of Object.keys(resource)) if (k.startsWith('Db')) resource[`DB${k.slice(2)}`] = resource[k];
  return resource;
}
