/**
 * A policy's `query:` block -> list-operation input, read as Cloud Custodian reads it for the type
 * (the type's `query` spec; see core's `readQuery`, which also checked the policy at validation).
 * Declared defaults apply only where the query does not set the member, as in Cloud Custodian
 * (`Owners: ['self']` unless the query names owners, IAM policies' `Scope: Local`).
 */
import { readQuery } from '@c7n-ts/core';
import type { AwsResourceType } from '../resources/types.js';

export type PolicyQuery = readonly Readonly<Record<string, unknown>>[];

export function listInput(rt: AwsResourceType, query: PolicyQuery = []): Record<string, unknown> {
  // Options (S3's `augment-keys`) select behaviour; they are no list input.
  const input = rt.query?.kind === 'options' ? {} : readQuery(rt.query, query, rt.type).input;
  for (const [key, value] of Object.entries(rt.source.list.input ?? {})) {
    if (input[key] === undefined || input[key] === null) input[key] = structuredClone(value);
  }
  return input;
}

/** S3's `augment-keys` query option, last one wins (Cloud Custodian's reading). */
export function augmentKeysOf(query: PolicyQuery = []): 'all' | 'none' | 'detect' | string[] | undefined {
  let found: unknown;
  for (const entry of query) if (entry['augment-keys'] !== undefined) found = entry['augment-keys'];
  if (found === undefined) return undefined;
  if (Array.isArray(found)) return found.map(String);
  return found as 'all' | 'none' | 'detect';
}
