import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listingPage } from '../testing/listing-arbitrary.js';
import { adoptData, copyData, copyDataWith, parseJsonData, repeatedValue } from './json.js';

describe('copyData', () => {
  const resource = parseJsonData(
    '{"InstanceId":"i-1","__proto__":{"polluted":true},"Tags":[{"Key":"Name","Value":"web"}]}',
  ) as Record<string, unknown>;

  it('is a shallow copy that is data too: nothing inherited reads as a member', () => {
    const copy = copyData(resource);
    expect(copy).not.toBe(resource);
    expect(Object.getPrototypeOf(copy)).toBe(Object.getPrototypeOf(resource));
    expect(copy.toString).toBeUndefined();
    expect(copy.constructor).toBeUndefined();
    expect(copy.Tags).toBe(resource.Tags);
    expect(Object.keys(copy)).toEqual(['InstanceId', '__proto__', 'Tags']);
  });

  it('keeps a "__proto__" member a member, and annotating the copy leaves the original alone', () => {
    const copy = copyData(resource);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ polluted: true });
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
    copy['c7n:MatchedFilters'] = ['InstanceId'];
    expect(Object.hasOwn(resource, 'c7n:MatchedFilters')).toBe(false);
  });

  it('with a member set is the copy annotated afterwards: a new member last, one it has in place', () => {
    for (const key of ['c7n:MatchedFilters', 'InstanceId', '__proto__']) {
      const annotated = copyData(resource);
      annotated[key] = ['x'];
      const made = copyDataWith(resource, key, ['x']);
      expect(Object.getPrototypeOf(made)).toBe(Object.getPrototypeOf(resource));
      expect(Object.keys(made)).toEqual(Object.keys(annotated));
      expect(Object.getOwnPropertyDescriptor(made, key)?.value).toEqual(['x']);
      expect(made.Tags).toBe(resource.Tags);
    }
    expect(Object.hasOwn(resource, 'c7n:MatchedFilters')).toBe(false);
  });
});

describe('repeated values', () => {
  it('gives the string met first under a member for an equal value, and nothing for a new one', () => {
    const first = ['us-east-1', 'd'].join('-');
    expect(repeatedValue('test:Zone', first)).toBeUndefined();
    expect(repeatedValue('test:Zone', ['us-east-1', 'd'].join('-'))).toBe(first);
    expect(repeatedValue('test:Zone', 'eu-west-1-a')).toBeUndefined();
    expect(repeatedValue('test:Other', first)).toBeUndefined();
  });

  it('stops looking at a member whose values are mostly distinct', () => {
    for (let i = 0; i < 300; i++) expect(repeatedValue('test:Id', `i-${i}`)).toBeUndefined();
    expect(repeatedValue('test:Id', 'i-0')).toBeUndefined();
  });

  it("shares each of a few hundred values met again and again (an account's security groups)", () => {
    const first = Array.from({ length: 120 }, (_, i) => `sg-${String(i).padStart(17, '0')}`);
    for (const g of first) expect(repeatedValue('test:GroupId', g)).toBeUndefined();
    for (let round = 0; round < 5; round++)
      for (const [i, g] of first.entries())
        expect(repeatedValue('test:GroupId', `${g.slice(0, 3)}${g.slice(3)}`)).toBe(first[i]);
  });

  it('leaves an adopted tree equal to what was parsed, member order and __proto__ members included', () => {
    fc.assert(
      fc.property(listingPage, (page) => {
        const text = JSON.stringify(page);
        const adopted = adoptData(JSON.parse(text)) as Record<string, unknown>[];
        expect(JSON.stringify(adopted)).toBe(text);
        for (const item of adopted) expect(Object.getPrototypeOf(Object.getPrototypeOf(item))).toBe(null);
      }),
      { numRuns: 200 },
    );
  });
});
