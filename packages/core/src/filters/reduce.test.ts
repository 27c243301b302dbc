import { describe, expect, it } from 'vitest';
import type { Resource } from '../define/types.js';
import { compileCtx, evalCtx } from '../testing/filter-fixtures.js';
import reduce from './reduce.js';

const rs: Resource[] = [
  { Id: 'a', G: 'x', N: '3', T: '2024-01-03' },
  { Id: 'b', G: 'y', N: '1', T: '2024-01-01' },
  { Id: 'c', G: 'x', N: '10', T: '2024-01-02' },
  { Id: 'd', N: '2' },
  { Id: 'e', G: 'y', T: '2023-12-31' },
];

async function run(opts: Record<string, unknown>, input = rs): Promise<unknown[]> {
  const ev = reduce.compile(opts as never, compileCtx);
  if (ev.kind !== 'process') throw new Error('reduce works on the whole set');
  return (await ev.process(input, evalCtx())).map((r) => r.Id);
}

describe('reduce', () => {
  it.each([
    ['no options keeps all in order', {}, ['a', 'b', 'c', 'd', 'e']],
    ['string sort (c7n default): "1" < "10" < "2"', { 'sort-by': 'N' }, ['b', 'c', 'd', 'a', 'e']],
    ['number sort', { 'sort-by': { key: 'N', value_type: 'number' } }, ['b', 'd', 'a', 'c', 'e']],
    [
      'number sort desc, nulls last',
      { 'sort-by': { key: 'N', value_type: 'number' }, order: 'desc' },
      ['c', 'a', 'd', 'b', 'e'],
    ],
    [
      'nulls first',
      { 'sort-by': { key: 'N', value_type: 'number' }, 'null-order': 'first' },
      ['e', 'b', 'd', 'a', 'c'],
    ],
    ['date sort with limit', { 'sort-by': { key: 'T', value_type: 'date' }, limit: 2 }, ['e', 'b']],
    ['reverse', { order: 'reverse' }, ['e', 'd', 'c', 'b', 'a']],
    [
      'group-by then limit 1 per group (groups sorted, null group last)',
      { 'group-by': 'G', 'sort-by': 'T', limit: 1 },
      ['c', 'e', 'd'],
    ],
    ['limit-percent', { 'limit-percent': 40 }, ['a', 'b']],
    ['limit-percent capped by limit', { 'limit-percent': 80, limit: 3 }, ['a', 'b', 'c']],
    ['discard', { discard: 3 }, ['d', 'e']],
    ['discard-percent', { 'discard-percent': 50 }, ['c', 'd', 'e']],
    [
      'value_regex on sort key',
      { 'sort-by': { key: 'T', value_regex: '\\d{4}-\\d{2}-(\\d{2})', value_type: 'number' } },
      ['b', 'c', 'a', 'e', 'd'],
    ],
  ])('%s', async (_n, opts, expected) => {
    expect(await run(opts)).toEqual(expected);
  });

  it('randomize keeps the requested count', async () => {
    const out = await run({ order: 'randomize', limit: 3 });
    expect(out).toHaveLength(3);
    expect(new Set(out).size).toBe(3);
  });

  it('checks value_regex groups', () => {
    const problems =
      reduce.check?.({ 'sort-by': { key: 'K', value_regex: 'a(b)(c)' } } as never, compileCtx) ?? [];
    expect(problems.map((p) => [p.messageId, p.path])).toEqual([
      ['invalid-value-regex', ['sort-by', 'value_regex']],
    ]);
  });
});
