/**
 * Which top-level resource fields a policy reads, from the keys its filters use. Fetching uses
 * this to skip per-resource calls nobody reads (S3's sub-documents).
 */

/** Every field: a key the fetch layer cannot narrow (Cloud Custodian's DeniedMethods check). */
export const ALL_FIELDS = '*';

/**
 * Top-level field of a value-filter key: `Versioning.Status` -> `Versioning`,
 * `Tags[0].Key` -> `Tags`, `tag:Owner` -> `Tags`, `"c7n:Name".x` -> `c7n:Name`.
 */
export function topLevelField(key: string): string {
  if (key.startsWith('tag:')) return 'Tags';
  if (key.startsWith('"')) {
    const end = key.indexOf('"', 1);
    return end > 0 ? key.slice(1, end) : key.slice(1);
  }
  const cut = key.search(/[.[|]/);
  const head = (cut === -1 ? key : key.slice(0, cut)).trim();
  if (head.startsWith('c7n:DeniedMethods')) return ALL_FIELDS;
  return head;
}

/** `needs` for `fetchResources` from the keys a policy reads. */
export function fieldsRead(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) out.add(topLevelField(k));
  return out;
}
