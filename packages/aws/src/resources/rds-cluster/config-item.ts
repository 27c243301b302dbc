/**
 * `source: config` for RDS clusters: Config's camelCased keys, raised, read `DbcEtc`, `IamdEtc`,
 * `DbsEtc` where describe says `DBCEtc`, `IAMDEtc`, `DBSEtc`; as Cloud Custodian does, such keys
 * are renamed, and the TagList is dropped (tags come from the item's tags).
 */
import type { Resource } from '@c7n-ts/core';

const RENAMES: readonly [string, string][] = [
  ['Dbc', 'DBC'],
  ['Iamd', 'IAMD'],
  ['Dbs', 'DBS'],
];

export function loadClusterItem(resource: Resource): Resource {
  delete resource.TagList;
  for (const k of Object.keys(resource)) {
    const rename = RENAMES.find(([from]) => k.startsWith(from));
    if (!rename) continue;
    resource[`${rename[1]}${k.slice(rename[0].length)}`] = resource[k];
    delete resource[k];
  }
  return resource;
}
