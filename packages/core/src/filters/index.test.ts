import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileCtx } from '../testing/filter-fixtures.js';
import { normalizeFilterItem } from './compile.js';
import { coreFilters } from './index.js';

/** Every object schema is closed and every property describes itself. */
function strictnessProblems(schema: unknown, path = '$'): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const s = schema as Record<string, unknown>;
  const out: string[] = [];
  if (s.properties) {
    if (s.additionalProperties !== false) out.push(`${path}: additionalProperties is not false`);
    for (const [k, v] of Object.entries(s.properties as Record<string, Record<string, unknown>>)) {
      if (typeof v.description !== 'string' || !v.description) out.push(`${path}.${k}: no description`);
      out.push(...strictnessProblems(v, `${path}.${k}`));
    }
  }
  for (const k of ['oneOf', 'anyOf'] as const)
    for (const [i, sub] of ((s[k] as unknown[]) ?? []).entries())
      out.push(...strictnessProblems(sub, `${path}.${k}[${i}]`));
  return out;
}

describe('core filters', () => {
  it('are sorted, unique and named', () => {
    const names = coreFilters.map((f) => f.type);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['event', 'list-item', 'marked-for-op', 'reduce', 'tag-count', 'value']);
  });

  it.each(coreFilters.map((f) => [f.type, f] as const))(
    '%s: strict schema, permissions, valid doc example',
    (_t, f) => {
      expect(strictnessProblems(f.options)).toEqual([]);
      expect(f.permissions).toEqual([]);
      const ajv = new Ajv({ strict: true, allowUnionTypes: true, useDefaults: true });
      const validate = ajv.compile(f.options as object);
      const items = parse(f.doc.example) as unknown[];
      expect(Array.isArray(items)).toBe(true);
      for (const item of items) {
        const n = normalizeFilterItem(item);
        expect(n).toMatchObject({ kind: 'filter', type: f.type });
        if (n.kind !== 'filter') continue;
        expect(validate(n.options), JSON.stringify(validate.errors)).toBe(true);
        expect(f.check?.(n.options as never, compileCtx) ?? []).toEqual([]);
        expect(() => f.compile(n.options as never, compileCtx)).not.toThrow();
      }
    },
  );
});
