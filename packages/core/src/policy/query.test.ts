import { describe, expect, it } from 'vitest';
import { type QuerySpec, readQuery } from './query.js';

const EC2: QuerySpec = {
  kind: 'parser',
  label: 'EC2',
  params: { InstanceIds: 'string', MaxResults: 'integer' },
  filters: {
    'instance-state-name': ['pending', 'running', 'stopped'],
    'instance-id': 'string',
    'vpc-id': 'string',
  },
  single: ['MaxResults'],
};
const VOLUME: QuerySpec = {
  kind: 'parser',
  label: 'EBS Volume',
  params: { MaxResults: 'integer' },
  filters: { status: ['available', 'in-use'], size: 'integer' },
  single: ['MaxResults'],
  shorthand: 'name-values',
};
const IAM_POLICY: QuerySpec = {
  kind: 'parser',
  label: 'IAM Policy',
  params: { Scope: ['All', 'AWS', 'Local'], OnlyAttached: 'boolean', PathPrefix: 'string' },
  multi: false,
  shorthand: 'name-value',
};
const RDS: QuerySpec = {
  kind: 'params',
  label: 'RDS',
  params: { DBInstanceIdentifier: 'string', Filters: 'any', MaxRecords: 'integer' },
};
const S3: QuerySpec = { kind: 'options', label: 'S3', params: { 'augment-keys': 'any' } };

const read = (spec: QuerySpec | undefined, query: unknown) => readQuery(spec, query, 'aws.x');
const errors = (spec: QuerySpec | undefined, query: unknown) =>
  read(spec, query)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => [p.path, p.message]);

