/**
 * A resource's ARN from its declared `source.arn`: the field that carries it, or built as
 * `arn:<partition>:<service>:<region>:<account>:<type><sep><id>` (S3: `arn:aws:s3:::<bucket>`).
 * Kept local to the tag family until a shared ARN helper exists.
 */
import type { Resource, ResourceTypeDecl } from '@c7n-ts/core';
import type { TaggingSource } from './apis.js';

export interface ArnContext {
  region?: string;
  accountId?: string;
}

/** Partition of a region: `aws-cn` for China, `aws-us-gov` for GovCloud, else `aws`. */
export function partitionOf(region: string | undefined): string {
  if (region?.startsWith('cn-')) return 'aws-cn';
  if (region?.startsWith('us-gov-')) return 'aws-us-gov';
  if (region?.startsWith('us-isob-')) return 'aws-iso-b';
  if (region?.startsWith('us-iso-')) return 'aws-iso';
  return 'aws';
}

/** The ARN, or undefined when the declared field is missing from the resource. */
export function resourceArn(rt: ResourceTypeDecl, resource: Resource, ctx: ArnContext): string | undefined {
  const spec = (rt.source as Partial<TaggingSource> | undefined)?.arn;
  if (!spec) throw new Error(`resource type ${rt.type} declares no source.arn`);
  if ('field' in spec) {
    const arn = resource[spec.field];
    return typeof arn === 'string' && arn ? arn : undefined;
  }
  const id = resource[spec.idField];
  if (typeof id !== 'string' || !id) return undefined;
  const region = spec.global ? '' : (ctx.region ?? '');
  const account = spec.global ? '' : (ctx.accountId ?? '');
  const typed = spec.resourceType ? `${spec.resourceType}${spec.separator}${id}` : id;
  return `arn:${partitionOf(ctx.region)}:${spec.service}:${region}:${account}:${typed}`;
}
