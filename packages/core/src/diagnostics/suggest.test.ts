import { describe, expect, it } from 'vitest';
import { didYouMean, osaDistance, suggestion } from './suggest.js';

describe('osaDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['Name', 'Name', 0],
    ['Nmae', 'Name', 1], // adjacent swap: one edit, not two
    ['ab', 'ba', 1],
    ['kitten', 'sitting', 3],
    ['instance-agee', 'instance-age', 1],
    // OSA edits each substring once: "ca" -> "abc" is 3, where unrestricted Damerau says 2.
    ['ca', 'abc', 3],
  ])('%j vs %j is %i', (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d);
    expect(osaDistance(b, a)).toBe(d);
  });
});

describe('didYouMean', () => {
  it('suggests across an adjacent swap, also inside a dotted path', () => {
    expect(didYouMean('State.Nmae', ['State.Code', 'State.Name'])).toBe('State.Name');
    expect(didYouMean('Encypted', ['Encrypted', 'KmsKeyId'])).toBe('Encrypted');
    expect(didYouMean('fitlers', ['filters', 'actions'])).toBe('filters');
  });
  it('prefers a case-only difference, and says nothing for an exact match or a far word', () => {
    expect(didYouMean('Keystate', ['KeyState', 'KeyStat'])).toBe('KeyState');
    expect(didYouMean('Name', ['Name', 'Nmae'])).toBeUndefined();
    expect(didYouMean('xyz', ['instance-age'])).toBeUndefined();
  });
  it('suggestion wraps the sentence tail', () => {
    expect(suggestion('Nmae', ['Name'])).toBe('; did you mean "Name"?');
    expect(suggestion('zzzz', ['Name'])).toBe('');
  });
});
