import { describe, expect, it } from 'vitest';
import type { Resource } from '../../define/types.js';
import { compileCtx, DAY, daysAgo, evalCtx, NOW } from '../../testing/filter-fixtures.js';
import value from './index.js';

/** Does the value filter with these options keep this resource? */
async function keeps(opts: Record<string, unknown>, resource: Resource, extra = {}): Promise<boolean> {
  const ev = value.compile(opts as never, compileCtx);
  if (ev.kind === 'match') return ev.match(resource, evalCtx(extra));
  return (await ev.process([resource], evalCtx(extra))).length === 1;
}

const iso = (d: Date) => d.toISOString();

// [name, options, resource, expected]
const valueTypeCases: [string, Record<string, unknown>, Resource, boolean][] = [
  [
    'age gt: 60 days old is older than 30',
    { key: 'T', value_type: 'age', op: 'gt', value: 30 },
    { T: iso(daysAgo(60)) },
    true,
  ],
  [
    'age gt: 10 days old is not',
    { key: 'T', value_type: 'age', op: 'gt', value: 30 },
    { T: iso(daysAgo(10)) },
    false,
  ],
  [
    'age greater-than alias',
    { key: 'T', value_type: 'age', op: 'greater-than', value: 30 },
    { T: iso(daysAgo(31)) },
    true,
  ],
  [
    'age lt with fractional days',
    { key: 'T', value_type: 'age', op: 'lt', value: 0.5 },
    { T: iso(new Date(NOW - 6 * 3600e3)) },
    true,
  ],
  [
    'age on a Date object (SDK output)',
    { key: 'T', value_type: 'age', op: 'ge', value: 30 },
    { T: daysAgo(30) },
    true,
  ],
  [
    'age on epoch seconds',
    { key: 'T', value_type: 'age', op: 'gt', value: 1 },
    { T: (NOW - 2 * DAY) / 1000 },
    true,
  ],
  [
    'age on epoch milliseconds',
    { key: 'T', value_type: 'age', op: 'gt', value: 1 },
    { T: NOW - 2 * DAY },
    true,
  ],
  [
    'age on "YYYY-MM-DD HH:MM:SS"',
    { key: 'T', value_type: 'age', op: 'gt', value: 20 },
    { T: '2024-01-01 10:00:00' },
    true,
  ],
  [
    'age on an offset date',
    { key: 'T', value_type: 'age', op: 'lt', value: 1 },
    { T: '2024-01-30T20:00:00-05:00' },
    true,
  ],
  [
    'age unparseable, gt: no match',
    { key: 'T', value_type: 'age', op: 'gt', value: 1 },
    { T: 'soon' },
    false,
  ],
  [
    'age unparseable, ne: matches (c7n compares with 0)',
    { key: 'T', value_type: 'age', op: 'ne', value: 1 },
    { T: 'soon' },
    true,
  ],
  ['age missing key, gt', { key: 'T', value_type: 'age', op: 'gt', value: 1 }, {}, false],
  [
    'expiration lte: expires in 10 days',
    { key: 'T', value_type: 'expiration', op: 'lte', value: 30 },
    { T: iso(new Date(NOW + 10 * DAY)) },
    true,
  ],
  [
    'expiration lte: expires in 40 days',
    { key: 'T', value_type: 'expiration', op: 'lte', value: 30 },
    { T: iso(new Date(NOW + 40 * DAY)) },
    false,
  ],
  [
    'expiration lte: already expired',
    { key: 'T', value_type: 'expiration', op: 'lte', value: 0 },
    { T: iso(daysAgo(1)) },
    true,
  ],
  ['integer: "5" eq 5', { key: 'N', value_type: 'integer', op: 'eq', value: 5 }, { N: '5' }, true],
  ['integer: " 42 " gte 40', { key: 'N', value_type: 'integer', op: 'gte', value: 40 }, { N: ' 42 ' }, true],
  ['integer: "abc" becomes 0', { key: 'N', value_type: 'integer', op: 'eq', value: 0 }, { N: 'abc' }, true],
  [
    'integer: 5.5 becomes 0 (str(5.5) is no int)',
    { key: 'N', value_type: 'integer', op: 'eq', value: 0 },
    { N: 5.5 },
    true,
  ],
  [
    'integer: sentinel is not converted',
    { key: 'N', value_type: 'integer', op: 'eq', value: '5' },
    { N: '5' },
    false,
  ],
  ['integer: missing becomes 0', { key: 'N', value_type: 'integer', op: 'lt', value: 1 }, {}, true],
  ['float: "5.5" gt 5', { key: 'N', value_type: 'float', op: 'gt', value: 5 }, { N: '5.5' }, true],
  ['float: "x" becomes 0.0', { key: 'N', value_type: 'float', op: 'eq', value: 0 }, { N: 'x' }, true],
  ['float: "1e3" eq 1000', { key: 'N', value_type: 'float', op: 'eq', value: 1000 }, { N: '1e3' }, true],
  ['normalize: " Foo " eq foo', { key: 'S', value_type: 'normalize', value: 'foo' }, { S: ' Foo ' }, true],
  [
    'normalize: the value is not lowered',
    { key: 'S', value_type: 'normalize', value: 'Foo' },
    { S: 'Foo' },
    false,
  ],
  [
    'normalize: regex',
    { key: 'S', value_type: 'normalize', op: 'regex', value: 'prod-.*' },
    { S: 'PROD-1' },
    true,
  ],
  ['size of a list', { key: 'L', value_type: 'size', op: 'eq', value: 3 }, { L: [1, 2, 3] }, true],
  ['size of a string', { key: 'L', value_type: 'size', value: 3 }, { L: 'abc' }, true],
  ['size of a mapping', { key: 'L', value_type: 'size', value: 1 }, { L: { a: 1 } }, true],
  ['size of nothing is 0', { key: 'L', value_type: 'size', op: 'eq', value: 0 }, {}, true],
  ['size of a number is 0', { key: 'L', value_type: 'size', op: 'eq', value: 0 }, { L: 7 }, true],
  ['unique_size', { key: 'L', value_type: 'unique_size', value: 2 }, { L: [1, 1, 2] }, true],
  ['unique_size of unhashables is 0', { key: 'L', value_type: 'unique_size', value: 0 }, { L: [[1]] }, true],
  [
    'swap: value in resource list',
    { key: 'L', value_type: 'swap', op: 'in', value: '0.0.0.0/0' },
    { L: ['10.0.0.0/8', '0.0.0.0/0'] },
    true,
  ],
  [
    'swap: value not in resource list',
    { key: 'L', value_type: 'swap', op: 'in', value: '0.0.0.0/0' },
    { L: ['10.0.0.0/8'] },
    false,
  ],
  [
    'swap: regex reads the resource value as the pattern',
    { key: 'P', value_type: 'swap', op: 'regex', value: 'abc' },
    { P: 'a.c' },
    true,
  ],
  [
    'date: later than',
    { key: 'T', value_type: 'date', op: 'gt', value: '2024-01-01' },
    { T: '2024-02-01T00:00:00Z' },
    true,
  ],
  [
    'date: equal instants in different spellings',
    { key: 'T', value_type: 'date', value: '2024-01-01T00:00:00Z' },
    { T: '2024-01-01 00:00:00+00:00' },
    true,
  ],
  ['date: missing resource date', { key: 'T', value_type: 'date', op: 'lt', value: '2024-01-01' }, {}, false],
  ['version: 1.10 gt 1.9', { key: 'V', value_type: 'version', op: 'gt', value: '1.9' }, { V: '1.10' }, true],
  ['version: equal', { key: 'V', value_type: 'version', value: '2.0.1' }, { V: '2.0.1' }, true],
  [
    'version: number and letter parts do not order',
    { key: 'V', value_type: 'version', op: 'gt', value: '1.2.1' },
    { V: '1.2a' },
    false,
  ],
  ['version: lt', { key: 'V', value_type: 'version', op: 'lt', value: '5.7.40' }, { V: '5.7.38' }, true],
  [
    'cidr: network in network',
    { key: 'C', value_type: 'cidr', op: 'in', value: '10.0.0.0/8' },
    { C: '10.1.0.0/16' },
    true,
  ],
  [
    'cidr: network not in network',
    { key: 'C', value_type: 'cidr', op: 'in', value: '10.0.0.0/8' },
    { C: '192.168.0.0/16' },
    false,
  ],
  [
    'cidr: policy address in resource network',
    { key: 'C', value_type: 'cidr', op: 'in', value: '10.0.0.5' },
    { C: '10.0.0.0/24' },
    true,
  ],
  [
    'cidr: address in a list of networks',
    { key: 'C', value_type: 'cidr', op: 'in', value: ['172.16.0.0/12', '10.0.0.0/8'] },
    { C: '10.2.3.4' },
    true,
  ],
  ['cidr: eq', { key: 'C', value_type: 'cidr', op: 'eq', value: '0.0.0.0/0' }, { C: '0.0.0.0/0' }, true],
  [
    'cidr: host bits set is no network',
    { key: 'C', value_type: 'cidr', op: 'in', value: '10.0.0.0/8' },
    { C: '10.0.0.1/8' },
    false,
  ],
  ['cidr: missing under in', { key: 'C', value_type: 'cidr', op: 'in', value: '10.0.0.0/8' }, {}, false],
  [
    'cidr_size: /16 lt 24',
    { key: 'C', value_type: 'cidr_size', op: 'lt', value: 24 },
    { C: '10.0.0.0/16' },
    true,
  ],
  ['cidr_size: /0', { key: 'C', value_type: 'cidr_size', value: 0 }, { C: '0.0.0.0/0' }, true],
  ['cidr_size: not a cidr is 0', { key: 'C', value_type: 'cidr_size', value: 0 }, { C: 'nope' }, true],
  ['expr: compares two fields', { key: 'A', value_type: 'expr', value: 'B' }, { A: 1, B: 1 }, true],
  ['expr: differing fields', { key: 'A', value_type: 'expr', op: 'ne', value: 'B' }, { A: 1, B: 2 }, true],
  [
    'expr: tag on the value side',
    { key: 'Name', value_type: 'expr', value: 'tag:Name' },
    { Name: 'x', Tags: [{ Key: 'Name', Value: 'x' }] },
    true,
  ],
];

