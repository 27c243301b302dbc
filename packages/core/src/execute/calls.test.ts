/**
 * The executor against a small in-memory provider (the provider is core's boundary): each
 * test scripts how the "cloud" answers and checks the per-resource outcomes and the calls made.
 */
import { describe, expect, it } from 'vitest';
import type { PlannedCall } from '../define/types.js';
import { executeCalls } from './calls.js';
import type { CallOutcome, Provider, Scope } from './provider.js';

const scope: Scope = { accountId: '123456789012', region: 'us-east-1' };

interface Made {
  operation: string;
  ids: readonly string[];
  input: Record<string, unknown>;
  region: string;
}

/** A provider whose answer to each call comes from `answer`; it logs every call. */
function fakeProvider(answer: (call: PlannedCall, n: number) => CallOutcome | Promise<CallOutcome>) {
  const made: Made[] = [];
  const provider: Provider = {
    name: 'fake',
    fetch: async () => [],
    async call(call, s) {
      made.push({
        operation: call.operation,
        ids: call.resourceIds,
        input: call.input,
        region: call.region ?? s.region,
      });
      return answer(call, made.length);
    },
    read: async () => ({}),
    apiStats: () => ({}),
  };
  return { provider, made };
}

const tag = (ids: string[], extra: Partial<PlannedCall> = {}): PlannedCall => ({
  service: 'ec2',
  operation: 'CreateTags',
  input: { Resources: ids, Tags: [{ Key: 'Owner', Value: 'x' }] },
  resourceIds: ids,
  describe: `tag ${ids.join(', ')}`,
  batchField: 'Resources',
  ...extra,
});

const ok: CallOutcome = { ok: true, output: {} };
const fail = (errorCode: string): CallOutcome => ({ ok: false, errorCode, message: `${errorCode}!` });
const byId = (outcomes: { id: string; ok: boolean; errorCode?: string }[]) =>
  Object.fromEntries(outcomes.map((o) => [o.id, o.ok ? 'ok' : o.errorCode]));

