import { describe, expect, it } from 'vitest';
import { validatorName } from './validator-name.js';

describe('validatorName', () => {
  it("is the schema text's 32-bit FNV-1a in eight hex digits", () => {
    // The published FNV-1a test vectors.
    expect(validatorName('')).toBe('811c9dc5');
    expect(validatorName('a')).toBe('e40c292c');
    expect(validatorName('foobar')).toBe('bf9cf968');
  });

  it('tells apart schemas that differ in one character', () => {
    expect(validatorName('{"type":"object"}')).not.toBe(validatorName('{"type":"objects"}'));
  });
});