describe('readQuery: input as Cloud Custodian builds it', () => {
  it.each([
    [
      'filter names standing alone make one Filters',
      EC2,
      [{ 'instance-state-name': 'running' }, { 'vpc-id': ['v-1', 'v-2'] }],
      {
        Filters: [
          { Name: 'instance-state-name', Values: ['running'] },
          { Name: 'vpc-id', Values: ['v-1', 'v-2'] },
        ],
      },
    ],
    [
      'same filter names merge',
      EC2,
      [{ 'instance-id': 'i-1' }, { 'instance-id': 'i-2' }],
      { Filters: [{ Name: 'instance-id', Values: ['i-1', 'i-2'] }] },
    ],
    [
      'tag:KEY filters are always allowed',
      EC2,
      [{ 'tag:Env': 'prod' }],
      { Filters: [{ Name: 'tag:Env', Values: ['prod'] }] },
    ],
    [
      'parameters become lists unless single',
      EC2,
      [{ InstanceIds: 'i-1' }, { MaxResults: 5 }, { InstanceIds: ['i-2'] }],
      { InstanceIds: ['i-1', 'i-2'], MaxResults: 5 },
    ],
    [
      'an explicit Filters entry',
      EC2,
      [{ Filters: [{ Name: 'vpc-id', Values: ['v-1'] }] }],
      { Filters: [{ Name: 'vpc-id', Values: ['v-1'] }] },
    ],
    [
      'a later Filters entry replaces an earlier one',
      EC2,
      [
        { Filters: [{ Name: 'vpc-id', Values: ['v-1'] }] },
        { Filters: [{ Name: 'instance-id', Values: ['i-1'] }] },
      ],
      { Filters: [{ Name: 'instance-id', Values: ['i-1'] }] },
    ],
    [
      '{Name, Values} entries are filters',
      VOLUME,
      [
        { Name: 'status', Values: ['available'] },
        { Name: 'size', Values: [8] },
      ],
      {
        Filters: [
          { Name: 'status', Values: ['available'] },
          { Name: 'size', Values: [8] },
        ],
      },
    ],
    [
      '{Name, Value} entries are parameters',
      IAM_POLICY,
      [
        { Name: 'Scope', Value: 'AWS' },
        { Name: 'OnlyAttached', Value: true },
      ],
      { Scope: 'AWS', OnlyAttached: true },
    ],
    ['one-key parameters without shorthand', IAM_POLICY, [{ Scope: 'All' }], { Scope: 'All' }],
    [
      'params merge in order, last wins',
      RDS,
      [{ DBInstanceIdentifier: 'a' }, { DBInstanceIdentifier: 'b', MaxRecords: 20 }],
      { DBInstanceIdentifier: 'b', MaxRecords: 20 },
    ],
    ['options are read by name', S3, [{ 'augment-keys': ['Tags'] }], { 'augment-keys': ['Tags'] }],
    ['no type reads nothing', undefined, [{ QueueNamePrefix: 'a' }], {}],
    ['an empty block reads nothing', EC2, [], {}],
  ] as const)('%s', (_name, spec, query, input) => {
    const got = read(spec, query);
    expect(got.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(got.input).toEqual(input);
  });
});

describe('readQuery: problems, located inside the block', () => {
  it.each([
    [
      'unknown filter name, with did-you-mean',
      EC2,
      [{ Filters: [{ Name: 'instance-stat-name', Values: ['running'] }] }],
      [0, 'Filters'],
      /filter "instance-stat-name" is not one of .*did you mean "instance-state-name"/,
    ],
    [
      'standing-alone filter with a bad value',
      EC2,
      [{ 'instance-state-name': 'runing' }],
      [0, 'instance-state-name'],
      /"runing" is not one of pending, running, stopped; did you mean "running"/,
    ],
    [
      'a filter name after a parameter',
      EC2,
      [{ InstanceIds: 'i-1' }, { 'vpc-id': 'v-1' }],
      [1, 'vpc-id'],
      /"vpc-id" is a filter name: put it under Filters/,
    ],
    [
      'unknown key',
      EC2,
      [{ InstanceId: 'i-1' }],
      [0, 'InstanceId'],
      /key "InstanceId" is not one of InstanceIds, MaxResults, Filters; did you mean "InstanceIds"/,
    ],
    ['two keys in one entry', EC2, [{ InstanceIds: 'i-1', MaxResults: 5 }], [0], /must each have one key/],
    [
      'a list for a single value',
      EC2,
      [{ MaxResults: [5] }],
      [0, 'MaxResults'],
      /must be one value, not a list/,
    ],
    [
      'a repeated single key',
      EC2,
      [{ MaxResults: 5 }, { MaxResults: 6 }],
      [1, 'MaxResults'],
      /may appear only once/,
    ],
    ['wrong scalar type', EC2, [{ MaxResults: 'five' }], [0, 'MaxResults'], /"five" is not an integer/],
    [
      'filters need Name and Values',
      EC2,
      [{ Filters: [{ Name: 'vpc-id' }] }],
      [0, 'Filters'],
      /must each have Name and Values/,
    ],
    [
      'lists where one value is expected',
      IAM_POLICY,
      [{ Scope: ['All'] }],
      [0, 'Scope'],
      /must be one value/,
    ],
    [
      'a {Name, Value} list with another shape',
      IAM_POLICY,
      [{ Name: 'Scope', Value: 'All' }, { PathPrefix: '/x/' }],
      [1],
      /must all be \{Name, Value\} pairs/,
    ],
    [
      'a parameter the call does not take',
      RDS,
      [{ DBInstanceIdentifer: 'a' }],
      [0, 'DBInstanceIdentifer'],
      /did you mean "DBInstanceIdentifier"/,
    ],
    ['not a list of mappings', EC2, { 'instance-id': 'i-1' }, [], /must be a list of mappings/],
  ] as const)('%s', (_name, spec, query, path, message) => {
    const got = errors(spec, query);
    expect(got).toHaveLength(1);
    expect(got[0]?.[0]).toEqual(path);
    expect(got[0]?.[1]).toMatch(message);
  });

  it('warns (and reads nothing) where the type ignores the block or an option is unknown', () => {
    const ignored = read(undefined, [{ QueueNamePrefix: 'a' }]).problems;
    expect(ignored).toEqual([
      { path: [], severity: 'warning', message: expect.stringMatching(/query has no effect on aws.x/) },
    ]);
    const option = read(S3, [{ 'augment-key': 'all' }]);
    expect(option.problems).toEqual([
      {
        path: [0, 'augment-key'],
        severity: 'warning',
        message: expect.stringMatching(/did you mean "augment-keys"/),
      },
    ]);
    expect(option.input).toEqual({});
  });
});
