import { describe, expect, it } from 'vitest';
import { ids } from '../testing/filter-fixtures.js';

const rs = [{ Id: 'a' }, { Id: 'b' }];
const event = { detail: { eventName: 'RunInstances', userIdentity: { type: 'Root' } } };

describe('event', () => {
  it.each([
    ['matching event keeps all', { key: 'detail.userIdentity.type', value: 'Root' }, event, ['a', 'b']],
    ['other event keeps none', { key: 'detail.userIdentity.type', value: 'IAMUser' }, event, []],
    [
      'operators work',
      { key: 'detail.eventName', op: 'in', value: ['RunInstances', 'StartInstances'] },
      event,
      ['a', 'b'],
    ],
    ['no event (pull mode) keeps all', { key: 'detail.eventName', value: 'x' }, undefined, ['a', 'b']],
  ])('%s', async (_n, opts, ev, expected) => {
    expect(await ids([{ type: 'event', ...opts }], rs, { event: ev })).toEqual(expected);
  });

  it('an empty resource set stays empty', async () => {
    expect(
      await ids([{ type: 'event', key: 'detail.eventName', value: 'RunInstances' }], [], { event }),
    ).toEqual([]);
  });
});