describe('value filter: value types', () => {
  it.each(valueTypeCases)('%s', async (_name, opts, resource, expected) => {
    expect(await keeps(opts, resource)).toBe(expected);
  });
});

const specialCases: [string, Record<string, unknown>, Resource, boolean][] = [
  ['absent: missing key', { key: 'K', value: 'absent' }, {}, true],
  ['absent: null value', { key: 'K', value: 'absent' }, { K: null }, true],
  ['absent: present key', { key: 'K', value: 'absent' }, { K: '' }, false],
  ['present: empty string is present', { key: 'K', value: 'present' }, { K: '' }, true],
  ['present: null is not', { key: 'K', value: 'present' }, { K: null }, false],
  ['not-null: truthy', { key: 'K', value: 'not-null' }, { K: 'x' }, true],
  ['not-null: empty string', { key: 'K', value: 'not-null' }, { K: '' }, false],
  ['not-null: zero', { key: 'K', value: 'not-null' }, { K: 0 }, false],
  ['not-null: empty list', { key: 'K', value: 'not-null' }, { K: [] }, false],
  ['empty: []', { key: 'K', value: 'empty' }, { K: [] }, true],
  ['empty: {}', { key: 'K', value: 'empty' }, { K: {} }, true],
  ['empty: ""', { key: 'K', value: 'empty' }, { K: '' }, true],
  ['empty: missing', { key: 'K', value: 'empty' }, {}, true],
  ['empty: 0 (Python falsiness)', { key: 'K', value: 'empty' }, { K: 0 }, true],
  ['empty: [1]', { key: 'K', value: 'empty' }, { K: [1] }, false],
  [
    'absent with op ne falls through to the comparison',
    { key: 'K', value: 'absent', op: 'ne' },
    { K: 'x' },
    true,
  ],
  ['tag absent: no Tags', { key: 'tag:Owner', value: 'absent' }, {}, true],
  [
    'tag absent: other tags',
    { key: 'tag:Owner', value: 'absent' },
    { Tags: [{ Key: 'Env', Value: 'x' }] },
    true,
  ],
  [
    'tag absent: tagged',
    { key: 'tag:Owner', value: 'absent' },
    { Tags: [{ Key: 'Owner', Value: 'me' }] },
    false,
  ],
  ['tag value eq', { key: 'tag:Env', value: 'prod' }, { Tags: [{ Key: 'Env', Value: 'prod' }] }, true],
  ['tag from a labels map', { key: 'tag:env', value: 'prod' }, { labels: { env: 'prod' } }, true],
  ['in: missing key becomes ()', { key: 'K', op: 'in', value: ['a'] }, {}, false],
  ['not-in: missing key matches', { key: 'K', op: 'not-in', value: ['a'] }, {}, true],
  ['ni alias', { key: 'K', op: 'ni', value: ['a'] }, { K: 'b' }, true],
  ['in: a list of mixed types', { key: 'K', op: 'in', value: [1, 'a', [2]] }, { K: [2] }, true],
  ['in: string value is a substring test', { key: 'K', op: 'in', value: 'production' }, { K: 'prod' }, true],
  ['eq without op: bool vs string', { key: 'K', value: true }, { K: 'true' }, false],
  ['eq without op: bool', { key: 'K', value: false }, { K: false }, true],
  ['eq: null value matches missing', { key: 'K', value: null }, {}, true],
  ['eq: list value', { key: 'K', value: [] }, { K: [] }, true],
  ['JMESPath key', { key: 'State.Name', value: 'running' }, { State: { Name: 'running' } }, true],
  [
    'JMESPath with legacy literal',
    { key: 'Tags[?Key==`Name`].Value | [0]', value: 'web' },
    { Tags: [{ Key: 'Name', Value: 'web' }] },
    true,
  ],
  ['JMESPath function', { key: 'length(Tags)', op: 'gte', value: 2 }, { Tags: [{}, {}] }, true],
  ['c7n split(sep, string)', { key: "split('/', Arn)[1]", value: 'b' }, { Arn: 'a/b/c' }, true],
  ['c7n from_json', { key: 'from_json(Doc).a', value: 1 }, { Doc: '{"a":1}' }, true],
  ['JMESPath runtime error does not match', { key: 'length(Missing)', op: 'gte', value: 0 }, {}, false],
  ['literal field name wins over JMESPath', { key: 'c7n:Matched', value: 'x' }, { 'c7n:Matched': 'x' }, true],
  ['JSONPath key', { key: '$.State.Name', value: 'running' }, { State: { Name: 'running' } }, true],
  [
    'JSONPath wildcard yields a list',
    { key: '$.Items[*].Id', op: 'contains', value: 'b' },
    { Items: [{ Id: 'a' }, { Id: 'b' }] },
    true,
  ],
  [
    'value_regex capture',
    {
      key: 'tag:Meta',
      value_regex: '.*delete_after=(\\d{4}-\\d{2}-\\d{2}).*',
      value_type: 'expiration',
      op: 'lte',
      value: 0,
    },
    { Tags: [{ Key: 'Meta', Value: 'x delete_after=2024-01-01 y' }] },
    true,
  ],
  [
    'value_regex no match is None',
    { key: 'Name', value_regex: 'web-(\\d+)', value: 'absent' },
    { Name: 'db-1' },
    true,
  ],
  ['default fills a missing value', { key: 'K', value: 'x', default: 'x' }, {}, true],
  [
    'value_path compares two expressions',
    { key: 'A', op: 'eq', value_path: 'B.C' },
    { A: 2, B: { C: 2 } },
    true,
  ],
  ['regex is case-insensitive', { key: 'K', op: 'regex', value: '^PROD' }, { K: 'prod-1' }, true],
  ['glob', { key: 'K', op: 'glob', value: 'i-*' }, { K: 'i-123' }, true],
  ['intersect', { key: 'K', op: 'intersect', value: ['sg-1', 'sg-2'] }, { K: ['sg-2', 'sg-3'] }, true],
  ['difference', { key: 'K', op: 'difference', value: ['sg-1'] }, { K: ['sg-1'] }, false],
  ['mod', { key: 'K', op: 'mod', value: 2 }, { K: 3 }, true],
  ['null resource', { key: 'K', value: 'absent' }, null as unknown as Resource, false],
];

