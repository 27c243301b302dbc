/** ARNs of resources, from the type's `arn` spec. */
import type { AwsSource } from '../resources/types.js';

export interface ArnContext {
  region: string;
  accountId: string;
  /** `aws`, `aws-cn`, `aws-us-gov`; derived from the region when absent. */
  partition?: string;
}

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** True when building ARNs for this type needs the account id. */
export function arnNeedsAccount(source: AwsSource): boolean {
  return !('field' in source.arn) && !source.arn.global && !source.arn.noAccount;
}

export function arnOf(
  source: AwsSource,
  resource: Record<string, unknown>,
  ctx: ArnContext,
): string | undefined {
  const spec = source.arn;
  if ('field' in spec) {
    const v = resource[spec.field];
    return typeof v === 'string' ? v : undefined;
  }
  const id = resource[spec.idField];
  if (typeof id !== 'string') return undefined;
  if (id.startsWith('arn:')) return id;
  const partition = ctx.partition ?? partitionOf(ctx.region);
  const region = spec.global ? '' : ctx.region;
  const account = spec.global || spec.noAccount ? '' : ctx.accountId;
  const tail = spec.resourceType ? `${spec.resourceType}${spec.separator}${id}` : id;
  return `arn:${partition}:${spec.service}:${region}:${account}:${tail}`;
}
