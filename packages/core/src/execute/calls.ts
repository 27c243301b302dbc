/**
 * Makes an action's planned calls and records an outcome per resource. Calls run one after
 * another: recorded traffic replays by call order, and actions are rarely the slow part.
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
  ok: boolean;
  errorCode?: string;
  message?: string;
  /** True when a failed batch was re-issued one id at a time. */
  isolated?: boolean;
}

/** Codes that retrying the same call may cure; never isolate a batch on these. */
const TRANSIENT = /throttl|limitexceeded|slowdown|toomanyrequests|serviceunavailable|internalerror|timeout/i;

export async function executeCalls(
  calls: readonly PlannedCall[],
  provider: Provider,
  scope: Scope,
): Promise<{ outcomes: ResourceOutcome[]; records: CallRecord[] }> {
  const byId = new Map<string, ResourceOutcome>();
  const records: CallRecord[] = [];
  const note = (ids: readonly string[], outcome: CallOutcome) => {
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

  for (const call of calls) {
    let outcome = await safeCall(provider, call, scope);
    if (!outcome.ok && outcome.errorCode && call.recover?.codes.includes(outcome.errorCode)) {
      records.push(record(call, call.resourceIds, outcome));
      const recovery = await executeCalls(call.recover.calls, provider, scope);
      records.push(...recovery.records);
      outcome = await safeCall(provider, call, scope);
    }
    if (!outcome.ok && outcome.errorCode && call.okErrors?.includes(outcome.errorCode)) {
      outcome = { ok: true, output: outcome.output };
    }
    const ids = call.resourceIds;
    const canIsolate =
      !outcome.ok && call.batchField && ids.length > 1 && !TRANSIENT.test(outcome.errorCode ?? '');
    records.push({ ...record(call, ids, outcome), isolated: canIsolate || undefined });
    if (!canIsolate) {
      note(ids, outcome);
      continue;
    }
    for (const id of ids) {
      const single: PlannedCall = {
        ...call,
        input: { ...call.input, [call.batchField!]: [id] },
        resourceIds: [id],
        batchField: undefined,
        recover: undefined,
      };
      let one = await safeCall(provider, single, scope);
      if (!one.ok && one.errorCode && call.okErrors?.includes(one.errorCode)) one = { ok: true };
      records.push(record(call, [id], one));
      note([id], one);
    }
  }
  return { outcomes: [...byId.values()], records };
}

function record(call: PlannedCall, ids: readonly string[], outcome: CallOutcome): CallRecord {
  return {
    service: call.service,
    operation: call.operation,
    resourceIds: ids,
    describe: call.describe,
    ok: outcome.ok,
    errorCode: outcome.errorCode,
    message: outcome.message,
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
