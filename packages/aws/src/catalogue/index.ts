/**
 * Cloud Custodian's AWS names (cloud-custodian.json, see README.md) as the registry's catalogue:
 * names only, for "not supported yet", did-you-mean and `c7n-ts schema --missing`.
 */
import type { CatalogueInput, CatalogueType } from '@c7n-ts/core';
import data from './cloud-custodian.json' with { type: 'json' };

interface CatalogueFile {
  cloudCustodian: string;
  modes: string[];
  /** Names every type has, written once. */
  everyType: { filters: string[]; actions: string[] };
  types: Record<string, { aliases?: string[]; filters: string[]; actions: string[] }>;
}

export function cloudCustodianCatalogue(): CatalogueInput {
  const file = data as CatalogueFile;
  const types: Record<string, CatalogueType> = {};
  for (const [type, t] of Object.entries(file.types)) {
    // As in Cloud Custodian, `ec2` means `aws.ec2`: the short form of each name is an alias.
    const aliases = [type, ...(t.aliases ?? [])];
    types[type] = {
      aliases: [...(t.aliases ?? []), ...aliases.map((a) => a.replace(/^aws\./, ''))],
      filters: [...file.everyType.filters, ...t.filters],
      actions: [...file.everyType.actions, ...t.actions],
    };
  }
  return { engine: 'Cloud Custodian', types, modes: file.modes };
}
