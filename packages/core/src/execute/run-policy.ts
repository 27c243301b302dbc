/**
 * Runs one policy in one account and region: conditions, fetch, filter, resource limits,
 * actions (or their plan under --dryrun), outputs. Faults end up in the result and in
 * metadata.json; only bugs throw.
 */
import { copyData, copyDataWith } from '../data/json.js';
import type { ActionContext, EvalContext, PlannedCall, Resource, ResourceTypeDecl } from '../define/types.js';
import { type CompiledFilters, compileFilters } from '../filters/index.js';
import { interpolatePolicy, type LoadedPolicy, normalizeAction } from '../policy/index.js';
import { assertInside, localPathOf } from '../policy/local-path.js';
import type { Registry } from '../registry/index.js';
import type { ResourceCache } from './cache.js';
import { type CallRecord, type ExecuteOptions, executeCalls, type ResourceOutcome } from './calls.js';
import { checkResourceLimits } from './limits.js';
import { type Fetched, listingGroup, type RunListings } from './listings.js';
import { filtersArePure, policyNeeds } from './needs.js';
import { JsonArrayText, type OutputSink, writeChunked } from './outputs.js';
import type { FetchProgress, FetchRequest, Provider, Scope } from './provider.js';

export type { Fetched } from './listings.js';

export type PolicyStatus = 'ok' | 'skipped' | 'failed';

export interface ActionResult {
  type: string;
  index: number;
  /** Under --dryrun: what would be called. Otherwise: what was called. */
  planned: PlannedCall[];
  calls: CallRecord[];
  outcomes: ResourceOutcome[];
  error?: string;
  /**
   * Resources this action was not run on because an earlier action of the policy failed for
   * them; `all` when an earlier action failed as a whole and no later action ran at all.
   */
  skipped?: { ids: string[]; reason: string };
}

export interface PolicyResult {
  policy: string;
  resourceType: string;
  scope: Scope;
  status: PolicyStatus;
  /** Why skipped or failed. */
  reason?: string;
  fetched: number;
  matched: number;
  actions: ActionResult[];
  /** Directory (relative to the output root) holding this policy's files. */
  outputPath: string;
  startedAt: string;
  durationMs: number;
}

export interface RunContext {
  provider: Provider;
  registry: Registry;
  sink: OutputSink;
  scope: Scope;
  dryrun: boolean;
  /** Fixed clock for the whole run (ms). */
  now: number;
  /** Prefix under the output root: '' for one region, `<region>/` for several. */
  outputPrefix: string;
  vars?: Record<string, string>;
  /** Shared fetches of one run, keyed by type/account/region/needs. */
  cache?: RunListings;
  /** Fetches kept between runs (`--cache-period`). */
  resourceCache?: ResourceCache;
  /** Distinguishes providers' data in `resourceCache` (a replay directory, a profile...). */
  cacheNamespace?: string;
  /** How a long fetch is going. */
  onProgress?: (event: ProgressEvent) => void;
  /** Retry pacing of the action executor. */
  execute?: ExecuteOptions;
  versions?: Record<string, string>;
  readLocal?: (url: string) => Promise<string>;
  /** The triggering event (Lambda modes): the `event` filter and actions read it. */
  event?: unknown;
  /** Fetch only these resources (a CloudTrail event's ids); `[]` fetches nothing. */
  ids?: readonly string[];
  /**
   * True inside a deployed function: a Lambda mode runs here instead of failing as
   * "not deployed".
   */
  serverlessRuntime?: boolean;
  /** Extra template directories (`--template-dir`). */
  templateDirs?: readonly string[];
}

/** A fetch under way, for a progress line. */
export interface ProgressEvent extends FetchProgress {
  policy: string;
  resourceType: string;
  region: string;
}

export async function runPolicy(policy: LoadedPolicy, ctx: RunContext): Promise<PolicyResult> {
  const run = new PolicyRun(policy, ctx);
  if (await run.attempt(() => run.start())) await fetchAndAct(run, ctx);
  return run.end();
}

/** A started run on the run's shared listing: fetch (or reuse), match, write, act. */
export async function fetchAndAct(run: PolicyRun, ctx: RunContext): Promise<void> {
  await run.attempt(async () => {
    const { resources, cached } = await fetchCached(run, ctx);
    run.fetched(resources.length, cached);
    const page = await run.matchPage(resources);
    run.matched();
    await writeChunked(ctx.sink, run.resourcesFile, matchedFile(page));
    await run.act(resources.length);
    return true;
  });
}

