import { describe, expect, it } from 'vitest';
import { globRegex, groupCount, pyRegex, UnsupportedRegexError } from './regex.js';

describe('pyRegex', () => {
  it('finishes a pattern that backtracking engines take minutes on', () => {
    // (a+)+$ against 40 a's and a non-match backtracks 2^40 times in a backtracking engine.
    const hostile = `${'a'.repeat(40)}!`;
    expect(pyRegex('(a+)+$', { anchorStart: true }).test(hostile)).toBe(false);
    expect(pyRegex('(a|aa)+$').test(`${'a'.repeat(5000)}b`)).toBe(false);
    expect(pyRegex('(a+)+$').test('a'.repeat(41))).toBe(true);
  });

  it.each([
    ['(?=x)x', 'a lookahead'],
    ['a(?!b)', 'a negative lookahead'],
    ['(?<=a)b', 'a lookbehind'],
    ['(?<!a)b', 'a negative lookbehind'],
    ['(a)\\1', 'a backreference'],
    ['(?P<n>a)(?P=n)', 'a named backreference'],
    ['(a)?(?(1)b|c)', 'a conditional group'],
    ['(?>a+)b', 'an atomic group'],
    ['a++', 'a possessive quantifier'],
    ['(?x) a b', 'verbose mode'],
  ])('refuses %s, naming %s', (pattern, what) => {
    expect(() => pyRegex(pattern)).toThrow(UnsupportedRegexError);
    expect(() => pyRegex(pattern)).toThrow(`uses ${what}`);
    expect(() => pyRegex(pattern)).toThrow(/linear-time regex engine does not support/);
  });

  it.each([
    // pattern, input, Python's re.match(pattern, input, re.I) (checked with CPython)
    ['^((?!c7n).)*$', 'my-c7n-role', false],
    ['^((?!c7n).)*$', 'admin-role', true],
    ['^((?!c7n).)*$', 'a\nb', false],
    ['^((?!c7n).)*$', 'abc\n', true],
    ['^((?!c7n).)*$', 'abc7\n', true],
    ['^((?!C7N).)*$', 'my-c7n-role', false],
    ['^(?:(?!prod).)*\\Z', 'dev', true],
    ['^(?!prod-)web-.*', 'web-1', true],
    ['^(?!prod-)web-.*', 'prod-web', false],
    ['(?=.*east)(?!.*test)', 'us-east-1', true],
    ['(?=.*east)(?!.*test)', 'us-east-test', false],
    ['(?=.*east)(?!.*test)', 'us-west-2', false],
    ['^(?!arn:aws:iam::123456789012:)', 'arn:aws:iam::999:role/x', true],
    ['^(?!arn:aws:iam::123456789012:)', 'arn:aws:iam::123456789012:role/x', false],
  ])('runs the lookahead idiom %s on %j without backtracking', (pattern, input, expected) => {
    expect(pyRegex(pattern, { anchorStart: true, ignoreCase: true }).test(input)).toBe(expected);
  });

  it('the tempered token keeps its group, as Python (last character consumed)', () => {
    expect(pyRegex('^((?!c7n).)*$', { anchorStart: true }).exec('abc')).toEqual(['abc', 'c']);
    expect(pyRegex('^((?!c7n).)*$', { anchorStart: true }).exec('c7n')).toBeNull();
    // A hostile avoided pattern stays linear.
    expect(pyRegex('^((?!(a+)+b).)*$', { anchorStart: true }).test(`${'a'.repeat(5000)}!`)).toBe(true);
  });

  it('lookaheads anywhere else are still refused', () => {
    expect(() => pyRegex('web-(?!prod)')).toThrow(UnsupportedRegexError);
    expect(() => pyRegex('(?!prod)web')).toThrow(UnsupportedRegexError); // a search: every position
    expect(() => pyRegex('^((?!c7n).)*x$', { anchorStart: true })).toThrow(UnsupportedRegexError);
  });

  it.each([
    // pattern, input, re.match result
    ['a$', 'a\n', true],
    ['a\\Z', 'a\n', false],
    ['\\Aab', 'ab', true],
    ['(?P<year>\\d{4})-', '2024-', true],
    ['[]a]+', ']a]', true],
    ['[^]]', ']', false],
    ['\\u00e9t\\u00e9', 'été', true],
    ['a(?#comment)b', 'ab', true],
    ['(?i)PROD', 'prod', true],
    ['(?s)a.b', 'a\nb', true],
    ['a.b', 'a\nb', false],
    ['x\\ y', 'x y', true],
    ['a{', 'a{', true],
    ['[[:x]', ':', true],
    ['foo', 'xfoo', false],
  ])('%j on %j -> %s', (pattern, input, expected) => {
    expect(pyRegex(pattern, { anchorStart: true }).test(input)).toBe(expected);
  });

  it('keeps the anchor under (?m)', () => {
    expect(pyRegex('(?m)b', { anchorStart: true }).test('a\nb')).toBe(false);
  });

  it('reports syntax errors as SyntaxError', () => {
    expect(() => pyRegex('(')).toThrow(SyntaxError);
    expect(() => pyRegex('\\u12')).toThrow(SyntaxError);
  });

  it("quotes the user's pattern in a syntax error, not the anchored form it compiles", () => {
    expect(() => pyRegex('t2.(micro', { anchorStart: true })).toThrow('missing closing ): `t2.(micro`');
  });

  it('counts groups and captures the first', () => {
    const re = pyRegex('web-(\\d+)(?:x)?', { anchorStart: true });
    expect(groupCount(re)).toBe(1);
    expect(re.exec('web-12x')?.[1]).toBe('12');
  });
});

describe('globRegex', () => {
  it.each([
    ['web-*', 'web-1', true],
    ['a*', 'a/b\nc', true],
    ['a?c', 'a\nc', true],
    ['[!a]', 'b', true],
    ['[a-c]x', 'bx', true],
    ['[^a]', '^', true],
    ['[', '[', true],
    ['a.b', 'axb', false],
    ['(x)+', '(x)+', true],
    ['*a*a*a*a*a*a*a*b', 'a'.repeat(5000), false],
  ])('%j on %j -> %s', (pattern, input, expected) => {
    expect(globRegex(pattern).test(input)).toBe(expected);
  });
});
