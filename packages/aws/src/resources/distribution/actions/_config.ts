/**
 * The read-modify-write of a distribution's configuration that Cloud Custodian's distribution
 * actions share: GetDistributionConfig (the config and its ETag), then UpdateDistribution with
 * the changed config and `IfMatch` set to that ETag.
 */
import type { ActionContext, PlannedCall } from '@c7n-ts/core';
import { isServiceError } from '../../../query/errors.js';

export type DistributionConfig = Record<string, unknown>;

export interface ReadConfig {
  config: DistributionConfig;
  etag: string;
}

/**
 * The current config, or undefined (logged) when AWS refuses: as in c7n, one distribution's
 * failure leaves the others alone. A missing flight file or a bug still fails the run.
 */
export async function readConfig(
  ctx: ActionContext,
  id: string,
  action: string,
): Promise<ReadConfig | undefined> {
  if (!ctx.read) throw new Error(`${action} needs to read the distribution's configuration`);
  try {
    const out = (await ctx.read('cloudfront', 'GetDistributionConfig', { Id: id })) as {
      DistributionConfig?: DistributionConfig;
      ETag?: string;
    };
    return { config: structuredClone(out.DistributionConfig ?? {}), etag: out.ETag ?? '' };
  } catch (e) {
    if (!isServiceError(e)) throw e;
    ctx.log?.(
      'warn',
      `distribution: cannot read the configuration of ${id} (${(e as Error).name}); not changed`,
    );
    return undefined;
  }
}

export function updateCall(id: string, read: ReadConfig, describe: string): PlannedCall {
  return {
    service: 'cloudfront',
    operation: 'UpdateDistribution',
    input: { Id: id, IfMatch: read.etag, DistributionConfig: read.config },
    resourceIds: [id],
    describe,
  };
}