/**
 * What passed a policy's filters on a page: `items` as resources.json has them, each with its
 * `c7n:MatchedFilters` (`notes[i]`) added last when there are notes (a pure policy's shared
 * resources), or already annotated (an annotating policy's own copies: no `notes`).
 */
export interface MatchedPage {
  items: Resource[];
  notes?: (string[] | undefined)[];
}

/**
 * The text of a matched page in resources.json; `made`, texts of shared resources already
 * printed (see `JsonArrayText.itemsWith`).
 */
export function matchedText(
  text: JsonArrayText,
  page: MatchedPage,
  made?: ReadonlyMap<object, string>,
): Iterable<string> {
  return page.notes ? text.itemsWith(page.items, MATCHED_FILTERS, page.notes, made) : text.items(page.items);
}

/** The whole resources.json of a matched page, a piece at a time. */
function* matchedFile(page: MatchedPage): Generator<string> {
  const text = new JsonArrayText();
  yield* matchedText(text, page);
  yield text.end();
}

type Log = (level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) => void;

/**
 * One policy's run in one account and region, in phases: `start` (old outputs cleared, mode and
 * conditions checked, filters compiled), `matchPage` on what was fetched (all of it at once, or a
 * page at a time when a type's policies are streamed), `act` (resource limits, actions), and
 * `end` (metadata.json, the plan). `runPolicy` runs them in order; stream.ts runs the policies of
 * one listing together.
 */
export class PolicyRun {
  readonly result: PolicyResult;
  readonly rt: ResourceTypeDecl;
  /** The policy with its variables expanded. */
  readonly data: Record<string, unknown>;
  readonly log: Log;
  readonly resourcesFile: string;
  private readonly hasActions: boolean;
  private readonly idOf: (r: Resource) => string;
  private readonly evalCtx: EvalContext;
  private readonly started = Date.now();
  private filters?: CompiledFilters;
  /** Every filter only reads: the fetched objects are evaluated as they are, shared. */
  private pure = false;
  private over = false;
  /** The ids matched so far. */
  private readonly ids: string[] = [];
  /** What the actions will get (none for a policy without actions), and for a pure policy the
   * value filters each passed. */
  private readonly kept: Resource[] = [];
  private readonly keptNotes: (string[] | undefined)[] = [];

  constructor(
    readonly policy: LoadedPolicy,
    private readonly ctx: RunContext,
  ) {
    const rt = ctx.registry.resource(policy.resourceType)!;
    this.rt = rt;
    const outputPath = `${ctx.outputPrefix}${policy.name}`;
    this.resourcesFile = `${outputPath}/resources.json`;
    this.result = {
      policy: policy.name,
      resourceType: rt.type,
      scope: ctx.scope,
      status: 'ok',
      fetched: 0,
      matched: 0,
      actions: [],
      outputPath,
      startedAt: new Date(ctx.now).toISOString(),
      durationMs: 0,
    };
    this.log = (level, message, data) =>
      ctx.sink.appendLog(
        `${outputPath}/custodian-run.log`,
        JSON.stringify({ ts: new Date().toISOString(), level, policy: policy.name, message, ...data }),
      );
    // notify subjects and member-role stay verbatim, as the loader keeps them.
    this.data = interpolatePolicy(policy.data, {
      account_id: ctx.scope.accountId,
      region: ctx.scope.region,
      now: new Date(ctx.now).toISOString(),
      policy_name: policy.name,
      ...ctx.vars,
    });
    this.hasActions = ((this.data.actions as unknown[] | undefined) ?? []).length > 0;
    this.idOf = (r) => String(r[rt.id]);
    this.evalCtx = {
      now: ctx.now,
      region: ctx.scope.region,
      accountId: ctx.scope.accountId,
      provider: ctx.provider,
      readSource: (url, headers) => readSource(url, ctx, [policy.baseDir], headers),
      log: this.log,
      ...(ctx.event !== undefined && { event: ctx.event }),
    };
  }

  /** The policy's mode, `pull` when it has none. */
  get mode(): string {
    return (this.data.mode as { type?: string } | undefined)?.type ?? 'pull';
  }

  /** True when every filter tests one resource at a time, synchronously (no call, no whole set). */
  get perResource(): boolean {
    return this.filters?.predicate !== undefined;
  }

