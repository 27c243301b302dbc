import type { Resource } from '@c7n-ts/core';
import type { ConfigHooks } from '../types.js';

/**
 * Cloud Custodian's container config source (ECS services, EKS clusters): AWS Config documents
 * these types TitleCased, describe camelCased, so every key's first letter is lowered at any depth
 * but `Tags`, and empty lists and maps are dropped (describe leaves them out).
 */
export function lowerKeys(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(lowerKeys);
  if (data === null || typeof data !== 'object' || data instanceof Date) return data;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (k === 'Tags') {
      out[k] = v;
      continue;
    }
    const empty = v !== null && typeof v === 'object' && !(v instanceof Date) && Object.keys(v).length === 0;
    if (empty) continue;
    out[k ? k[0]!.toLowerCase() + k.slice(1) : k] = lowerKeys(v);
  }
  return out;
}

/** The `source: config` hooks: lowered keys, then `mapped` keys renamed where the target is absent. */
export function containerConfig(mapped: Readonly<Record<string, string>>): ConfigHooks {
  return {
    load(resource) {
      const out = lowerKeys(resource) as Resource;
      for (const [from, to] of Object.entries(mapped)) {
        if (to in out || !(from in out)) continue;
        out[to] = out[from];
        delete out[from];
      }
      return out;
    },
  };
}
