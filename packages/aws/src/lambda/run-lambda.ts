/**
 * One invocation of a deployed policy: work out the account, region and output, resolve the
 * resource ids a CloudTrail event names (or run the whole policy for a schedule), run it
 * through core's engine, and log each step as one JSON line. handler.ts calls this with the
 * bundle's config; tests call it directly with replayed flight data.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  DirectorySink,
  interpolate,
  type LoadedPolicy,
  type OutputSink,
  type PolicyResult,
  type Registry,
  runPolicies,
} from '@c7n-ts/core';
import type { AwsProvider } from '../aws-provider.js';
import { parseS3Url, S3Sink } from '../clients/s3-sink.js';
import { flightLogJson } from '../flight/session.js';
import { openAwsProvider } from '../open-provider.js';
import type { AwsResourceType } from '../resources/types.js';
import { executionOptions, type LambdaConfig, modeOf } from './config.js';
import { type ConfigRun, configRun, sendEvaluations } from './config-run.js';
import { eventIds, isTrailEvent, type TrailEventSpec } from './event-ids.js';
import { hubEventIds } from './hub-ids.js';
import { EVENT_ID_MODES, eventModeIds, healthEventIds } from './mode-ids.js';

/** The fields of Lambda's context object c7n-ts reads. */
export interface LambdaContext {
  invokedFunctionArn?: string;
  functionName?: string;
  awsRequestId?: string;
}

export interface LambdaRuntime {
  config: LambdaConfig;
  /** Directory of the unzipped bundle (config.json, templates/). */
  bundleDir: string;
  registry: Registry;
  env: Readonly<Record<string, string | undefined>>;
  /** Writes one structured log line (stdout in Lambda). */
  log(line: Record<string, unknown>): void;
  /** Providers kept between warm invocations, by account and region. */
  providers?: Map<string, Promise<AwsProvider>>;
}

export interface ActionSummary {
  type: string;
  ok: number;
  failed: number;
  /** Calls planned (all of them under dryrun). */
  planned: number;
  error?: string;
}

export interface LambdaSummary {
  policy: string;
  /** `no-op`: the event named no resource, nothing was fetched. */
  status: 'ok' | 'failed' | 'skipped' | 'no-op';
  reason?: string;
  fetched: number;
  matched: number;
  /** Resource ids the event named (cloudtrail mode); absent for scheduled runs. */
  ids?: string[];
  actions: ActionSummary[];
}

/** Where the function writes when the policy does not say (Lambda's only writable directory). */
export const DEFAULT_OUTPUT_DIR = '/tmp/c7n-ts';

