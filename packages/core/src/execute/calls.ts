/**
 * Makes an action's planned calls and records an outcome per resource. Calls run one after
 * another: recorded traffic replays by call order, and actions are rarely the slow part.
 *
 * A call fails whole (an error answer), or in part (a 200 answer naming failed resources, read
 * by `PlannedCall.failures`). A batch that fails whole with a lasting error is re-issued one
 * resource at a time, so one AccessDenied does not fail the others; resources a 200 answer
 * names as throttled are re-issued alone, after a pause, a few times.
 */
import type { PlannedCall } from '../define/types.js';
import type { CallOutcome, Provider, Scope } from './provider.js';

export interface ResourceOutcome {
  id: string;
  ok: boolean;
  errorCode?: string;
  message?: string;
}

export interface CallRecord {
  service: string;
  operation: string;
  resourceIds: readonly string[];
  describe: string;
  /** The call's region when it is not the policy's. */
  region?: string;
  ok: boolean;
  errorCode?: string;
  message?: string;
  /** True when a failed batch was re-issued one id at a time. */
  isolated?: boolean;
  /** Resources a successful answer named as failed (`PlannedCall.failures`). */
  failedIds?: string[];
  /** Not made: every resource it was for had already failed an earlier call of this action. */
  skipped?: boolean;
}

export interface ExecuteOptions {
  /** First pause before re-issuing resources a 200 answer said were throttled; doubles each time. */
  retryDelayMs?: number;
  /** How many times such resources are re-issued. */
  partialRetries?: number;
  /** Pause between the polls of a call's `waitFor`; default 5 s (Cloud Custodian's waiters' pace is 15 s). */
  waitDelayMs?: number;
}

/** Codes that retrying the same call may cure; never isolate a batch on these. */
export const TRANSIENT =
  /throttl|limitexceeded|slowdown|toomanyrequests|serviceunavailable|internalerror|timeout/i;

type Failure = { id: string; errorCode: string; message?: string };

export async function executeCalls(
  calls: readonly PlannedCall[],
  provider: Provider,
  scope: Scope,
  options: ExecuteOptions = {},
): Promise<{ outcomes: ResourceOutcome[]; records: CallRecord[] }> {
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const partialRetries = options.partialRetries ?? 4;
  const byId = new Map<string, ResourceOutcome>();
  const records: CallRecord[] = [];
  const note = (ids: readonly string[], outcome: { ok: boolean; errorCode?: string; message?: string }) => {
    for (const id of ids) {
      const prior = byId.get(id);
      // A resource succeeded only if every call touching it succeeded.
      if (prior && !prior.ok) continue;
      byId.set(
        id,
        outcome.ok
          ? { id, ok: true }
          : { id, ok: false, errorCode: outcome.errorCode, message: outcome.message },
      );
    }
  };
  const okError = (call: PlannedCall, code: string | undefined) =>
    code !== undefined && (call.okErrors?.includes(code) ?? false);

  /** Records a call that answered: whole success, or success with some resources failed. */
  const settle = async (call: PlannedCall, outcome: CallOutcome, extra: Partial<CallRecord> = {}) => {
    let failures = partialFailures(call, outcome).filter((f) => !okError(call, f.errorCode));
    records.push({
      ...record(call, call.resourceIds, outcome),
      ...extra,
      ...(failures.length && {
        ok: false,
        errorCode: failures[0]!.errorCode,
        message: failures[0]!.message,
        failedIds: failures.map((f) => f.id),
      }),
    });
    note(
      call.resourceIds.filter((id) => !failures.some((f) => f.id === id)),
      { ok: true },
    );
    // Resources throttled inside a 200 answer: re-issue just those, a few times, with a pause.
    for (let attempt = 0; attempt < partialRetries && call.batchField; attempt++) {
      const throttled = failures.filter((f) => TRANSIENT.test(f.errorCode));
      if (throttled.length === 0) break;
      for (const f of failures) if (!throttled.includes(f)) note([f.id], { ok: false, ...f });
      await sleep(retryDelayMs * 2 ** attempt);
      const again = narrow(
        call,
        throttled.map((f) => f.id),
      );
      const out = await safeCall(provider, again, scope);
      if (!out.ok) {
        failures = again.resourceIds.map((id) => ({
          id,
          errorCode: out.errorCode ?? 'Error',
          message: out.message,
        }));
        records.push(record(again, again.resourceIds, out));
        break;
      }
      failures = partialFailures(again, out).filter((f) => !okError(call, f.errorCode));
      records.push({
        ...record(again, again.resourceIds, out),
        ...(failures.length && {
          ok: false,
          errorCode: failures[0]!.errorCode,
          failedIds: failures.map((f) => f.id),
        }),
      });
      note(
        again.resourceIds.filter((id) => !failures.some((f) => f.id === id)),
        { ok: true },
      );
    }
    for (const f of failures) note([f.id], { ok: false, ...f });
  };

  // Outputs of calls that name themselves (`ref`), for later calls' `bind`.
  const outputs = new Map<string, unknown>();
  for (const unbound of calls) {
    const planned = bindCall(unbound, outputs);
    // A resource whose earlier call in this action failed gets no further calls: an RDS delete
    // must not go ahead when tagging its final snapshot's restore info failed (c7n stops there).
    const failed = planned.independent ? [] : planned.resourceIds.filter((id) => byId.get(id)?.ok === false);
    if (failed.length === planned.resourceIds.length && failed.length > 0) {
      records.push({ ...record(planned, planned.resourceIds, { ok: false }), skipped: true });
      continue;
    }
    const call =
      failed.length && planned.batchField
        ? narrow(
            planned,
            planned.resourceIds.filter((id) => !failed.includes(id)),
          )
        : planned;
    if (call.pauseMs) await sleep(call.pauseMs);
    if (call.waitFor) {
      // The resource awaited lives where the call goes (an S3 bucket's region).
      const waitScope = call.region ? { ...scope, region: call.region } : scope;
      const waited = await waitUntilReady(call.waitFor, provider, waitScope, options.waitDelayMs ?? 5000);
      if (!waited.ok) {
        records.push({ ...record(call, call.resourceIds, waited), skipped: true });
        note(call.resourceIds, waited);
        continue;
      }
    }
    let outcome = await safeCall(provider, call, scope);
    const retry = call.retry;
    for (let n = 1; retry && n < retry.attempts; n++) {
      if (outcome.ok || !retry.codes.includes(outcome.errorCode ?? '')) break;
      records.push(record(call, call.resourceIds, outcome));
      const pause = Math.min(retry.delayMs * 2 ** (n - 1), retry.maxDelayMs ?? Number.POSITIVE_INFINITY);
      if (retryDelayMs > 0) await sleep(pause);
      outcome = await safeCall(provider, call, scope);
    }
    if (!outcome.ok && outcome.errorCode && call.recover?.codes.includes(outcome.errorCode)) {
      records.push(record(call, call.resourceIds, outcome));
      const recovery = await executeCalls(call.recover.calls, provider, scope, options);
      records.push(...recovery.records);
      outcome = await safeCall(provider, call, scope);
    }
    if (!outcome.ok && okError(call, outcome.errorCode)) outcome = { ok: true, output: outcome.output };
    if (outcome.ok) {
      if (call.ref !== undefined) outputs.set(call.ref, outcome.output);
      await settle(call, outcome);
      continue;
    }
    const ids = call.resourceIds;
    const canIsolate =
      call.batchField !== undefined && ids.length > 1 && !TRANSIENT.test(outcome.errorCode ?? '');
    records.push({ ...record(call, ids, outcome), isolated: canIsolate || undefined });
    if (!canIsolate) {
      note(ids, outcome);
      continue;
    }
    for (const id of ids) {
      const single = { ...narrow(call, [id]), recover: undefined };
      let one = await safeCall(provider, single, scope);
      if (!one.ok && okError(call, one.errorCode)) one = { ok: true, output: one.output };
      if (one.ok) await settle(single, one);
      else {
        records.push(record(single, [id], one));
        note([id], one);
      }
    }
  }
  return { outcomes: [...byId.values()], records };
}

