/**
 * Shield Advanced protections of a resource type, shared by `shield-enabled` and `set-shield`
 * (Cloud Custodian's `ProtectedResource`). Shield is global; as c7n, it is called in us-east-1.
 */
import type { Resource, ResourceTypeDecl, Trait } from '@c7n-ts/core';
import { arnOf } from '../../query/arn.js';
import { errorCode, isServiceError } from '../../query/errors.js';
import type { AwsSource } from '../../resources/types.js';

export const SHIELD_REGION = 'us-east-1';

export interface Protection {
  Id?: string;
  Name?: string;
  ResourceArn?: string;
  ProtectionArn?: string;
}

export const shieldSpecOf = (rt: ResourceTypeDecl): AwsSource['shield'] =>
  (rt.source as AwsSource | undefined)?.shield;

/** Types whose declaration names a Shield ARN type (`source.shield`). */
export const shieldTrait: Trait = { trait: 'shield', has: (rt) => shieldSpecOf(rt) !== undefined };

/** The ARN Shield knows the resource by: the type's ARN, with Shield's resource-type segment. */
export function shieldArn(
  rt: ResourceTypeDecl,
  resource: Resource,
  ctx: { region: string; accountId: string },
): string | undefined {
  const source = rt.source as AwsSource;
  const arnType = shieldSpecOf(rt)?.arnType;
  const arn = 'field' in source.arn || !arnType ? source.arn : { ...source.arn, resourceType: arnType };
  return arnOf({ ...source, arn }, resource, ctx);
}

/**
 * Every protection whose resource ARN contains the type's ARN type (c7n's substring test),
 * paging ListProtections. Shield not being subscribed (ResourceNotFoundException) means none.
 */
export async function typeProtections(
  list: (input: Record<string, unknown>) => Promise<unknown>,
  rt: ResourceTypeDecl,
): Promise<Protection[]> {
  const arnType = shieldSpecOf(rt)?.arnType ?? '';
  const all: Protection[] = [];
  let token: string | undefined;
  try {
    do {
      const page = (await list(token ? { NextToken: token } : {})) as {
        Protections?: Protection[];
        NextToken?: string;
      };
      all.push(...(page.Protections ?? []));
      token = page.NextToken || undefined;
    } while (token);
  } catch (e) {
    if (isServiceError(e) && errorCode(e) === 'ResourceNotFoundException') return [];
    throw e;
  }
  return all.filter((p) => (p.ResourceArn ?? '').includes(arnType));
}

/** The resource field the ARN is built from, for `reads`. */
export function arnField(rt: ResourceTypeDecl): string {
  const spec = (rt.source as AwsSource).arn;
  return 'field' in spec ? spec.field : spec.idField;
}