  /** Whether the run goes on: false once it has been skipped or has failed. */
  async start(): Promise<boolean> {
    const { ctx, data, rt, policy, log } = this;
    // Nothing an earlier run wrote may pass for this run's output (a dry run's plan beside a real
    // run's metadata, the resources.json of a run before one that failed).
    await ctx.sink.clear?.(this.result.outputPath, RUN_FILES);
    // A policy that should have been deployed and was not is a failure, not a skip: a
    // scheduled `run` must not report success while nothing watches the account.
    const mode = this.mode;
    if (ctx.registry.mode(mode)?.serverless && !ctx.dryrun && !ctx.serverlessRuntime) {
      const why = `mode ${mode} deploys a Lambda function: deploy it with \`c7n-ts run\` (without --dryrun), or use --dryrun to evaluate the policy in pull mode`;
      log('error', why);
      return this.finish('failed', why);
    }
    const skip = await skipReason(data, rt, ctx, this.evalCtx);
    if (skip) {
      log('info', `skipped: ${skip}`);
      return this.finish('skipped', skip);
    }
    this.filters = compileFilters((data.filters as unknown[]) ?? [], {
      resourceType: rt,
      policyName: policy.name,
      registry: ctx.registry,
      baseDir: policy.baseDir,
      templateDirs: ctx.templateDirs,
      // Filters that read the policy's other keys (org-account cfn-stack reads `query` roles).
      policy: data,
    });
    this.pure = filtersArePure((data.filters as unknown[]) ?? [], rt, ctx.registry);
    return true;
  }

  /** What the provider is asked to fetch for this policy. */
  fetchRequest(): Omit<FetchRequest, 'scope' | 'onProgress'> {
    const data = this.data;
    const source = typeof data.source === 'string' && data.source !== 'describe' ? data.source : undefined;
    return {
      needs: policyNeeds(data, this.rt, this.ctx.registry),
      query: data.query as Record<string, unknown>[] | undefined,
      mode: this.mode,
      ...(source && { source }),
    };
  }

  /** Policies whose keys are equal share one listing: no detail call depends on how they differ. */
  fetchKey(): string {
    const { ctx, rt } = this;
    const { needs, query, mode, source } = this.fetchRequest();
    const needsKey =
      ctx.provider.fetchKey?.(rt, { needs, query, mode, source }) ?? (needs ? [...needs].sort() : '*');
    return JSON.stringify([
      rt.type,
      ctx.scope,
      needsKey,
      query ?? [],
      mode,
      source ?? 'describe',
      ctx.cacheNamespace ?? '',
      ctx.ids ?? null,
    ]);
  }

  fetched(count: number, cached = false): void {
    this.result.fetched = count;
    this.log('info', `fetched ${count} ${this.rt.type}${cached ? ' (from the resource cache)' : ''}`, {
      count,
    });
  }

  /**
   * Filters `fetched` (a whole listing, or one page of it): notes the ids that pass, keeps what
   * the actions will need, and returns what passed as resources.json has it.
   */
  async matchPage(fetched: Resource[]): Promise<MatchedPage> {
    // Other policies see the same fetched objects: filters that annotate get copies; pure
    // filters read the shared ones.
    const pure = this.pure;
    const resources = pure ? fetched : fetched.map(copy);
    const matchedFilters = new Map<unknown, string[]>();
    const evaluated = await this.filters!.evaluate(resources, { ...this.evalCtx, matchedFilters });
    for (const r of evaluated) this.ids.push(this.idOf(r));
    // c7n:MatchedFilters, as Cloud Custodian leaves it on what its value filters passed.
    if (!pure) {
      const matched = evaluated.map(annotate(matchedFilters));
      if (this.hasActions) for (const r of matched) this.kept.push(r);
      return { items: matched };
    }
    // A pure policy keeps the shared objects and their notes: copies for the actions are made
    // when they run, and none is made to write them (issue 17: the copies of every policy of a
    // listing held at once were a large part of a run's peak memory).
    const notes = evaluated.map((r) => matchedFilters.get(r));
    if (this.hasActions)
      for (const [i, r] of evaluated.entries()) {
        this.kept.push(r);
        this.keptNotes.push(notes[i]);
      }
    return { items: evaluated, notes };
  }

  /** Logs what matched, once every page has been through `matchPage`. */
  matched(): void {
    this.result.matched = this.ids.length;
    this.log('info', `matched ${this.ids.length}`, { ids: this.ids });
  }

