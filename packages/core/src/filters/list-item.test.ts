import { describe, expect, it } from 'vitest';
import type { Resource } from '../define/types.js';
import { compileCtx, ids } from '../testing/filter-fixtures.js';
import listItem, { LIST_ITEM_MATCHES } from './list-item.js';

const sgs = (): Resource[] => [
  {
    Id: 'open-ssh',
    Perms: [
      { FromPort: 443, Ranges: ['0.0.0.0/0'] },
      { FromPort: 22, Ranges: ['0.0.0.0/0'] },
    ],
  },
  { Id: 'closed-ssh', Perms: [{ FromPort: 22, Ranges: ['10.0.0.0/8'] }] },
  { Id: 'none', Perms: [] },
  { Id: 'missing' },
];

const ssh = { type: 'value', key: 'FromPort', value: 22 };
const world = { type: 'value', key: 'Ranges', value: '0.0.0.0/0', op: 'contains' };

describe('list-item', () => {
  it.each([
    ['an item passes all attrs', { key: 'Perms', attrs: [ssh, world] }, ['open-ssh']],
    ['no attrs: any item', { key: 'Perms' }, ['open-ssh', 'closed-ssh']],
    ['count of passing items', { key: 'Perms', attrs: [world], count: 2 }, ['open-ssh']],
    [
      'count 0 includes empty and missing lists',
      { key: 'Perms', attrs: [world], count: 0 },
      ['closed-ssh', 'none', 'missing'],
    ],
    ['count_op', { key: 'Perms', count: 1, count_op: 'gte' }, ['open-ssh', 'closed-ssh']],
    ['blocks inside attrs', { key: 'Perms', attrs: [{ not: [ssh] }] }, ['open-ssh']],
    ['shorthand inside attrs', { key: 'Perms', attrs: [{ FromPort: 443 }] }, ['open-ssh']],
    [
      'reduce inside attrs (set-wise)',
      { key: 'Perms', attrs: [{ type: 'reduce', limit: 1 }, ssh] },
      ['closed-ssh'],
    ],
  ])('%s', async (_n, opts, expected) => {
    expect(await ids([{ type: 'list-item', ...opts }], sgs())).toEqual(expected);
  });

  it('records matched item positions', async () => {
    const input = sgs();
    const { compileFilters } = await import('./compile.js');
    const [r] = await compileFilters(
      [{ type: 'list-item', key: 'Perms', attrs: [world] }],
      compileCtx,
    ).evaluate(input, {
      now: 0,
    });
    expect(r?.[LIST_ITEM_MATCHES]).toEqual(['Perms[0]', 'Perms[1]']);
  });

  it('checks nested filters, with paths', () => {
    const problems =
      listItem.check?.(
        {
          key: 'Perms',
          attrs: [
            { type: 'value', key: 'K', op: 'regex', value: '(' },
            { type: 'tag-count' },
            { type: 'value', bogus: 1 },
          ],
        } as never,
        compileCtx,
      ) ?? [];
    expect(problems.map((p) => [p.messageId, p.path])).toEqual([
      ['invalid-regex', ['attrs', 0, 'value']],
      ['unknown-filter', ['attrs', 1]],
      ['invalid-options', ['attrs', 2]],
    ]);
  });
});
