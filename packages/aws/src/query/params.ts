/**
 * A policy's `query:` block -> list-operation input, per the resource type's query style (see
 * `QueryStyle`). Declared defaults apply only where the query does not set the member, as in
 * Cloud Custodian (`Owners: ['self']` unless the query names owners).
 */
import type { AwsSource } from '../resources/types.js';

export type PolicyQuery = readonly Readonly<Record<string, unknown>>[];

/** Query entries that select behaviour instead of API input (S3's `augment-keys`). */
const RESERVED = new Set(['augment-keys']);

export function listInput(source: AwsSource, query: PolicyQuery = []): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const filters: { Name: string; Values: unknown[] }[] = [];
  const addFilter = (name: string, values: unknown) => {
    const list = Array.isArray(values) ? values : [values];
    const prior = filters.find((f) => f.Name === name);
    if (prior) prior.Values.push(...list);
    else filters.push({ Name: name, Values: [...list] });
  };

  for (const entry of query) {
    for (const [key, value] of Object.entries(entry)) {
      if (RESERVED.has(key)) continue;
      switch (source.query ?? 'params') {
        case 'ec2-filters':
          addFilter(key, value);
          break;
        case 'params-or-filters':
          if (key === 'Name' && 'Values' in entry) addFilter(String(value), entry.Values);
          else if (key === 'Values' && 'Name' in entry) break;
          else if (key === 'Filters' && Array.isArray(value)) {
            for (const f of value as { Name: string; Values: unknown }[]) addFilter(f.Name, f.Values);
          } else input[key] = value;
          break;
        case 'params-or-name-value':
          if (key === 'Name' && 'Value' in entry) input[String(value)] = entry.Value;
          else if (key === 'Value' && 'Name' in entry) break;
          else input[key] = value;
          break;
        case 'params':
          input[key] = value;
          break;
      }
    }
  }
  if (filters.length) input.Filters = filters;
  for (const [key, value] of Object.entries(source.list.input ?? {})) {
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