  /** Resource limits, then the actions on what matched of `fetched`, and the policy's status. */
  async act(fetched: number): Promise<void> {
    const { data, log, result } = this;
    const limit = checkResourceLimits(data, fetched, this.ids.length);
    if (limit) {
      log('error', limit);
      this.finish('failed', limit);
      return;
    }
    const kept = this.kept.splice(0);
    const notes = this.keptNotes.splice(0);
    const matched = this.pure ? kept.map((r, i) => withNotes(r, notes[i])) : kept;
    await runActions(data, matched, this.rt, this.ctx, this.evalCtx, result, log, this.policy.baseDir);
    const failedAction = result.actions.find((a) => a.error || a.outcomes.some((o) => !o.ok));
    if (failedAction) {
      result.status = 'failed';
      const skipped = result.actions
        .filter((a) => a.skipped?.ids.length)
        .map((a) => `${a.type} not run on ${a.skipped!.ids.length}`);
      result.reason = [failureReason(failedAction), ...skipped].join('; ');
    }
  }

  /** `step`'s answer, or false when it throws: the run has then failed (see `fail`). */
  async attempt(step: () => Promise<boolean>): Promise<boolean> {
    try {
      return await step();
    } catch (err) {
      this.fail(err);
      return false;
    }
  }

  /** The run has failed (a fetch, a filter, a write): logged, and nothing more is done. */
  fail(err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this.log('error', message);
    this.finish('failed', message);
  }

  /** True when the run has been skipped or has failed. */
  get isOver(): boolean {
    return this.over;
  }

  /** Writes metadata.json (and the plan under --dryrun): the result, final. */
  async end(): Promise<PolicyResult> {
    const { result, ctx } = this;
    result.durationMs = Date.now() - this.started;
    try {
      await writeMetadata(this.policy, this.data, result, ctx);
      if (ctx.dryrun) await writePlan(result, ctx);
    } catch (err) {
      // An output that cannot be written (a refused S3 PutObject) fails the policy, not the run.
      const message = `cannot write the output to ${ctx.sink.location}: ${err instanceof Error ? err.message : String(err)}`;
      result.status = 'failed';
      result.reason = result.reason ? `${result.reason}; ${message}` : message;
    }
    return result;
  }

  private finish(status: PolicyStatus, reason: string): false {
    this.over = true;
    this.result.status = status;
    this.result.reason = reason;
    return false;
  }
}

/** `UnauthorizedOperation: You are not authorized...`: an AWS error's code is worth keeping. */
function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = err.name;
  return code && code !== 'Error' && !err.message.startsWith(code) ? `${code}: ${err.message}` : err.message;
}

/** What a policy run writes in its folder; cleared when the policy runs again. */
const RUN_FILES = [
  'resources.json',
  'metadata.json',
  'custodian-run.log',
  'plan.json',
  'plan.txt',
  'deploy.json',
  'notify',
  'auto-tag-user-unresolved.json',
];

/** `action tag failed on 1 of 3 resources (UnauthorizedOperation: You are not...)`. */
function failureReason(a: ActionResult): string {
  if (a.error) return `action ${a.type} failed: ${a.error}`;
  const failed = a.outcomes.filter((o) => !o.ok);
  const first = failed[0];
  const why = first?.errorCode
    ? ` (${first.errorCode}${first.message ? `: ${first.message.length > 120 ? `${first.message.slice(0, 117)}...` : first.message}` : ''})`
    : '';
  return `action ${a.type} failed on ${failed.length} of ${a.outcomes.length} resources${why}`;
}

async function skipReason(
  data: Record<string, unknown>,
  rt: ResourceTypeDecl,
  ctx: RunContext,
  evalCtx: EvalContext,
): Promise<string | undefined> {
  if (typeof data.region === 'string' && data.region !== ctx.scope.region)
    return `policy region ${data.region} is not ${ctx.scope.region}`;
  // c7n turns the deprecated validity window into two conditions on `now`.
  const conditions = [...((data.conditions as unknown[] | undefined) ?? []), ...windowConditions(data)];
  if (conditions.length) {
    // Cloud Custodian's condition record (c7n PolicyConditions.evaluate); the loader warns on other keys.
    const env = {
      name: data.name,
      resource: data.resource,
      provider: rt.provider,
      region: ctx.scope.region,
      account_id: ctx.scope.accountId,
      now: new Date(ctx.now).toISOString(),
      policy: data,
    };
    const compiled = compileFilters(conditions, {
      resourceType: rt,
      policyName: String(data.name),
      registry: ctx.registry,
    });
    const pass = await compiled.evaluate([env], evalCtx);
    if (pass.length === 0) return 'conditions not met';
  }
  return undefined;
}

