import { describe, expect, it } from 'vitest';
import { copyData, parseJsonData } from './json.js';

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
});