describe('value filter: special values, keys and operators', () => {
  it.each(specialCases)('%s', async (_name, opts, resource, expected) => {
    expect(await keeps(opts, resource)).toBe(expected);
  });
});

describe('value filter: whole-set and sourced values', () => {
  it('resource_count compares the number of resources', async () => {
    const ev = value.compile({ value_type: 'resource_count', op: 'lt', value: 2 } as never, compileCtx);
    expect(ev.kind).toBe('process');
    if (ev.kind !== 'process') return;
    expect(await ev.process([{ Id: 1 }], evalCtx())).toHaveLength(1);
    expect(await ev.process([{ Id: 1 }, { Id: 2 }], evalCtx())).toHaveLength(0);
  });

  it.each([
    ['txt', 'ami-1\nami-2\n', undefined, 'ami-2', true],
    ['txt', 'ami-1\n', undefined, 'ami-2', false],
    ['json', '["ami-1","ami-2"]', undefined, 'ami-1', true],
    ['json', '{"Images":[{"Id":"ami-3"}]}', 'Images[].Id', 'ami-3', true],
    ['csv', 'id,owner\nami-4,me\n', 0, 'ami-4', true],
    ['csv', 'id,owner\nami-4,me\n', undefined, 'me', true],
    ['csv2dict', 'id,owner\nami-5,me\n', 'id', 'ami-5', true],
    ['csv2dict', 'id,owner\nami-5,me\n', undefined, 'id', false],
    ['csv2dict', '__proto__,owner\nami-6,me\n', '"__proto__"', 'ami-6', true],
    ['csv2dict', 'id,owner\nami-7,me\n', 'constructor', 'ami-7', false],
    ['json', '{"__proto__": ["ami-8"]}', '"__proto__"', 'ami-8', true],
    ['json', '{"ids": ["ami-9"]}', 'constructor', 'ami-9', false],
  ] as const)('value_from %s (expr %s): %s in -> %s', async (format, body, expr, id, expected) => {
    const reads: string[] = [];
    const readSource = async (url: string) => {
      reads.push(url);
      return body;
    };
    const opts = {
      key: 'ImageId',
      op: 'in',
      value_from: { url: `s3://bucket/{account_id}/list.${format}`, ...(expr === undefined ? {} : { expr }) },
    };
    expect(await keeps(opts, { ImageId: id }, { readSource, accountId: '123' })).toBe(expected);
    expect(reads).toEqual([`s3://bucket/123/list.${format}`]);
  });

  it('value_from reads each url once per run', async () => {
    let n = 0;
    const readSource = async () => {
      n++;
      return 'a\nb\n';
    };
    const ev = value.compile(
      { key: 'K', op: 'in', value_from: { url: 's3://b/k.txt' } } as never,
      compileCtx,
    );
    if (ev.kind !== 'process') throw new Error('expected a set-wise evaluator');
    const ctx = evalCtx({ readSource });
    const kept = await ev.process([{ K: 'a' }, { K: 'c' }], ctx);
    await ev.process([{ K: 'b' }], ctx);
    expect(kept).toEqual([{ K: 'a' }]);
    expect(n).toBe(1);
  });
});

