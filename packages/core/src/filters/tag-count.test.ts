import { describe, expect, it } from 'vitest';
import { ids } from '../testing/filter-fixtures.js';

const tags = (...keys: string[]) => keys.map((Key) => ({ Key, Value: 'v' }));
const rs = [
  { Id: 'none' },
  { Id: 'two', Tags: tags('a', 'b') },
  { Id: 'two+aws', Tags: tags('a', 'b', 'aws:cloudformation:stack-name') },
  { Id: 'eleven', Tags: tags(...'abcdefghijk') },
];

describe('tag-count', () => {
  it.each([
    ['default: 10 or more', {}, ['eleven']],
    ['aws: tags do not count', { count: 2, op: 'eq' }, ['two', 'two+aws']],
    ['no tags is zero', { count: 0, op: 'eq' }, ['none']],
    ['lt', { count: 3, op: 'lt' }, ['none', 'two', 'two+aws']],
  ])('%s', async (_n, opts, expected) => {
    expect(await ids([{ type: 'tag-count', ...opts }], rs)).toEqual(expected);
  });
});
