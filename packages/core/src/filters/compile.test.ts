import { describe, expect, it } from 'vitest';
import type { Resource } from '../define/types.js';
import { compileCtx, evalCtx, ids } from '../testing/filter-fixtures.js';
import { compileFilters, normalizeFilterItem } from './compile.js';

const things: Resource[] = [
  { Id: 'a', State: { Name: 'running' }, Size: 1, Tags: [{ Key: 'Owner', Value: 'me' }] },
  { Id: 'b', State: { Name: 'stopped' }, Size: 2, Tags: [] },
  { Id: 'c', State: { Name: 'running' }, Size: 3 },
  { Id: 'd', State: { Name: 'pending' }, Size: 4, Tags: [{ Key: 'Env', Value: 'prod' }] },
];

describe('normalizeFilterItem', () => {
  it.each([
    [
      'a plain string',
      'marked-for-op',
      { kind: 'filter', type: 'marked-for-op', options: {}, shorthand: false },
    ],
    [
      'a typed mapping',
      { type: 'value', key: 'K', value: 1 },
      { kind: 'filter', type: 'value', options: { key: 'K', value: 1 }, shorthand: false },
    ],
    [
      'the value shorthand',
      { 'tag:Owner': 'absent' },
      { kind: 'filter', type: 'value', options: { key: 'tag:Owner', value: 'absent' }, shorthand: true },
    ],
    ['an and block', { and: [{ a: 1 }] }, { kind: 'block', op: 'and', items: [{ a: 1 }] }],
    ['an or block', { or: [] }, { kind: 'block', op: 'or', items: [] }],
    ['a not block', { not: ['x'] }, { kind: 'block', op: 'not', items: ['x'] }],
  ])('%s', (_n, item, expected) => {
    expect(normalizeFilterItem(item)).toEqual(expected);
  });

  it.each([
    ['a number', 5, 'invalid-filter'],
    ['a list', [], 'invalid-filter'],
    ['a block that is not a list', { or: { a: 1 } }, 'block-not-list'],
    ['a mapping without type', { key: 'K', value: 1 }, 'missing-type'],
    ['an empty type', { type: '' }, 'missing-type'],
  ])('%s is invalid', (_n, item, messageId) => {
    expect(normalizeFilterItem(item)).toMatchObject({ kind: 'invalid', messageId });
  });
});

describe('compileFilters', () => {
  it.each([
    ['shorthand eq', [{ 'State.Name': 'running' }], ['a', 'c']],
    ['shorthand tag absent', [{ 'tag:Owner': 'absent' }], ['b', 'c', 'd']],
    ['implicit and', [{ 'State.Name': 'running' }, { 'tag:Owner': 'absent' }], ['c']],
    ['or', [{ or: [{ 'State.Name': 'stopped' }, { 'tag:Env': 'prod' }] }], ['b', 'd']],
    [
      'not (of an implicit and)',
      [{ not: [{ 'State.Name': 'running' }, { 'tag:Owner': 'present' }] }],
      ['b', 'c', 'd'],
    ],
    [
      'nested or inside not inside and',
      [{ and: [{ not: [{ or: [{ Size: 1 }, { Size: 2 }] }] }, { 'State.Name': 'running' }] }],
      ['c'],
    ],
    ['empty list keeps all', [], ['a', 'b', 'c', 'd']],
    ['empty or keeps none', [{ or: [] }], []],
    ['empty and keeps all', [{ and: [] }], ['a', 'b', 'c', 'd']],
    ['empty not keeps none', [{ not: [] }], []],
  ])('%s (one predicate)', async (_n, filters, expected) => {
    const compiled = compileFilters(filters, compileCtx);
    expect(compiled.predicate).toBeTypeOf('function');
    expect(await ids(filters, things)).toEqual(expected);
    expect(things.filter((r) => compiled.predicate?.(r, evalCtx())).map((r) => r.Id)).toEqual(expected);
  });

  // A reduce leaf makes the list set-wise; results must equal the per-resource reading.
  const top2 = { type: 'reduce', 'sort-by': { key: 'Size', value_type: 'number' }, order: 'desc', limit: 2 };
  it.each([
    ['and narrows before reduce', [{ 'State.Name': 'running' }, top2], ['c', 'a']],
    ['reduce then filter', [top2, { 'State.Name': 'running' }], ['c']],
    [
      'or unions branches over the whole input, in input order',
      [{ or: [top2, { Size: 1 }] }],
      ['a', 'c', 'd'],
    ],
    ['not subtracts', [{ not: [top2] }], ['a', 'b']],
    ['not of and', [{ not: [{ 'State.Name': 'running' }, top2] }], ['b', 'd']],
    ['deep nesting', [{ or: [{ and: [{ not: [top2] }, { Size: 2 }] }, { Size: 4 }] }], ['b', 'd']],
  ])('%s (set-wise)', async (_n, filters, expected) => {
    const compiled = compileFilters(filters, compileCtx);
    expect(compiled.predicate).toBeUndefined();
    expect(await ids(filters, things)).toEqual(expected);
  });

  it('resolves plain-string and typed items through the registry', async () => {
    expect(await ids([{ type: 'tag-count', count: 1, op: 'eq' }], things)).toEqual(['a', 'd']);
  });

  it('throws for items the loader should have rejected', () => {
    expect(() => compileFilters([{ type: 'nope' }], compileCtx)).toThrow(/unknown filter "nope"/);
    expect(() => compileFilters([{ or: [{ and: 5 }] }], compileCtx)).toThrow(
      /filters\.0\.or\.0: "and" takes a list/,
    );
  });
});
