/**
 * The registry of everything c7n-ts declares for AWS: core filters and modes, the AWS resource
 * types, their own filters and actions, and the families attached to every taggable type; with
 * Cloud Custodian's catalogue, so what c7n-ts lacks is "not supported yet".
 */
import type { Registry } from '@c7n-ts/core';
import { cloudCustodianCatalogue } from './catalogue/index.js';
import { runtimeRegistry } from './runtime-registry.js';

export function awsRegistry(): Registry {
  // Built on first use: only an unknown name or `schema --missing` reads it (issue 17).
  return runtimeRegistry(cloudCustodianCatalogue);
}
