/**
 * The item paths resource declarations use (`Volumes`, `Reservations[].Instances[]`): dotted
 * member names, each optionally flattened with `[]`. A full JMESPath engine is not needed for
 * list outputs, and this keeps the fetch layer free of one.
 */
export function itemsAt(output: unknown, path: string): Record<string, unknown>[] {
  let current: unknown[] = [output];
  for (const raw of path.split('.')) {
    const flatten = raw.endsWith('[]');
    const key = flatten ? raw.slice(0, -2) : raw;
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object') continue;
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined || member === null) continue;
      if (flatten && Array.isArray(member)) next.push(...member);
      else next.push(member);
    }
    current = next;
  }
  // A path without a trailing `[]` names the list itself.
  const items = current.length === 1 && Array.isArray(current[0]) ? current[0] : current;
  return items.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object');
}