export async function runLambda(
  rt: LambdaRuntime,
  event: unknown,
  context: LambdaContext,
): Promise<LambdaSummary> {
  const { policy: cfg } = rt.config;
  const base = { policy: cfg.name, requestId: context.awsRequestId };
  const log = (level: 'info' | 'warn' | 'error', step: string, data: Record<string, unknown> = {}) =>
    rt.log({ level, ...base, step, ...data });
  try {
    const mode = modeOf(cfg.data);
    log('info', 'start', { mode: mode.type, event: eventSummary(event), version: rt.config.version });

    const noOp = (why: string): LambdaSummary => {
      log('info', 'no-op', { message: why });
      return { policy: cfg.name, status: 'no-op', reason: why, fetched: 0, matched: 0, ids: [], actions: [] };
    };
    let ids: string[] | undefined;
    if (mode.type === 'cloudtrail') {
      const found = eventIds(event, (mode.events as TrailEventSpec[] | undefined) ?? []);
      if (found.ids.length === 0)
        return noOp(
          !isTrailEvent(event)
            ? 'the event is not a CloudTrail API call'
            : found.matched
              ? `no resources named by the event (${found.matched.ids} is empty)`
              : `no resources named by the event: none of the policy's events matches ${String(event.detail.eventSource)} ${String(event.detail.eventName)}`,
        );
      ids = found.ids;
      log('info', 'ids', { ids, event: found.matched?.event });
    } else if ((EVENT_ID_MODES as readonly string[]).includes(mode.type)) {
      const found = eventModeIds(mode.type, event);
      if (found.ids.length === 0) return noOp(found.why ?? 'no resources named by the event');
      ids = found.ids;
      log('info', 'ids', { ids });
    }

    const { accountId, region } = whereAmI(rt.env, context);
    const provider = await providerFor(rt, accountId, region);
    const callsBefore = provider.clients.session.calls.length;
    let runProvider = provider;
    if (mode.type === 'phd') {
      const idField = rt.registry.resource(cfg.resourceType)?.id ?? '';
      const found = await healthEventIds(event, idField, (service, op, input, r) =>
        provider.send(service, op, input, r ?? region),
      );
      if (found.ids.length === 0) return noOp(found.why ?? 'no resources named by the event');
      ids = found.ids;
      log('info', 'ids', { ids, eventArn: found.eventArn });
      runProvider = withHealthEvent(provider, found.eventArn!);
    }
    const send = (service: string, op: string, input: Record<string, unknown>) =>
      provider.send(service, op, input, region);
    if (mode.type === 'hub-finding' || mode.type === 'hub-action') {
      const found = await hubEventIds(event, resourceTypeOf(rt, cfg.resourceType), accountId, send);
      if (found.ids.length === 0) return noOp(found.why ?? 'no resources named by the event');
      ids = found.ids;
      log('info', 'ids', { ids });
    }
    const opts = executionOptions(cfg.data);
    const dryrun = opts.dryrun || rt.env.C7N_TS_DRYRUN === 'true';
    let config: ConfigRun | undefined;
    if (mode.type === 'config-rule' || mode.type === 'config-poll-rule') {
      const found = await configRun(mode.type, event, resourceTypeOf(rt, cfg.resourceType), cfg.name);
      if (typeof found === 'string') return noOp(found);
      if (found.notApplicable) {
        await sendEvaluations(found.notApplicable, found.token, send, dryrun, log);
        return noOp('the resource is deleted, not recorded or out of the rule scope: NOT_APPLICABLE');
      }
      config = found;
      if (config.item) ids = [String(config.item.resourceId)];
      runProvider = config.provider(runProvider);
    }
    const written = outputSink(rt, provider, opts.outputDir, { accountId, region, policyName: cfg.name });
    const sink = config ? config.sink(written) : written;
    const delay = typeof mode.delay === 'number' ? mode.delay : 0;
    // Give the new resource time to show in describe calls (eventual consistency), as c7n.
    if (delay > 0 && !rt.env.C7N_TS_REPLAY) await new Promise((r) => setTimeout(r, delay * 1000));
    const templates = join(rt.bundleDir, 'templates');
    const policy: LoadedPolicy = {
      name: cfg.name,
      resourceType: cfg.resourceType,
      data: cfg.data,
      file: cfg.file,
      baseDir: rt.bundleDir,
      index: 0,
      location: { line: 1, col: 1 },
    };
    const [result] = await runPolicies([policy], {
      provider: runProvider,
      registry: rt.registry,
      sink,
      accountId,
      regions: [region],
      // C7N_TS_DRYRUN: `c7n-ts invoke --dryrun` on a policy that acts.
      dryrun,
      event,
      ...(ids && { ids }),
      serverlessRuntime: true,
      ...(existsSync(templates) && { templateDirs: [templates] }),
      ...(provider.clients.mode === 'replay' && { execute: { retryDelayMs: 0, waitDelayMs: 0 } }),
      versions: { 'c7n-ts': rt.config.version, node: process.version },
    });
    if (!result) throw new Error('the engine returned no result for the policy');
    if (config)
      await sendEvaluations(await config.evaluations(result, send), config.token, send, dryrun, log);
    if (provider.clients.mode !== 'live') {
      // What `c7n-ts invoke --replay` and tests assert on, as `run --replay` writes it.
      await sink.write('flight-log.json', flightLogJson(provider.clients.session.calls.slice(callsBefore)));
    }
    const summary = summarize(result, ids);
    for (const { type, ...counts } of summary.actions)
      log(counts.failed || counts.error ? 'warn' : 'info', 'action', { action: type, ...counts });
    log(summary.status === 'failed' ? 'error' : 'info', 'done', {
      status: summary.status,
      ...(summary.reason && { reason: summary.reason }),
      fetched: summary.fetched,
      matched: summary.matched,
      output: sink.location,
      durationMs: result.durationMs,
    });
    return summary;
  } catch (err) {
    // A bug, or an environment the function cannot run in: logged, then rethrown so Lambda
    // counts an error (retries, dead-letter queue).
    const e = err instanceof Error ? err : new Error(String(err));
    log('error', 'error', { message: e.message, stack: e.stack });
    throw e;
  }
}