describe('value filter: check', () => {
  const check = (opts: Record<string, unknown>) =>
    (value.check?.(opts as never, compileCtx) ?? []).map((p) => [p.messageId, p.path?.join('.') ?? '']);

  it.each([
    ['missing key', { value: 1 }, [['missing-key', '']]],
    ['missing value', { key: 'K' }, [['missing-value', '']]],
    ['invalid JMESPath', { key: 'State.[', value: 1 }, [['invalid-key', 'key']]],
    ['invalid JSONPath', { key: '$..[?(', value: 1 }, [['invalid-key', 'key']]],
    ['invalid regex', { key: 'K', op: 'regex', value: '(' }, [['invalid-regex', 'value']]],
    ['regex needs a string', { key: 'K', op: 'regex', value: 5 }, [['invalid-regex', 'value']]],
    ['regex with a lookahead', { key: 'K', op: 'regex', value: 'a(?=b)' }, [['unsupported-regex', 'value']]],
    [
      'value_regex with a backreference',
      { key: 'K', value_regex: '(a)\\1', value: 1 },
      [['unsupported-regex', 'value_regex']],
    ],
    ['glob with a list warns', { key: 'K', op: 'glob', value: ['a*', 'b*'] }, [['glob-list', 'value']]],
    ['glob needs a string', { key: 'K', op: 'glob', value: 5 }, [['invalid-regex', 'value']]],
    [
      'value_regex must compile',
      { key: 'K', value_regex: '(', value: 1 },
      [['invalid-value-regex', 'value_regex']],
    ],
    [
      'value_regex needs one group',
      { key: 'K', value_regex: 'a(b)(c)', value: 1 },
      [['invalid-value-regex', 'value_regex']],
    ],
    ['regex with age', { key: 'K', op: 'regex', value_type: 'age', value: 3 }, [['incompatible-op', 'op']]],
    [
      'age needs days',
      { key: 'K', op: 'gt', value_type: 'age', value: '30' },
      [['invalid-age-value', 'value']],
    ],
    [
      'date needs a date',
      { key: 'K', value_type: 'date', value: 'tomorrow-ish' },
      [['invalid-date-value', 'value']],
    ],
    ['mod needs a divisor', { key: 'K', op: 'mod', value: 0 }, [['invalid-mod-value', 'value']]],
    ['mod with a list', { key: 'K', op: 'mod', value: [2] }, [['invalid-mod-value', 'value']]],
    ['in with a number', { key: 'K', op: 'in', value: 5 }, [['needs-collection', 'value']]],
    ['in with a string warns', { key: 'K', op: 'in', value: 'abc' }, [['in-string-value', 'value']]],
    ['intersect with a number', { key: 'K', op: 'intersect', value: 5 }, [['needs-collection', 'value']]],
    [
      'invalid cidr',
      { key: 'K', value_type: 'cidr', op: 'in', value: '10.0.0.0/33' },
      [['invalid-cidr', 'value']],
    ],
    ['resource_count needs op', { value_type: 'resource_count', value: 1 }, [['resource-count-op', '']]],
    [
      'resource_count needs a number',
      { value_type: 'resource_count', op: 'eq', value: 'x' },
      [['resource-count-value', 'value']],
    ],
    [
      'resource_count and regex',
      { value_type: 'resource_count', op: 'regex', value: 1 },
      [['resource-count-op', 'op']],
    ],
    [
      'value_from format',
      { key: 'K', op: 'in', value_from: { url: 's3://b/k' } },
      [['value-from-format', 'value_from.url']],
    ],
    [
      'value_from column needs csv',
      { key: 'K', op: 'in', value_from: { url: 'a.json', expr: 1 } },
      [['value-from-expr', 'value_from.expr']],
    ],
    [
      'value and value_from',
      { key: 'K', op: 'in', value: [], value_from: { url: 'a.txt' } },
      [['value-ignored', 'value']],
    ],
    ['expr value must be a key', { key: 'K', value_type: 'expr', value: 'a.[' }, [['invalid-key', 'value']]],
    ['valid: age', { key: 'LaunchTime', value_type: 'age', op: 'gt', value: 30 }, []],
    ['valid: literal odd field name', { key: 'c7n:MatchedFilters', value: 'present' }, []],
    [
      'valid: swap regex has a dynamic pattern',
      { key: 'K', value_type: 'swap', op: 'regex', value: 'x' },
      [],
    ],
  ])('%s', (_name, opts, expected) => {
    expect(check(opts)).toEqual(expected);
  });
});

