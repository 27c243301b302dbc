/**
 * Warns when a value filter's `key` starts with a name the resource does not have. A typo
 * there (`Keystate` for `KeyState`) silently matches nothing (Cloud Custodian #6215).
 */
import type { ResourceTypeDecl } from '../define/types.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { PathProblem } from './explain.js';
import type { ItemShape } from './normalize.js';
import type { Path } from './yaml-doc.js';

/**
 * The first field a key reads, or undefined when the key is not a plain field path: `tag:`
 * keys, JSONPath (`$...`), and JMESPath expressions (functions, quoted names, pipes).
 */
export function firstSegment(key: string): string | undefined {
  if (key.startsWith('tag:') || key.startsWith('$')) return undefined;
  const seg = /^[^.[]*/.exec(key)?.[0] ?? '';
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg) ? seg : undefined;
}

export function checkValueKey(
  opts: Record<string, unknown>,
  path: Path,
  shape: Extract<ItemShape, { kind: 'element' }>,
  rt: ResourceTypeDecl,
  report: (p: PathProblem) => void,
): void {
  if (rt.fields.length === 0 || typeof opts.key !== 'string') return;
  const seg = firstSegment(opts.key);
  if (seg === undefined || rt.fields.includes(seg)) return;
  const s = didYouMean(seg, rt.fields);
  const where =
    shape.form === 'value-shorthand'
      ? { path: [...path, opts.key], at: 'key' as const }
      : { path: [...path, 'key'], at: 'value' as const };
  report({
    messageId: 'unknown-field',
    severity: 'warning',
    message: `${rt.type} has no field "${seg}"${s ? `; did you mean "${s}"?` : ''}`,
    ...(s ? {} : { hint: 'the filter will match nothing unless the field exists' }),
    ...where,
  });
}