function windowConditions(data: Record<string, unknown>): Record<string, unknown>[] {
  const bound = (key: 'start' | 'end', op: 'gte' | 'lte') =>
    typeof data[key] === 'string'
      ? [{ type: 'value', key: 'now', value_type: 'date', op, value: data[key] }]
      : [];
  return [...bound('start', 'gte'), ...bound('end', 'lte')];
}

async function fetchCached(run: PolicyRun, ctx: RunContext): Promise<Fetched> {
  const rt = run.rt;
  const key = run.fetchKey();
  let p = ctx.cache?.get(key);
  if (!p) {
    const request = run.fetchRequest();
    const onProgress = ctx.onProgress
      ? (progress: FetchProgress) =>
          ctx.onProgress?.({
            policy: run.policy.name,
            resourceType: rt.type,
            region: ctx.scope.region,
            ...progress,
          })
      : undefined;
    p = (async () => {
      // An event names its resources: nothing else is listed, and a fresh look is always taken.
      if (ctx.ids) {
        if (ctx.ids.length === 0) return { resources: [], cached: false };
        const fetched = await ctx.provider.fetch(rt, { ...request, scope: ctx.scope, ids: ctx.ids });
        return { resources: fetched, cached: false };
      }
      const kept = await ctx.resourceCache?.get(key);
      if (kept) return { resources: kept, cached: true };
      const fetched = await ctx.provider.fetch(rt, { ...request, scope: ctx.scope, onProgress });
      await ctx.resourceCache?.set(key, fetched);
      return { resources: fetched, cached: false };
    })();
    ctx.cache?.set(key, listingGroup(rt.type, ctx.scope), p);
  }
  return p;
}

/**
 * Annotations are top-level keys; nested values are shared and never mutated in place. The copy
 * is a data object, as the resource is: nothing inherited reads as a member.
 */
const copy: (r: Resource) => Resource = copyData;

/** A copy of `r` with the value filters it passed noted. */
function withNotes(r: Resource, keys: string[] | undefined): Resource {
  return keys ? copyDataWith(r, MATCHED_FILTERS, keys) : copy(r);
}

/** Notes the value filters `r` passed on `r` itself (a policy's own copy). */
const annotate =
  (notes: ReadonlyMap<unknown, string[]>) =>
  (r: Resource): Resource => {
    const keys = notes.get(r);
    if (keys) r[MATCHED_FILTERS] = keys;
    return r;
  };

const MATCHED_FILTERS = 'c7n:MatchedFilters';

async function runActions(
  data: Record<string, unknown>,
  matched: Resource[],
  rt: ResourceTypeDecl,
  ctx: RunContext,
  evalCtx: EvalContext,
  result: PolicyResult,
  log: (level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) => void,
  baseDir: string,
) {
  const items = (data.actions as unknown[]) ?? [];
  if (matched.length === 0) return;
  const actx: ActionContext = {
    ...evalCtx,
    resourceType: rt,
    policyName: String(data.name),
    policy: data,
    dryrun: ctx.dryrun,
    baseDir,
    templateDirs: ctx.templateDirs,
    executionStart: ctx.now,
    output: {
      location: `${ctx.sink.location}/${result.outputPath}`,
      write: (relPath, content) => ctx.sink.write(`${result.outputPath}/${relPath}`, content),
    },
    read: (service, operation, input, region) =>
      ctx.provider.read(service, operation, input, region ? { ...ctx.scope, region } : ctx.scope),
  };
  // As in Cloud Custodian, a policy's actions run in order and an action that fails stops the
  // ones after it: a resource whose snapshot failed is never deleted. Failures reported per
  // resource drop just those resources; an action that fails whole stops every later action.
  let remaining = matched;
  let stopped: string | undefined;
  const idOf = (r: Resource) => String(r[rt.id]);
  for (const [index, item] of items.entries()) {
    const { type, options } = normalizeAction(item);
    const decl = ctx.registry.action(rt.type, type)!;
    const ar: ActionResult = { type, index, planned: [], calls: [], outcomes: [] };
    result.actions.push(ar);
    if (stopped) {
      ar.skipped = { ids: matched.map(idOf), reason: stopped };
      log('warn', `action ${type}: not run: ${stopped}`);
      continue;
    }
    if (remaining.length < matched.length) {
      const left = new Set(remaining);
      const ids = matched.filter((r) => !left.has(r)).map(idOf);
      ar.skipped = { ids, reason: 'an earlier action failed for them' };
      log('warn', `action ${type}: not run on ${ids.length} resource(s) an earlier action failed for`, {
        ids,
      });
      if (remaining.length === 0) continue;
    }
    try {
      ar.planned = await decl.plan(remaining, options, { ...actx, actionIndex: index });
      if (ctx.dryrun) {
        log('info', `dryrun: action ${type} planned ${ar.planned.length} call(s)`);
        continue;
      }
      const { outcomes, records } = await executeCalls(ar.planned, ctx.provider, ctx.scope, ctx.execute);
      ar.outcomes = outcomes;
      ar.calls = records;
      const failed = outcomes.filter((o) => !o.ok);
      log(
        failed.length ? 'warn' : 'info',
        `action ${type}: ${outcomes.length - failed.length} ok, ${failed.length} failed`,
        {
          failed: failed.map((f) => ({ id: f.id, error: f.errorCode })),
        },
      );
      if (failed.length) {
        const failedIds = new Set(failed.map((f) => f.id));
        remaining = remaining.filter((r) => !failedIds.has(idOf(r)));
      }
    } catch (err) {
      ar.error = errorText(err);
      log('error', `action ${type}: ${ar.error}`);
      stopped = `action ${type} failed`;
    }
  }
}

