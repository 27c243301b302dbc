/**
 * One fan-out run: the Lambda archives of its Lambda-mode policies and the account×region items
 * written to S3, the state machine started on them,
 * DescribeExecution polled until it ends, and each item's answer read back from the Map Run's
 * results (the ResultWriter manifest and its SUCCEEDED/FAILED files).
 */
import { parseJsonData } from '@c7n-ts/core';
import type { Send } from '../deploy/env.js';
import { sleep } from '../deploy/env.js';
import type { FanoutItemResult } from './item.js';

export interface FanoutRunSettings {
  stateMachineArn: string;
  /** Region of the state machine (and of the items' bucket calls). */
  region: string;
  /** Where the item list is written. */
  items: { bucket: string; key: string };
  /** The run's output, s3://bucket/prefix: items write `<account>/<region>/` under it. */
  output: string;
  /** What the function receives per item (FanoutItem's fields, as JSON). */
  list: readonly Record<string, unknown>[];
  /** Lambda archives the items name (`archiveKey`), uploaded to the items' bucket first. */
  archives?: readonly { key: string; zip: Uint8Array }[];
  /** Execution name (unique per state machine for 90 days); Step Functions picks one when absent. */
  name?: string;
  pollMs?: number;
  /** Called after each DescribeExecution (a progress line). */
  onPoll?: (status: string, polls: number) => void;
}

export interface FanoutRunResult {
  executionArn: string;
  /** SUCCEEDED, FAILED, TIMED_OUT, ABORTED. */
  status: string;
  /** Why the execution itself failed (not an item). */
  error?: string;
  /** One per item whose child workflow ran (every item, when the execution succeeded). */
  results: FanoutItemResult[];
}

export async function runFanout(s: FanoutRunSettings, send: Send): Promise<FanoutRunResult> {
  const call = (service: string, op: string, input: Record<string, unknown>) =>
    send(service, op, input, s.region);
  for (const a of s.archives ?? [])
    await call('s3', 'PutObject', {
      Bucket: s.items.bucket,
      Key: a.key,
      Body: a.zip,
      ContentType: 'application/zip',
    });
  await call('s3', 'PutObject', {
    Bucket: s.items.bucket,
    Key: s.items.key,
    Body: `${JSON.stringify(s.list)}\n`,
    ContentType: 'application/json',
  });
  const started = await call('states', 'StartExecution', {
    stateMachineArn: s.stateMachineArn,
    ...(s.name && { name: s.name }),
    input: JSON.stringify({ bucket: s.items.bucket, key: s.items.key, output: s.output }),
  });
  const executionArn = String(started.executionArn);
  let described: Record<string, unknown>;
  for (let polls = 1; ; polls++) {
    described = await call('states', 'DescribeExecution', { executionArn });
    s.onPoll?.(String(described.status), polls);
    if (described.status !== 'RUNNING' && described.status !== 'PENDING_REDRIVE') break;
    await sleep(s.pollMs ?? 5000);
  }
  const status = String(described.status);
  const out: FanoutRunResult = { executionArn, status, results: [] };
  if (status !== 'SUCCEEDED') {
    out.error = [described.error, described.cause].filter(Boolean).join(': ') || status;
    return out;
  }
  const written = parse(described.output) as { ResultWriterDetails?: { Bucket?: string; Key?: string } };
  const manifestAt = written?.ResultWriterDetails;
  if (!manifestAt?.Bucket || !manifestAt.Key) {
    out.error = 'the execution wrote no result manifest (ResultWriterDetails is missing from its output)';
    return out;
  }
  const manifest = parse(await read(call, manifestAt.Bucket, manifestAt.Key)) as {
    ResultFiles?: Record<string, { Key?: string }[]>;
  };
  for (const kind of ['SUCCEEDED', 'FAILED'])
    for (const file of manifest?.ResultFiles?.[kind] ?? []) {
      if (!file.Key) continue;
      const entries = parse(await read(call, manifestAt.Bucket, file.Key));
      for (const e of Array.isArray(entries) ? entries : []) out.results.push(itemResult(e));
    }
  return out;
}

/** A child workflow's record in a result file: its function's answer, or why it failed. */
function itemResult(entry: Record<string, unknown>): FanoutItemResult {
  if (entry.Status === 'SUCCEEDED') {
    const answer = parse(entry.Output) as FanoutItemResult | undefined;
    if (answer && typeof answer.account === 'string') return { ...answer, policies: answer.policies ?? [] };
  }
  const input = (parse(entry.Input) ?? {}) as { item?: Record<string, unknown> };
  const item = input.item ?? {};
  return {
    account: String(item.account ?? '?'),
    account_id: String(item.account_id ?? ''),
    region: String(item.region ?? '?'),
    status: 'error',
    policies: [],
    error: {
      stage: 'fanout',
      code: String(entry.Error ?? entry.Status ?? 'Error'),
      message: String(entry.Cause ?? `child workflow ${String(entry.Status)}`),
    },
  };
}

async function read(
  call: (service: string, op: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>,
  Bucket: string,
  Key: string,
): Promise<string> {
  const out = await call('s3', 'GetObject', { Bucket, Key });
  const body = out.Body as { transformToString(): Promise<string> } | string | undefined;
  if (body === undefined) return '';
  return typeof body === 'string' ? body : body.transformToString();
}

function parse(text: unknown): any {
  if (typeof text !== 'string') return undefined;
  try {
    // The Map Run's result files are data from outside (the items' answers).
    return parseJsonData(text);
  } catch {
    return undefined;
  }
}

/**
 * Where a run of the deployed state machine puts its item list: beside the Map Run results
 * its definition writes (`s3://B/P/results/` → `s3://B/P/items/<name>.json`), a place the
 * state machine's role can already reach.
 */
export function itemsLocation(
  definition: unknown,
  name: string,
): { bucket: string; key: string } | undefined {
  let def: any = definition;
  if (typeof definition === 'string') def = parse(definition);
  const states = Object.values((def?.States ?? {}) as Record<string, any>);
  const params = states.find((s) => s?.ResultWriter)?.ResultWriter?.Parameters as
    | { Bucket?: unknown; Prefix?: unknown }
    | undefined;
  if (typeof params?.Bucket !== 'string') return undefined;
  const prefix = typeof params.Prefix === 'string' ? params.Prefix.replace(/\/?results$/, '') : '';
  return { bucket: params.Bucket, key: [prefix, 'items', `${name}.json`].filter(Boolean).join('/') };
}

/**
 * Where a Lambda-mode policy's archive goes: beside the item list (`s3://B/P/items/x.json` →
 * `s3://B/P/archives/<policy>/<sha256 hex>.zip`), named by its content, so a run never replaces
 * the archive an earlier run's items still name.
 */
export function archiveKey(items: { key: string }, policy: string, sha256: string): string {
  const prefix = items.key.replace(/(^|\/)items\/[^/]*$/, '');
  const hex = Buffer.from(sha256, 'base64').toString('hex');
  return [prefix, 'archives', policy, `${hex}.zip`].filter(Boolean).join('/');
}