describe('executeCalls', () => {
  const cases: {
    name: string;
    calls: PlannedCall[];
    answer: (call: PlannedCall, n: number) => CallOutcome;
    outcomes: Record<string, string | undefined>;
    made: string[];
  }[] = [
    {
      name: 'a batch that succeeds: one call, every id ok',
      calls: [tag(['i-1', 'i-2'])],
      answer: () => ok,
      outcomes: { 'i-1': 'ok', 'i-2': 'ok' },
      made: ['CreateTags i-1,i-2'],
    },
    {
      name: 'a batch refused for one id is isolated: the others succeed',
      calls: [tag(['i-1', 'i-2', 'i-3'])],
      answer: (c) => (c.resourceIds.includes('i-2') ? fail('UnauthorizedOperation') : ok),
      outcomes: { 'i-1': 'ok', 'i-2': 'UnauthorizedOperation', 'i-3': 'ok' },
      made: ['CreateTags i-1,i-2,i-3', 'CreateTags i-1', 'CreateTags i-2', 'CreateTags i-3'],
    },
    {
      name: 'a throttled batch is not isolated (the SDK already retried it)',
      calls: [tag(['i-1', 'i-2'])],
      answer: () => fail('RequestLimitExceeded'),
      outcomes: { 'i-1': 'RequestLimitExceeded', 'i-2': 'RequestLimitExceeded' },
      made: ['CreateTags i-1,i-2'],
    },
    {
      name: 'a single-resource failure is not re-issued',
      calls: [tag(['i-1'])],
      answer: () => fail('AccessDenied'),
      outcomes: { 'i-1': 'AccessDenied' },
      made: ['CreateTags i-1'],
    },
    {
      name: 'okErrors count as success, whole and isolated',
      calls: [
        tag(['i-1'], { operation: 'DeleteTags', okErrors: ['InvalidInstanceID.NotFound'] }),
        tag(['i-2', 'i-3'], { okErrors: ['InvalidInstanceID.NotFound'] }),
      ],
      answer: (c) =>
        c.resourceIds.length > 1
          ? fail('AccessDenied')
          : c.resourceIds[0] === 'i-2'
            ? ok
            : fail('InvalidInstanceID.NotFound'),
      outcomes: { 'i-1': 'ok', 'i-2': 'ok', 'i-3': 'ok' },
      made: ['DeleteTags i-1', 'CreateTags i-2,i-3', 'CreateTags i-2', 'CreateTags i-3'],
    },
    {
      name: 'a resource fails if any of its calls fails',
      calls: [tag(['i-1']), tag(['i-1'], { operation: 'StopInstances', batchField: undefined })],
      answer: (c) => (c.operation === 'StopInstances' ? fail('IncorrectInstanceState') : ok),
      outcomes: { 'i-1': 'IncorrectInstanceState' },
      made: ['CreateTags i-1', 'StopInstances i-1'],
    },
    {
      name: 'recover: the recovery calls, then the call once more',
      calls: [
        {
          service: 'ec2',
          operation: 'TerminateInstances',
          input: { InstanceIds: ['i-1'] },
          resourceIds: ['i-1'],
          describe: 'terminate i-1',
          recover: {
            codes: ['OperationNotPermitted'],
            calls: [
              {
                service: 'ec2',
                operation: 'ModifyInstanceAttribute',
                input: { InstanceId: 'i-1', DisableApiTermination: { Value: false } },
                resourceIds: ['i-1'],
                describe: 'allow termination of i-1',
              },
            ],
          },
        },
      ],
      answer: (_c, n) => (n === 1 ? fail('OperationNotPermitted') : ok),
      outcomes: { 'i-1': 'ok' },
      made: ['TerminateInstances i-1', 'ModifyInstanceAttribute i-1', 'TerminateInstances i-1'],
    },
    {
      name: 'recover is not tried on other codes',
      calls: [
        {
          ...tag(['i-1'], { operation: 'TerminateInstances', batchField: undefined }),
          recover: { codes: ['OperationNotPermitted'], calls: [tag(['i-1'], { operation: 'Unprotect' })] },
        },
      ],
      answer: () => fail('AccessDenied'),
      outcomes: { 'i-1': 'AccessDenied' },
      made: ['TerminateInstances i-1'],
    },
    {
      name: 'retry: a quota code re-issues the same call until it passes',
      calls: [
        tag(['i-1'], {
          operation: 'CopyDBSnapshot',
          batchField: undefined,
          retry: { codes: ['SnapshotQuotaExceeded'], attempts: 5, delayMs: 120_000 },
        }),
        tag(['i-2'], { operation: 'CopyDBSnapshot', batchField: undefined }),
      ],
      answer: (c, n) => (c.resourceIds[0] === 'i-1' && n <= 2 ? fail('SnapshotQuotaExceeded') : ok),
      outcomes: { 'i-1': 'ok', 'i-2': 'ok' },
      made: ['CopyDBSnapshot i-1', 'CopyDBSnapshot i-1', 'CopyDBSnapshot i-1', 'CopyDBSnapshot i-2'],
    },
    {
      name: 'retry: gives up after its attempts, and not on other codes',
      calls: [
        tag(['i-1'], {
          operation: 'CopyDBSnapshot',
          batchField: undefined,
          retry: { codes: ['SnapshotQuotaExceeded'], attempts: 2, delayMs: 120_000 },
        }),
        tag(['i-2'], {
          operation: 'CopyDBSnapshot',
          batchField: undefined,
          retry: { codes: ['SnapshotQuotaExceeded'], attempts: 2, delayMs: 120_000 },
        }),
      ],
      answer: (c) => fail(c.resourceIds[0] === 'i-1' ? 'SnapshotQuotaExceeded' : 'AccessDenied'),
      outcomes: { 'i-1': 'SnapshotQuotaExceeded', 'i-2': 'AccessDenied' },
      made: ['CopyDBSnapshot i-1', 'CopyDBSnapshot i-1', 'CopyDBSnapshot i-2'],
    },
    {
      name: 'a provider that throws is recorded as that resource failing, and the next call still runs',
      calls: [tag(['i-1']), tag(['i-2'])],
      answer: (c) => {
        if (c.resourceIds[0] === 'i-1') throw new TypeError('bug in the provider');
        return ok;
      },
      outcomes: { 'i-1': 'TypeError', 'i-2': 'ok' },
      made: ['CreateTags i-1', 'CreateTags i-2'],
    },
    {
      name: 'a resource whose call failed gets no later call in the action (no delete after a failed tag)',
      calls: [
        tag(['db-1'], { operation: 'AddTagsToResource', batchField: undefined }),
        tag(['db-1'], { operation: 'DeleteDBInstance', batchField: undefined }),
        tag(['db-2'], { operation: 'DeleteDBInstance', batchField: undefined }),
      ],
      answer: (c) => (c.operation === 'AddTagsToResource' ? fail('AccessDenied') : ok),
      outcomes: { 'db-1': 'AccessDenied', 'db-2': 'ok' },
      made: ['AddTagsToResource db-1', 'DeleteDBInstance db-2'],
    },
    {
      name: 'a later batch goes ahead without the resources that failed before',
      calls: [tag(['i-1', 'i-2', 'i-3']), tag(['i-1', 'i-2', 'i-3'], { operation: 'DeleteTags' })],
      answer: (c) =>
        c.operation === 'CreateTags' && c.resourceIds.includes('i-2') ? fail('AccessDenied') : ok,
      outcomes: { 'i-1': 'ok', 'i-2': 'AccessDenied', 'i-3': 'ok' },
      made: [
        'CreateTags i-1,i-2,i-3',
        'CreateTags i-1',
        'CreateTags i-2',
        'CreateTags i-3',
        'DeleteTags i-1,i-3',
      ],
    },
  ];

  it.each(cases)('$name', async ({ calls, answer, outcomes, made }) => {
    const fake = fakeProvider(answer);
    const result = await executeCalls(calls, fake.provider, scope, { retryDelayMs: 0 });
    expect(byId(result.outcomes)).toEqual(outcomes);
    expect(fake.made.map((m) => `${m.operation} ${m.ids.join(',')}`)).toEqual(made);
  });

  it('isolates with the batch field value paired to each id (ARNs, not ids)', async () => {
    const fake = fakeProvider((c) => (c.resourceIds.length > 1 ? fail('AccessDenied') : ok));
    const call: PlannedCall = {
      service: 'tagging',
      operation: 'TagResources',
      input: { ResourceARNList: ['arn:db-a', 'arn:db-b'], Tags: { Owner: 'x' } },
      resourceIds: ['db-a', 'db-b'],
      describe: 'tag db-a, db-b',
      batchField: 'ResourceARNList',
    };
    const result = await executeCalls([call], fake.provider, scope, { retryDelayMs: 0 });
    expect(fake.made.slice(1).map((m) => m.input.ResourceARNList)).toEqual([['arn:db-a'], ['arn:db-b']]);
    expect(result.records.find((r) => r.isolated)?.resourceIds).toEqual(['db-a', 'db-b']);
  });

  describe('failures reported in a successful answer', () => {
    const failuresOf = (output: unknown) =>
      Object.entries((output as { Failed?: Record<string, string> }).Failed ?? {}).map(([id, errorCode]) => ({
        id,
        errorCode,
        message: `${errorCode} on ${id}`,
      }));

    it('records the named resources failed and the others done', async () => {
      const fake = fakeProvider(() => ({
        ok: true,
        output: { Failed: { 'db-b': 'InvalidParameterException' } },
      }));
      const result = await executeCalls(
        [tag(['db-a', 'db-b', 'db-c'], { failures: failuresOf })],
        fake.provider,
        scope,
        { retryDelayMs: 0 },
      );
      expect(byId(result.outcomes)).toEqual({
        'db-a': 'ok',
        'db-b': 'InvalidParameterException',
        'db-c': 'ok',
      });
      expect(result.outcomes.find((o) => o.id === 'db-b')?.message).toBe('InvalidParameterException on db-b');
      expect(result.records).toMatchObject([{ ok: false, failedIds: ['db-b'] }]);
      expect(fake.made).toHaveLength(1);
    });

    it('re-issues throttled resources alone until they pass', async () => {
      const fake = fakeProvider((_c, n) => ({
        ok: true,
        output: n === 1 ? { Failed: { 'db-b': 'ThrottlingException', 'db-c': 'AccessDenied' } } : {},
      }));
      const result = await executeCalls(
        [tag(['db-a', 'db-b', 'db-c'], { failures: failuresOf })],
        fake.provider,
        scope,
        { retryDelayMs: 0 },
      );
      expect(byId(result.outcomes)).toEqual({ 'db-a': 'ok', 'db-b': 'ok', 'db-c': 'AccessDenied' });
      expect(fake.made.map((m) => m.input.Resources)).toEqual([['db-a', 'db-b', 'db-c'], ['db-b']]);
    });

    it('gives up on throttled resources after the retries', async () => {
      const fake = fakeProvider(() => ({ ok: true, output: { Failed: { 'db-a': 'ThrottlingException' } } }));
      const result = await executeCalls([tag(['db-a'], { failures: failuresOf })], fake.provider, scope, {
        retryDelayMs: 0,
        partialRetries: 2,
      });
      expect(byId(result.outcomes)).toEqual({ 'db-a': 'ThrottlingException' });
      expect(fake.made).toHaveLength(3);
    });

    it('okErrors apply to them too, and ids the call does not carry are ignored', async () => {
      const fake = fakeProvider(() => ({
        ok: true,
        output: { Failed: { 'db-a': 'ResourceNotFoundException', 'db-z': 'AccessDenied' } },
      }));
      const result = await executeCalls(
        [tag(['db-a'], { failures: failuresOf, okErrors: ['ResourceNotFoundException'] })],
        fake.provider,
        scope,
        { retryDelayMs: 0 },
      );
      expect(byId(result.outcomes)).toEqual({ 'db-a': 'ok' });
    });

    it('applies to the calls of an isolated batch', async () => {
      const fake = fakeProvider((c) =>
        c.resourceIds.length > 1
          ? fail('AccessDenied')
          : {
              ok: true,
              output: c.resourceIds[0] === 'db-b' ? { Failed: { 'db-b': 'InvalidParameterException' } } : {},
            },
      );
      const result = await executeCalls(
        [tag(['db-a', 'db-b'], { failures: failuresOf })],
        fake.provider,
        scope,
        { retryDelayMs: 0 },
      );
      expect(byId(result.outcomes)).toEqual({ 'db-a': 'ok', 'db-b': 'InvalidParameterException' });
    });
  });

  it('hands the call its own region, and records it', async () => {
    const fake = fakeProvider(() => ok);
    const result = await executeCalls(
      [tag(['bucket-eu'], { service: 's3', operation: 'PutBucketTagging', region: 'eu-west-1' })],
      fake.provider,
      scope,
    );
    expect(fake.made[0]?.region).toBe('eu-west-1');
    expect(result.records[0]?.region).toBe('eu-west-1');
  });

  it('makes independent calls even when their resources failed an earlier one', async () => {
    const refused: CallOutcome = { ok: false, errorCode: 'MessageRejected', message: 'not verified' };
    const email = (to: string): PlannedCall => ({
      service: 'email',
      operation: 'SendEmail',
      input: { Destination: { ToAddresses: [to] } },
      resourceIds: ['i-1'],
      describe: `email ${to}`,
      independent: true,
    });
    const fake = fakeProvider((_c, n) => (n === 1 ? refused : ok));
    const result = await executeCalls(
      [email('alice@example.com'), email('bob@example.com')],
      fake.provider,
      scope,
    );
    expect(fake.made).toHaveLength(2);
    expect(result.records.map((r) => r.ok)).toEqual([false, true]);
    // The resource still counts as failed: one of its emails did not go out.
    expect(result.outcomes).toEqual([
      { id: 'i-1', ok: false, errorCode: 'MessageRejected', message: 'not verified' },
    ]);
  });

  describe('waitFor', () => {
    const reads: unknown[] = [];
    const waiting = (states: string[]) => {
      const fake = fakeProvider(() => ok);
      let n = 0;
      fake.provider.read = async (_s, _o, input) => {
        reads.push(input);
        return { Volumes: [{ State: states[Math.min(n++, states.length - 1)] }] };
      };
      return fake;
    };
    const del = (attempts?: number): PlannedCall => ({
      service: 'ec2',
      operation: 'DeleteVolume',
      input: { VolumeId: 'vol-1' },
      resourceIds: ['vol-1'],
      describe: 'delete vol-1',
      waitFor: {
        service: 'ec2',
        operation: 'DescribeVolumes',
        input: { VolumeIds: ['vol-1'] },
        ready: (out) =>
          (out as { Volumes: { State: string }[] }).Volumes.every((v) => v.State === 'available'),
        describe: 'vol-1 to become available',
        ...(attempts !== undefined && { attempts }),
      },
    });

    it('polls until the resource is ready, then makes the call', async () => {
      reads.length = 0;
      const fake = waiting(['in-use', 'in-use', 'available']);
      const result = await executeCalls([del()], fake.provider, scope, { waitDelayMs: 0 });
      expect(reads).toHaveLength(3);
      expect(fake.made.map((m) => m.operation)).toEqual(['DeleteVolume']);
      expect(result.outcomes).toEqual([{ id: 'vol-1', ok: true }]);
    });

    it('gives up after its attempts: the call is not made and the resource fails', async () => {
      const fake = waiting(['in-use']);
      const result = await executeCalls([del(3)], fake.provider, scope, { waitDelayMs: 0 });
      expect(fake.made).toEqual([]);
      expect(result.outcomes[0]).toMatchObject({ id: 'vol-1', ok: false, errorCode: 'WaitTimeout' });
      expect(result.records[0]).toMatchObject({ skipped: true, ok: false });
    });

    it("polls in the call's own region", async () => {
      const fake = waiting(['available']);
      const regions: string[] = [];
      const read = fake.provider.read;
      fake.provider.read = async (s, o, input, sc) => {
        regions.push(sc.region);
        return read(s, o, input, sc);
      };
      await executeCalls([{ ...del(), region: 'eu-west-1' }], fake.provider, scope, { waitDelayMs: 0 });
      expect(regions).toEqual(['eu-west-1']);
    });

    it('ends the wait on one of its doneOn error codes (the resource is gone); another error fails', async () => {
      const gone = (code: string) => {
        const fake = waiting(['in-use']);
        let n = 0;
        fake.provider.read = async () => {
          if (n++ === 0) return { Volumes: [{ State: 'deleting' }] };
          throw Object.assign(new Error('not found'), { name: code });
        };
        return fake;
      };
      const call = (): PlannedCall => {
        const c = del();
        return {
          ...c,
          waitFor: { ...(c.waitFor as NonNullable<PlannedCall['waitFor']>), doneOn: ['NotFound'] },
        };
      };
      const done = gone('NotFound');
      const result = await executeCalls([call()], done.provider, scope, { waitDelayMs: 0 });
      expect(done.made.map((m) => m.operation)).toEqual(['DeleteVolume']);
      expect(result.outcomes).toEqual([{ id: 'vol-1', ok: true }]);
      const denied = gone('AccessDenied');
      const failed = await executeCalls([call()], denied.provider, scope, { waitDelayMs: 0 });
      expect(denied.made).toEqual([]);
      expect(failed.outcomes[0]).toMatchObject({ ok: false, errorCode: 'AccessDenied' });
    });
  });
});

