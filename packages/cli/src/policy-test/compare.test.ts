import { describe, expect, it } from 'vitest';
import {
  changingCalls,
  compareCalls,
  compareNotifications,
  compareResources,
  differingParams,
} from './compare.js';

describe('changingCalls', () => {
  // The product's one definition (isMutatingOperation, @c7n-ts/aws): the calls a --dryrun is
  // checked never to make. IAM's policy simulation only reads (check-permissions calls it).
  it('keeps the calls that change something, in order, and drops every read', () => {
    const log = [
      'DescribeInstances',
      'SimulatePrincipalPolicy',
      'BatchGetImage',
      'SearchResources',
      'CreateTags',
      'LookupEvents',
      'BatchDeleteImage',
      'SendMessage',
    ].map((operation) => ({ service: 'x', operation, input: {} }));
    expect(changingCalls(log).map((c) => c.operation)).toEqual([
      'CreateTags',
      'BatchDeleteImage',
      'SendMessage',
    ]);
  });
});

describe('compareResources', () => {
  it('compares as sets', () => {
    expect(compareResources(['a', 'b'], ['b', 'a'])).toEqual([]);
    expect(compareResources([], [])).toEqual([]);
  });
  it('names the missing and the extra ids', () => {
    expect(compareResources(['a', 'b'], ['b', 'c'])).toEqual([
      'resources differ:',
      '  expected: [a, b]',
      '  matched:  [b, c]',
      '  missing:  a',
      '  extra:    c',
    ]);
    expect(compareResources([], ['x'])).toContain('  expected: [] (none)');
  });
});

const call = (service: string, operation: string, input: unknown = {}) => ({
  service,
  operation,
  input,
  ok: true,
});

describe('compareCalls', () => {
  const made = [
    call('ec2', 'DeleteVolume', { VolumeId: 'vol-1', DryRun: false }),
    call('sqs', 'SendMessage'),
  ];

  it('matches parameters partially, in order', () => {
    expect(
      compareCalls(
        [
          { call: 'ec2.DeleteVolume', params: { VolumeId: 'vol-1' } },
          { call: 'sqs.SendMessage', params: {} },
        ],
        made,
      ),
    ).toEqual([]);
  });

  it('marks the first difference and lists the parameters that differ', () => {
    const diff = compareCalls(
      [
        { call: 'ec2.DeleteVolume', params: { VolumeId: 'vol-2' } },
        { call: 'sqs.SendMessage', params: {} },
      ],
      made,
    );
    expect(diff[0]).toBe('calls differ (first difference at call 1):');
    expect(diff[2]).toMatch(/^ {2}> ec2\.DeleteVolume +ec2\.DeleteVolume$/);
    expect(diff[3]).toMatch(/^ {4}sqs\.SendMessage +sqs\.SendMessage$/);
    expect(diff.at(-1)).toBe('  call 1 ec2.DeleteVolume: VolumeId expected "vol-2", made "vol-1"');
  });

  it('shows a missing or an extra call as -', () => {
    const diff = compareCalls([{ call: 'ec2.DeleteVolume', params: {} }], made);
    expect(diff[0]).toContain('call 2');
    expect(diff.at(-1)).toMatch(/^ {2}> - +sqs\.SendMessage$/);
    expect(compareCalls([], [])).toEqual([]);
    expect(compareCalls([], made)[0]).toContain('call 1');
  });

  it('marks a failed call with its error code', () => {
    const failed = [{ ...call('ec2', 'DeleteVolume'), ok: false, errorCode: 'MissingFlightFile' }];
    expect(compareCalls([], failed).join('\n')).toContain('ec2.DeleteVolume (failed: MissingFlightFile)');
  });

  it('keeps only changing calls of a flight log', () => {
    expect(changingCalls([call('ec2', 'DescribeVolumes'), ...made]).map((c) => c.operation)).toEqual([
      'DeleteVolume',
      'SendMessage',
    ]);
  });
});

describe('differingParams', () => {
  it('matches nested objects partially and arrays element by element', () => {
    const input = { Tags: [{ Key: 'Owner', Value: 'a' }], Filter: { Name: 'x', Extra: 1 } };
    expect(differingParams({ Tags: [{ Key: 'Owner' }], Filter: { Name: 'x' } }, input)).toEqual([]);
    expect(differingParams({ Tags: [] }, input)).toEqual([{ key: 'Tags', expected: [], made: input.Tags }]);
    expect(differingParams({ Missing: 1 }, input)).toEqual([
      { key: 'Missing', expected: 1, made: undefined },
    ]);
    expect(differingParams({ SkipFinalSnapshot: true }, { SkipFinalSnapshot: 'true' })).toHaveLength(1);
  });
});

describe('compareNotifications', () => {
  const rendered = [{ to: ['b@x.io', 'a@x.io'], subject: 'Deleted', body: '<td>vol-1</td>' }];
  it('compares recipients as a set, the subject exactly and the body by substrings', () => {
    expect(
      compareNotifications([{ to: ['a@x.io', 'b@x.io'], subject: 'Deleted', contains: ['vol-1'] }], rendered),
    ).toEqual([]);
    expect(
      compareNotifications([{ to: ['a@x.io'], subject: 'deleted', contains: ['vol-2'] }], rendered),
    ).toEqual([
      'notifications differ:',
      '  notification 1: to expected [a@x.io], rendered [b@x.io, a@x.io]',
      '  notification 1: subject expected "deleted", rendered "Deleted"',
      '  notification 1: the body does not contain "vol-2"',
    ]);
  });
  it('reports a notification expected but not rendered, and one rendered but not expected', () => {
    expect(compareNotifications([{ to: ['a@x.io'] }], [])[1]).toBe(
      '  notification 1: expected to [a@x.io], none rendered',
    );
    expect(compareNotifications([], rendered)[1]).toContain('not expected, rendered to [b@x.io, a@x.io]');
  });
});
