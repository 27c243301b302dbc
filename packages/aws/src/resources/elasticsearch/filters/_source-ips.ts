/** The IP conditions of a domain's access policy, shared by `source-ip` and `remove-matched-source-ips`. */
import type { Resource } from '@c7n-ts/core';

/** Where `source-ip` keeps the matched `{SourceIp}` entries (Cloud Custodian's key). */
export const MATCHED_IPS = 'c7n:MatchedSourceIps';

/** An Allow statement's `IpAddress` `aws:SourceIp` values, as c7n's source_ips_from_stmt. */
export function sourceIpsOf(statement: unknown): string[] {
  if (!statement || typeof statement !== 'object') return [];
  const s = statement as { Effect?: unknown; Condition?: { IpAddress?: Record<string, unknown> } };
  if (s.Effect !== 'Allow') return [];
  const ips = s.Condition?.IpAddress?.['aws:SourceIp'];
  if (ips === undefined || ips === null || ips === '') return [];
  return (Array.isArray(ips) ? ips : [ips]).map(String);
}

/** The parsed `AccessPolicies` of a domain; undefined when it has none. */
export function accessPolicyOf(domain: Resource): { Statement?: unknown } | undefined {
  const text = domain.AccessPolicies;
  if (typeof text !== 'string' || !text) return undefined;
  return JSON.parse(text) as { Statement?: unknown };
}

/** The statements of a policy, a single one included. */
export function statementsOf(policy: { Statement?: unknown } | undefined): unknown[] {
  const raw = policy?.Statement;
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}
