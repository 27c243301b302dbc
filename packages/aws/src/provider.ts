/**
 * Opening an AWS provider with every resource type c7n-ts declares (the CLI, tests). Element
 * modules never import this one: they reach the provider through `awsProvider(ctx)` of
 * aws-provider.ts, and a Lambda function opens its provider with its own small registry.
 */
import type { AwsProvider, AwsProviderOptions } from './aws-provider.js';
import { openAwsProvider } from './open-provider.js';
import { runtimeRegistry } from './runtime-registry.js';

export { type AwsProvider, awsProvider } from './aws-provider.js';
export { openAwsProvider } from './open-provider.js';

export interface CreateAwsProviderOptions extends Omit<AwsProviderOptions, 'registry'> {
  /** Default: every resource type and element of this build, without the catalogue. */
  registry?: AwsProviderOptions['registry'];
}

export function createAwsProvider(options: CreateAwsProviderOptions): Promise<AwsProvider> {
  return openAwsProvider({ ...options, registry: options.registry ?? runtimeRegistry() });
}
