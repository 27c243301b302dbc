/**
 * Validation of filter lists nested inside a filter's options (list-item `attrs`), which the
 * policy loader does not reach: shape, schema and each element's own `check`.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import type { CompileContext, FilterDecl, Problem } from '../define/types.js';
import { normalizeFilterItem } from './compile.js';

let ajv: Ajv | undefined;
const validators = new WeakMap<object, ValidateFunction>();

function validatorFor(decl: FilterDecl<any, any>): ValidateFunction {
  let v = validators.get(decl);
  if (!v) {
    ajv ??= new Ajv({ allErrors: false, allowUnionTypes: true, strict: false });
    v = ajv.compile(decl.options as object);
    validators.set(decl, v);
  }
  return v;
}

/** Problems in a nested filter list; paths are relative to the enclosing filter mapping. */
export function checkFilterItems(
  items: unknown,
  ctx: CompileContext,
  base: readonly (string | number)[],
): Problem[] {
  if (!Array.isArray(items))
    return [{ messageId: 'invalid-filter', message: 'Expected a list of filters.', path: [...base] }];
  const out: Problem[] = [];
  items.forEach((item, i) => {
    const path = [...base, i];
    const n = normalizeFilterItem(item);
    if (n.kind === 'invalid') {
      out.push({ messageId: n.messageId, message: n.message, path });
      return;
    }
    if (n.kind === 'block') {
      out.push(...checkFilterItems(n.items, ctx, [...path, n.op]));
      return;
    }
    const decl = ctx.registry.filter(ctx.resourceType.type, n.type);
    if (!decl) {
      out.push({
        messageId: 'unknown-filter',
        message: `Unknown filter "${n.type}" here.`,
        path,
        at: 'value',
      });
      return;
    }
    const validate = validatorFor(decl);
    if (!validate(n.options)) {
      const e = validate.errors?.[0];
      const sub = (e?.instancePath ?? '').split('/').filter(Boolean);
      const extra = e?.keyword === 'additionalProperties' ? ` "${String(e.params.additionalProperty)}"` : '';
      out.push({
        messageId: 'invalid-options',
        message: `${n.type}: ${e?.message ?? 'invalid options'}${extra}`,
        path: n.shorthand ? path : [...path, ...sub],
      });
      return;
    }
    for (const pr of decl.check?.(n.options as never, ctx) ?? [])
      out.push({ ...pr, path: n.shorthand ? path : [...path, ...(pr.path ?? [])] });
  });
  return out;
}
