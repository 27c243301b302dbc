import { describe, expect, it } from 'vitest';
import { splitMark } from '../tags/mark.js';
import { compileCtx, ids } from '../testing/filter-fixtures.js';
import markedForOp from './marked-for-op.js';

// NOW is 2024-01-31T00:00:00Z.
const mark = (Id: string, Value: string, Key = 'maid_status') => ({ Id, Tags: [{ Key, Value }] });
const rs = [
  mark('due', 'Resource does not meet policy: stop@2024/01/30'),
  mark('today', 'Resource does not meet policy: stop@2024/01/31'),
  mark('tomorrow', 'Resource does not meet policy: stop@2024/02/01'),
  mark('other-op', 'Resource does not meet policy: terminate@2024/01/01'),
  mark('hourly-due', 'Resource does not meet policy: stop@2024/01/30 2300 UTC'),
  mark('custom-tag', 'x: stop@2024/01/01', 'custodian_status'),
  mark('garbage', 'stop on sight'),
  mark('bad-date', 'msg: stop@someday'),
  { Id: 'unmarked' },
];

describe('marked-for-op', () => {
  it.each([
    ['default tag and op', {}, ['due', 'today', 'hourly-due']],
    ['skew days', { skew: 1 }, ['due', 'today', 'tomorrow', 'hourly-due']],
    ['skew_hours', { skew_hours: 23 }, ['due', 'today', 'hourly-due']],
    ['op', { op: 'terminate', custom: true }, ['other-op']],
    ['tag', { tag: 'custodian_status' }, ['custom-tag']],
    ['naive dates read in tz', { tz: 'America/New_York' }, ['due', 'hourly-due']],
  ])('%s', async (_n, opts, expected) => {
    expect(await ids([{ type: 'marked-for-op', ...opts }], rs)).toEqual(expected);
  });

  it.each([
    [
      'Resource does not meet policy: stop@2024/01/01',
      { msg: 'Resource does not meet policy', op: 'stop', dateText: '2024/01/01' },
    ],
    ['a:b: delete@2024/01/01 1200 UTC', { msg: 'a:b', op: 'delete', dateText: '2024/01/01 1200 UTC' }],
    ['no colon stop@x', undefined],
    [42, undefined],
  ])('splitMark(%j)', (v, expected) => {
    expect(splitMark(v)).toEqual(expected);
  });

  it.each([
    ['an op that is no action', { op: 'explode' }, [['unknown-op', ['op']]]],
    ['custom allows any op', { op: 'explode', custom: true }, []],
    ['an unknown zone', { tz: 'Mars/Olympus' }, [['invalid-tz', ['tz']]]],
    ['a zone alias', { tz: 'PT' }, []],
  ])('check: %s', (_n, opts, expected) => {
    expect((markedForOp.check?.(opts as never, compileCtx) ?? []).map((p) => [p.messageId, p.path])).toEqual(
      expected,
    );
  });
});
