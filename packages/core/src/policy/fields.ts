/**
 * Warns when a value filter's `key` names a field the resource does not have. A typo there
 * (`Keystate` for `KeyState`) silently matches nothing (Cloud Custodian #6215). The first
 * segment is checked against the resource's fields, each further one against the members
 * of the structure it reads (`State.Nmae`), as far as the resource type knows them.
 */
import type { ResourceTypeDecl } from '../define/types.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { PathProblem } from './explain.js';
import type { ElementItem } from './items.js';
import type { Path } from './yaml-doc.js';

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The first field a key reads, or undefined when the key is not a plain field path: `tag:`
 * keys, JSONPath (`$...`), and JMESPath expressions (functions, quoted names, pipes).
 */
export function firstSegment(key: string): string | undefined {
  if (key.startsWith('tag:') || key.startsWith('$')) return undefined;
  const seg = /^[^.[]*/.exec(key)?.[0] ?? '';
  return IDENT.test(seg) ? seg : undefined;
}

/**
 * The plain field names a key walks through, stopping before the first segment that is
 * anything else (an index, a projection, a function): `State.Name` -> [State, Name],
 * `BlockDeviceMappings[0].Ebs` -> [BlockDeviceMappings].
 */
export function fieldPath(key: string): string[] {
  const first = firstSegment(key);
  if (first === undefined) return [];
  const out: string[] = [];
  for (const part of key.split('.')) {
    const name = /^[^[]*/.exec(part)?.[0] ?? '';
    if (!IDENT.test(name)) break;
    out.push(name);
    if (name !== part) break;
  }
  return out;
}

function keyLocation(opts: Record<string, unknown>, path: Path, form: ElementItem['form']) {
  return form === 'value-shorthand'
    ? { path: [...path, String(opts.key)], at: 'key' as const }
    : { path: [...path, 'key'], at: 'value' as const };
}

export function checkValueKey(
  opts: Record<string, unknown>,
  path: Path,
  form: ElementItem['form'],
  rt: ResourceTypeDecl,
  report: (p: PathProblem) => void,
): void {
  if (rt.fields.length === 0 || typeof opts.key !== 'string') return;
  const segs = fieldPath(opts.key);
  const [first] = segs;
  if (first === undefined) return;
  let known: readonly string[] = rt.fields;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as string;
    if (known.includes(seg)) {
      const next = rt.nestedFields?.[segs.slice(0, i + 1).join('.')];
      if (!next) return;
      known = next;
      continue;
    }
    // Compare whole dotted paths, so the suggestion is what the user should write.
    const parent = segs.slice(0, i).join('.');
    const full = parent ? `${parent}.${seg}` : seg;
    const s = didYouMean(
      full,
      known.map((m) => (parent ? `${parent}.${m}` : m)),
    );
    report({
      messageId: 'unknown-field',
      severity: 'warning',
      message: `${rt.type} has no field "${full}"${s ? `; did you mean "${s}"?` : ''}`,
      ...(s ? {} : { hint: 'a resource without it reads as absent to the filter' }),
      ...keyLocation(opts, path, form),
    });
    return;
  }
}

/**
 * What a condition's value filter reads: Cloud Custodian evaluates conditions against one
 * record of these (plus c7n-org's extra variables, which c7n-ts does not have).
 */
export const CONDITION_FIELDS: readonly string[] = [
  'account_id',
  'name',
  'now',
  'policy',
  'provider',
  'region',
  'resource',
];

export function checkConditionKey(
  opts: Record<string, unknown>,
  path: Path,
  form: ElementItem['form'],
  report: (p: PathProblem) => void,
): void {
  if (typeof opts.key !== 'string') return;
  const seg = firstSegment(opts.key);
  if (seg === undefined || CONDITION_FIELDS.includes(seg)) return;
  const s = didYouMean(seg, CONDITION_FIELDS);
  report({
    messageId: 'unknown-field',
    severity: 'warning',
    message: `conditions have no field "${seg}"${s ? `; did you mean "${s}"?` : ''}`,
    ...(s ? {} : { hint: `conditions read ${CONDITION_FIELDS.join(', ')}` }),
    ...keyLocation(opts, path, form),
  });
}