describe('value filter: keys named like JavaScript prototype members are ordinary keys', () => {
  const NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', 'isPrototypeOf'];
  // What JSON.parse (and so a flight file or an event) makes of a member named __proto__.
  const carrying = (name: string, v: unknown): Resource =>
    JSON.parse(JSON.stringify({ Id: 'r' }).replace('{', `{${JSON.stringify(name)}:${JSON.stringify(v)},`));

  it.each(NAMES)('%s: present only on resources carrying it', async (name) => {
    expect(await keeps({ key: name, value: 'present' }, { Id: 'plain' })).toBe(false);
    expect(await keeps({ key: name, value: 'absent' }, { Id: 'plain' })).toBe(true);
    expect(await keeps({ key: name, value: 'present' }, carrying(name, 'x'))).toBe(true);
    expect(await keeps({ key: name, value: 'x' }, carrying(name, 'x'))).toBe(true);
    expect(await keeps({ key: name, op: 'eq', value: 'y' }, carrying(name, 'x'))).toBe(false);
  });

  it.each(NAMES)('%s: in dotted keys, JMESPath expressions and tag maps', async (name) => {
    const nested = { State: carrying(name, 'on') };
    expect(await keeps({ key: `State.${name}`, value: 'present' }, { State: { Name: 'x' } })).toBe(false);
    expect(await keeps({ key: `State.${name}`, value: 'on' }, nested)).toBe(true);
    expect(await keeps({ key: `State."${name}"`, value: 'absent' }, { State: {} })).toBe(true);
    expect(await keeps({ key: `State."${name}" || 'none'`, value: 'none' }, { State: {} })).toBe(true);
    expect(await keeps({ key: `[${name}][0]`, value: 'absent' }, { Id: 'x' })).toBe(true);
    expect(await keeps({ key: `tag:${name}`, value: 'absent' }, { Tags: [] })).toBe(true);
    expect(await keeps({ key: `tag:${name}`, value: 'absent' }, { labels: {} })).toBe(true);
    expect(await keeps({ key: `tag:${name}`, value: 'v' }, { labels: carrying(name, 'v') })).toBe(true);
    expect(await keeps({ key: `tag:${name}`, value: 'v' }, { Tags: [{ Key: name, Value: 'v' }] })).toBe(true);
  });

  it('a __proto__ member holding an object stays data', async () => {
    const r = carrying('__proto__', { InstanceId: 'i-evil', Name: 'x' });
    expect(await keeps({ key: 'InstanceId', value: 'absent' }, r)).toBe(true);
    expect(await keeps({ key: '__proto__.Name', value: 'x' }, r)).toBe(true);
  });
});

