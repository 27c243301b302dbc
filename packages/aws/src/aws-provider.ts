/**
 * What filters and actions see of the AWS provider (core's `Provider` over SDK clients and the
 * declarative fetch layer), reached through `awsProvider(ctx)`. This module imports no code:
 * element modules import it without loading the SDK, the flight layer or any registry
 * (open-provider.ts opens a provider; whoever opens one hands it the registry it composed).
 */
import type { EvalContext, Provider, Registry, Resource } from '@c7n-ts/core';
import type { AwsClients, CreateClientsOptions } from './clients/index.js';

export interface AwsProvider extends Provider {
  readonly registry: Registry;
  readonly accountId: string;
  readonly regions: readonly string[];
  readonly clients: AwsClients;
  /** Sends one operation (read or write) in a region and returns its output. */
  send(
    service: string,
    operation: string,
    input: Record<string, unknown>,
    region: string,
  ): Promise<Record<string, unknown>>;
  /**
   * All resources of another type in a region, fetched once per run (related-resource filters
   * such as ec2 `security-group` or ebs `instance`).
   */
  related(type: string, region: string, ids?: readonly string[]): Promise<Resource[]>;
}

export interface AwsProviderOptions extends Omit<CreateClientsOptions, 'regions'> {
  /** `all` expands to every enabled region (EC2 DescribeRegions). */
  regions: readonly string[];
  registry: Registry;
}

/** The AWS provider behind an evaluation context; filters that call AWS use it. */
export function awsProvider(ctx: EvalContext): AwsProvider {
  const p = ctx.provider as AwsProvider | undefined;
  if (p?.name !== 'aws') throw new Error('this filter needs the AWS provider');
  return p;
}