/** `allowed`: the folders local files may be read from (the policy file's). */
async function readSource(
  url: string,
  ctx: RunContext,
  allowed: readonly string[],
  headers?: Readonly<Record<string, string>>,
): Promise<string> {
  const local = localPathOf(url);
  if (local === undefined) {
    if (!ctx.provider.readSource) throw new Error(`cannot read ${url}: no provider reader`);
    return ctx.provider.readSource(url, headers);
  }
  const { readFile } = await import('node:fs/promises');
  return readFile(assertInside(local, allowed), 'utf8');
}

async function writeMetadata(
  policy: LoadedPolicy,
  data: Record<string, unknown>,
  result: PolicyResult,
  ctx: RunContext,
) {
  const end = new Date(new Date(result.startedAt).getTime() + result.durationMs);
  const metadata = {
    policy: data,
    version: ctx.versions?.['c7n-ts'],
    versions: ctx.versions,
    execution: {
      start: result.startedAt,
      end_time: end.toISOString(),
      duration: result.durationMs / 1000,
      dryrun: ctx.dryrun,
      status: result.status,
      reason: result.reason,
    },
    config: { region: ctx.scope.region, account_id: ctx.scope.accountId, file: policy.file },
    counts: { fetched: result.fetched, matched: result.matched },
    'api-stats': ctx.provider.apiStats(),
    actions: result.actions.map((a) => ({
      type: a.type,
      planned: a.planned.length,
      error: a.error,
      results: a.outcomes,
      calls: a.calls,
      ...(a.skipped && { skipped: a.skipped }),
    })),
  };
  await ctx.sink.write(`${result.outputPath}/metadata.json`, `${JSON.stringify(metadata, null, 2)}\n`);
}

async function writePlan(result: PolicyResult, ctx: RunContext) {
  const plan = {
    policy: result.policy,
    resourceType: result.resourceType,
    region: result.scope.region,
    matched: result.matched,
    actions: result.actions.map((a) => ({
      type: a.type,
      calls: a.planned.map((c) => ({
        service: c.service,
        operation: c.operation,
        resourceIds: c.resourceIds,
        describe: c.describe,
        input: c.input,
      })),
    })),
  };
  await ctx.sink.write(`${result.outputPath}/plan.json`, `${JSON.stringify(plan, null, 2)}\n`);
  const lines = [
    `policy ${result.policy} (${result.resourceType}, ${result.scope.region}): ${result.matched} matched`,
  ];
  if (result.status !== 'ok') lines.push(`  ${result.status.toUpperCase()}: ${result.reason ?? ''}`);
  for (const a of result.actions) {
    if (a.error) lines.push(`  ${a.type}: FAILED: ${a.error}`);
    else if (a.skipped && a.skipped.ids.length >= result.matched)
      lines.push(`  ${a.type}: not run: ${a.skipped.reason}`);
    else if (a.planned.length === 0) lines.push(`  ${a.type}: nothing to do`);
    for (const c of a.planned) lines.push(`  ${a.type}: ${c.describe}`);
  }
  await ctx.sink.write(`${result.outputPath}/plan.txt`, `${lines.join('\n')}\n`);
}