describe('executeCalls workflows (ref and bind)', () => {
  const snapshot: PlannedCall = {
    service: 'ec2',
    operation: 'CreateSnapshot',
    input: { VolumeId: 'vol-1' },
    resourceIds: ['vol-1'],
    describe: 'snapshot vol-1',
    ref: 'snap',
  };
  const copy: PlannedCall = {
    service: 'ec2',
    operation: 'CopySnapshot',
    input: { Encrypted: true },
    resourceIds: ['vol-1'],
    describe: 'copy it',
    bind: (outputs) => ({ SourceSnapshotId: (outputs.get('snap') as { SnapshotId: string }).SnapshotId }),
    pauseMs: 1,
  };

  it('fills a later input from an earlier output', async () => {
    const { provider, made } = fakeProvider((call) =>
      call.operation === 'CreateSnapshot' ? { ok: true, output: { SnapshotId: 'snap-1' } } : ok,
    );
    const { outcomes } = await executeCalls([snapshot, copy], provider, scope);
    expect(made.map((m) => [m.operation, m.input])).toEqual([
      ['CreateSnapshot', { VolumeId: 'vol-1' }],
      ['CopySnapshot', { Encrypted: true, SourceSnapshotId: 'snap-1' }],
    ]);
    expect(byId(outcomes)).toEqual({ 'vol-1': 'ok' });
  });

  it('makes no dependent call when the step it needs failed', async () => {
    const { provider, made } = fakeProvider(() => fail('SnapshotLimitExceeded'));
    const { outcomes, records } = await executeCalls([snapshot, copy], provider, scope);
    expect(made.map((m) => m.operation)).toEqual(['CreateSnapshot']);
    expect(byId(outcomes)).toEqual({ 'vol-1': 'SnapshotLimitExceeded' });
    expect(records[1]).toMatchObject({ operation: 'CopySnapshot', skipped: true });
  });
});