/**
 * The call with its `bind` members filled from earlier outputs; left as planned when a call it
 * depends on has not answered (its resources failed that call, so this one is skipped).
 */
function bindCall(call: PlannedCall, outputs: ReadonlyMap<string, unknown>): PlannedCall {
  if (!call.bind && !call.waitFor?.bind) return call;
  try {
    return {
      ...call,
      ...(call.bind && { input: { ...call.input, ...call.bind(outputs) } }),
      ...(call.waitFor?.bind && {
        waitFor: { ...call.waitFor, input: { ...call.waitFor.input, ...call.waitFor.bind(outputs) } },
      }),
    };
  } catch {
    return call;
  }
}

/**
 * The same call for some of its resources: `resourceIds[i]` pairs with `input[batchField][i]`
 * (an id, or an ARN where the API takes ARNs).
 */
function narrow(call: PlannedCall, ids: readonly string[]): PlannedCall {
  const field = call.batchField;
  if (!field) return { ...call, resourceIds: ids };
  const values = call.input[field];
  const paired = Array.isArray(values) && values.length === call.resourceIds.length;
  const picked = ids.map((id) => (paired ? values[call.resourceIds.indexOf(id)] : id));
  return { ...call, input: { ...call.input, [field]: picked }, resourceIds: ids };
}

function partialFailures(call: PlannedCall, outcome: CallOutcome): Failure[] {
  if (!call.failures || !outcome.ok) return [];
  const known = new Set(call.resourceIds);
  return call.failures(outcome.output).filter((f) => known.has(f.id));
}

function record(call: PlannedCall, ids: readonly string[], outcome: CallOutcome): CallRecord {
  return {
    service: call.service,
    operation: call.operation,
    resourceIds: ids,
    describe: call.describe,
    ...(call.region !== undefined && { region: call.region }),
    ok: outcome.ok,
    errorCode: outcome.errorCode,
    message: outcome.message,
  };
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Polls `wait` until ready; a read that fails or a resource never ready fails the call. */
async function waitUntilReady(
  wait: NonNullable<PlannedCall['waitFor']>,
  provider: Provider,
  scope: Scope,
  delayMs: number,
): Promise<CallOutcome> {
  const attempts = wait.attempts ?? 40;
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await sleep(delayMs);
    let output: unknown;
    try {
      output = await provider.read(wait.service, wait.operation, wait.input, scope);
    } catch (err) {
      const e = err as { name?: string; Code?: string; message?: string };
      if (wait.doneOn?.includes(e.Code ?? e.name ?? '')) return { ok: true };
      return {
        ok: false,
        errorCode: e.Code ?? e.name ?? 'Error',
        message: `while waiting for ${wait.describe}: ${e.message ?? String(err)}`,
      };
    }
    if (wait.ready(output)) return { ok: true };
  }
  return {
    ok: false,
    errorCode: 'WaitTimeout',
    message: `gave up waiting for ${wait.describe} after ${attempts} checks`,
  };
}

/** A provider that throws instead of answering is a bug there; record it, keep going. */
async function safeCall(provider: Provider, call: PlannedCall, scope: Scope): Promise<CallOutcome> {
  try {
    return await provider.call(call, scope);
  } catch (err) {
    const e = err as { name?: string; message?: string };
    return { ok: false, errorCode: e.name ?? 'Error', message: e.message ?? String(err) };
  }
}
