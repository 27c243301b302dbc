/**
 * IAM users, roles and groups share most of Cloud Custodian's elements, each calling the
 * operation named after its kind (ListUserPolicies, ListRolePolicies, ListGroupPolicies...) with
 * the resource's name. One principal spec per type; the builders beside it take one.
 */
import type { EvalContext, Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../filters/fetch-related.js';
import { partitionOf } from '../tagging/arn.js';

export interface IamPrincipal {
  /** The c7n-ts type, `aws.iam-user`. */
  type: string;
  /** The word in IAM's operation names: `User` for ListUserPolicies. */
  kind: 'User' | 'Role' | 'Group';
  /** Request member and resource field naming one: `UserName`. */
  nameField: 'UserName' | 'RoleName' | 'GroupName';
}

export const IAM_USER: IamPrincipal = { type: 'aws.iam-user', kind: 'User', nameField: 'UserName' };
export const IAM_ROLE: IamPrincipal = { type: 'aws.iam-role', kind: 'Role', nameField: 'RoleName' };
export const IAM_GROUP: IamPrincipal = { type: 'aws.iam-group', kind: 'Group', nameField: 'GroupName' };

/** IAM's code for an entity that does not exist (the SDK may name it with the suffix). */
export const NO_SUCH_ENTITY: readonly string[] = ['NoSuchEntity', 'NoSuchEntityException'];

export function nameOf(p: IamPrincipal, r: Resource): string | undefined {
  const v = r[p.nameField];
  return typeof v === 'string' && v ? v : undefined;
}

/**
 * A managed policy named without `arn:` is the account's own, as c7n reads it:
 * `arn:<partition>:iam::<account>:policy/<name>`.
 */
export function policyArn(policy: string, ctx: { region?: string; accountId?: string }): string {
  if (policy.startsWith('arn')) return policy;
  return `arn:${partitionOf(ctx.region ?? 'us-east-1')}:iam::${ctx.accountId ?? ''}:policy/${policy}`;
}

/** One IAM call from a filter (IAM is global: the policy's region is as good as any). */
export async function iamSend(
  ctx: EvalContext,
  operation: string,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const p = providerOf(ctx);
  return p.send('iam', operation, input, regionOf(ctx, p));
}
