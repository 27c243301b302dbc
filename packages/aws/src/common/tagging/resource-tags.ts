import type { Resource } from '@c7n-ts/core';

/**
 * A resource's tags as a map. Fetch normalizes them to `Tags: [{Key, Value}]` (c7n's shape);
 * a `{key: value}` object is accepted too.
 */
export function tagsOf(resource: Resource): Map<string, string> {
  const tags = new Map<string, string>();
  const raw = resource.Tags;
  if (Array.isArray(raw)) {
    for (const t of raw) {
      const { Key, Value } = (t ?? {}) as { Key?: unknown; Value?: unknown };
      if (typeof Key === 'string') tags.set(Key, typeof Value === 'string' ? Value : '');
    }
  } else if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) tags.set(k, typeof v === 'string' ? v : String(v));
  }
  return tags;
}