function resourceTypeOf(rt: LambdaRuntime, type: string): AwsResourceType {
  const decl = rt.registry.resource(type);
  if (!decl) throw new Error(`the registry has no resource type ${type}`);
  return decl as AwsResourceType;
}

/** As c7n's PHD mode: each resource fetched names the health event in `c7n:HealthEvent`. */
function withHealthEvent(provider: AwsProvider, eventArn: string): AwsProvider {
  return {
    ...provider,
    // Every resource goes through `fetch` below.
    fetchPages: undefined,
    async fetch(rt, req) {
      const resources = await provider.fetch(rt, req);
      for (const r of resources) {
        const seen = r['c7n:HealthEvent'];
        r['c7n:HealthEvent'] = [...(Array.isArray(seen) ? seen : []), eventArn];
      }
      return resources;
    },
  };
}

function summarize(r: PolicyResult, ids: string[] | undefined): LambdaSummary {
  return {
    policy: r.policy,
    status: r.status,
    ...(r.reason && { reason: r.reason }),
    fetched: r.fetched,
    matched: r.matched,
    ...(ids && { ids }),
    actions: r.actions.map((a) => {
      const failed = a.outcomes.filter((o) => !o.ok).length;
      return {
        type: a.type,
        ok: a.outcomes.length - failed,
        failed,
        planned: a.planned.length,
        ...(a.error && { error: a.error }),
      };
    }),
  };
}

/** What identifies the event in logs, without its (possibly large) detail. */
function eventSummary(event: unknown): Record<string, unknown> | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const e = event as Record<string, unknown>;
  const detail = (isTrailEvent(event) ? event.detail : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {
    id: e.id,
    source: e.source,
    detailType: e['detail-type'],
    eventName: detail.eventName,
    eventID: detail.eventID,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/** Account from the function ARN (`arn:aws:lambda:REGION:ACCOUNT:function:NAME`), else the env. */
export function whereAmI(
  env: Readonly<Record<string, string | undefined>>,
  context: LambdaContext,
): { accountId: string; region: string } {
  const arn = (context.invokedFunctionArn ?? '').split(':');
  const accountId = arn[4] || env.C7N_TS_ACCOUNT_ID;
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || arn[3] || 'us-east-1';
  if (!accountId)
    throw new Error(
      'cannot tell the account id: the invocation context has no invokedFunctionArn and C7N_TS_ACCOUNT_ID is not set',
    );
  return { accountId, region };
}

function providerFor(rt: LambdaRuntime, accountId: string, region: string): Promise<AwsProvider> {
  const key = `${accountId}/${region}`;
  let p = rt.providers?.get(key);
  if (!p) {
    const replay = rt.env.C7N_TS_REPLAY;
    // C7N_TS_RECORD: `c7n-ts invoke --record`, as `c7n-ts test --record` records a Lambda-mode policy.
    const record = replay ? undefined : rt.env.C7N_TS_RECORD;
    p = openAwsProvider({
      regions: [region],
      accountId,
      registry: rt.registry,
      ...(replay && { replay }),
      ...(record && { record }),
    });
    rt.providers?.set(key, p);
  }
  return p;
}

function outputSink(
  rt: LambdaRuntime,
  provider: AwsProvider,
  fromPolicy: string | undefined,
  vars: { accountId: string; region: string; policyName: string },
): OutputSink {
  const raw = rt.env.C7N_TS_OUTPUT_DIR || fromPolicy || DEFAULT_OUTPUT_DIR;
  const dir = interpolate(raw, {
    account_id: vars.accountId,
    region: vars.region,
    policy_name: vars.policyName,
  });
  if (!dir.startsWith('s3://')) return new DirectorySink(dir);
  const loc = parseS3Url(dir);
  if (!loc) throw new Error(`output_dir ${dir} is not s3://bucket/prefix`);
  return new S3Sink(provider.clients, loc);
}
