import { describe, expect, it } from 'vitest';
import { canonicalOp, compare, OP_NAMES } from './ops.js';
import { EMPTY_TUPLE, PySet } from './py.js';

const d1 = new Date('2024-01-01T00:00:00Z');
const d2 = new Date('2024-02-01T00:00:00Z');

// [op, resource value, policy value, expected]: Python's `r OP v`, TypeError -> false.
const cases: [string, unknown, unknown, boolean][] = [
  ['eq', 1, 1, true],
  ['eq', 1, 1.0, true],
  ['eq', true, 1, true],
  ['eq', '5', 5, false],
  ['eq', 'true', true, false],
  ['eq', null, null, true],
  ['eq', undefined, null, true],
  ['eq', [1, 'a'], [1, 'a'], true],
  ['eq', { a: [1] }, { a: [1] }, true],
  ['eq', d1, new Date(d1.getTime()), true],
  ['eq', d1, '2024-01-01T00:00:00Z', false],
  ['equal', 'x', 'x', true],
  ['ne', '5', 5, true],
  ['ne', null, 1, true],
  ['not-equal', 2, 2, false],
  ['gt', 5, 3, true],
  ['gt', 3, 5, false],
  ['gt', 'b', 'a', true],
  ['gt', '5', 3, false],
  ['gt', null, 1, false],
  ['gt', [1, 3], [1, 2], true],
  ['gt', [1, 2, 0], [1, 2], true],
  ['gt', d2, d1, true],
  ['gt', d2, 0, false],
  ['gt', { a: 1 }, { a: 0 }, false],
  ['greater-than', 2.5, 2, true],
  ['gt', true, 0, true],
  ['gt', Number.NaN, 1, false],
  ['ge', 3, 3, true],
  ['gte', 'a', 'b', false],
  ['lt', 1, 2, true],
  ['lt', 'B', 'a', true],
  ['less-than', null, null, false],
  ['le', 2, 2, true],
  ['lte', 3, 2, false],
  ['in', 'a', ['a', 'b'], true],
  ['in', 'c', ['a', 'b'], false],
  ['in', 1, [1.0], true],
  ['in', true, [1], true],
  ['in', 'at', 'cat', true],
  ['in', 1, 'cat', false],
  ['in', 'x', { x: 1 }, true],
  ['in', [1], { x: 1 }, false],
  ['in', 'a', null, false],
  ['in', 'a', 5, false],
  ['in', 'a', new PySet(['a']), true],
  ['in', EMPTY_TUPLE, ['a'], false],
  ['in', [], [[]], true],
  ['ni', 'c', ['a'], true],
  ['ni', 'a', ['a'], false],
  ['not-in', 1, 'cat', false],
  ['not-in', EMPTY_TUPLE, ['a'], true],
  ['contains', ['a', 'b'], 'a', true],
  ['contains', 'cat', 'a', true],
  ['contains', null, 'a', false],
  ['contains', { k: 1 }, 'k', true],
  ['contains', ['a'], 'b', false],
  ['regex', 'Foo-1', 'fo.*', true],
  ['regex', 'xfoo', 'foo', false],
  ['regex', 'foo1', 'foo', true],
  ['regex', 5, '5', false],
  ['regex', null, '.*', false],
  ['regex', 'a\n', 'a$', true],
  ['regex', 'abc', '(?P<x>a)bc', true],
  ['regex', 'a\nb', '(?m)^b$', false],
  ['regex', 'Ab', '(?i)ab\\Z', true],
  ['regex', 'x', 5, false],
  ['regex-case', 'Foo', 'foo', false],
  ['regex-case', 'foo', 'fo+', true],
  ['glob', 'web-1', 'web-*', true],
  ['glob', 'Web-1', 'web-*', false],
  ['glob', 'a/b', 'a*', true],
  ['glob', 'x', '[!a]', true],
  ['glob', 'a', '[!a]', false],
  ['glob', 'a.b', 'a?b', true],
  ['glob', 1, '*', false],
  // fnmatch takes one pattern; c7n's TypeError from a list means "no match".
  ['glob', 'a1', ['a*', 'b*'], false],
  ['difference', ['a', 'b'], ['a'], true],
  ['difference', ['a'], ['a', 'b'], false],
  ['difference', 'ab', ['a', 'b'], false],
  ['difference', null, ['a'], false],
  ['difference', [[1]], [1], false],
  ['difference', ['a'], new PySet(['a']), false],
  ['intersect', ['a', 'b'], ['b'], true],
  ['intersect', ['a'], ['c'], false],
  ['intersect', [1], [true], true],
  ['intersect', ['a'], 5, false],
  ['mod', 5, 2, true],
  ['mod', 4, 2, false],
  ['mod', '5', 2, false],
  ['mod', 5, 0, false],
  ['mod', true, 2, true],
  ['mod', 7.5, 2.5, false],
];

describe('compare', () => {
  it.each(cases)('%s: %j OP %j -> %s', (op, r, v, expected) => {
    expect(compare(op, r, v)).toBe(expected);
  });

  it('covers every operator', () => {
    const seen = new Set(cases.map((c) => c[0]));
    expect(OP_NAMES.filter((o) => !seen.has(o))).toEqual([]);
  });

  it('rejects unknown operators loudly', () => {
    expect(() => compare('equals', 1, 1)).toThrow(/unknown operator/);
  });

  it.each([
    ['greater-than', 'gt'],
    ['gte', 'ge'],
    ['not-in', 'ni'],
    ['eq', 'eq'],
  ])('canonicalOp(%s) = %s', (op, short) => {
    expect(canonicalOp(op)).toBe(short);
  });
});
