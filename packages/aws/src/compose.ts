/**
 * Composing an AWS registry from resource folders: core filters and modes, the AWS modes, the
 * elements every type shares, and each folder's type with its own elements. The CLI composes
 * it from every folder (runtime-registry.ts); a Lambda function from its policy's folder only.
 */
import {
  type CatalogueInput,
  composeRegistry,
  coreFilters,
  coreModes,
  type ElementDecl,
  type ElementSource,
  type Registry,
} from '@c7n-ts/core';
import { commonActions, commonFilters } from './common/index.js';
import { awsModes } from './modes/index.js';
import type { AwsResourceType } from './resources/types.js';

/** What `resources/<type>/index.ts` exports. */
export interface ResourceFolder {
  resource: AwsResourceType;
  elements: readonly ElementDecl[];
}

/**
 * A folder whose elements load on first use (the CLI's bundle: scripts/bundle.mjs): `serves`
 * names every type they apply to (see core's LazyElementSource).
 */
export interface LazyResourceFolder {
  resource: AwsResourceType;
  serves: readonly string[];
  load(): readonly ElementDecl[];
}

export interface ComposeOptions {
  /** A function is called on first use (see RegistryInput.catalogue). */
  catalogue?: CatalogueInput | (() => CatalogueInput);
  /**
   * More resource types to declare, without their own elements: the types a function's
   * related-resource filters fetch (an ec2 policy's `security-group` filter lists groups).
   */
  related?: readonly AwsResourceType[];
}

export function composeAws(
  folders: readonly (ResourceFolder | LazyResourceFolder)[],
  opts: ComposeOptions = {},
): Registry {
  const own = new Set(folders.map((f) => f.resource.type));
  const origin = (f: { resource: AwsResourceType }) => `aws/resources/${f.resource.type.slice(4)}`;
  const sources: ElementSource[] = [
    { origin: 'core', elements: [...coreFilters, ...coreModes] },
    { origin: 'aws/modes', elements: awsModes },
    { origin: 'aws/common', elements: [...commonFilters, ...commonActions] },
    ...folders.map((f) =>
      'load' in f
        ? { origin: origin(f), serves: f.serves, load: f.load }
        : { origin: origin(f), elements: f.elements },
    ),
  ];
  return composeRegistry({
    resources: [...folders.map((f) => f.resource), ...(opts.related ?? []).filter((r) => !own.has(r.type))],
    sources,
    ...(opts.catalogue && { catalogue: opts.catalogue }),
  });
}