describe('value filter: regexes run in linear time', () => {
  // (a+)+$ on 41 characters that end in a non-match backtracks about 2^41 steps in a
  // backtracking engine (minutes); the result is what is asserted, not the time.
  const hostile = `${'a'.repeat(40)}!`;

  it.each([
    ['regex', { key: 'tag:Name', op: 'regex', value: '(a+)+$' }],
    ['regex-case', { key: 'tag:Name', op: 'regex-case', value: '(a|aa)+$' }],
    ['value_regex', { key: 'tag:Name', value_regex: '((a+)+)$', value: 'absent' }],
  ])('%s with a catastrophic pattern finishes', async (_op, opts) => {
    const kept = await keeps(opts, { Tags: [{ Key: 'Name', Value: hostile }] });
    expect(kept).toBe(opts.value === 'absent');
  });

  it('glob with many stars finishes', async () => {
    const opts = { key: 'K', op: 'glob', value: '*a*a*a*a*a*a*a*a*a*b' };
    expect(await keeps(opts, { K: 'a'.repeat(2000) })).toBe(false);
  });

  it('glob with a list never matches, as in Cloud Custodian', async () => {
    expect(await keeps({ key: 'K', op: 'glob', value: ['a*', 'b*'] }, { K: 'a1' })).toBe(false);
  });
});
