/**
 * The shapes of every registry element. A resource type, filter, action or mode is a plain
 * object; the `define*` helpers exist only so TypeScript infers option types from the schema.
 */
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { QuerySpec } from '../policy/query.js';

export type { JSONSchema };
/** A resource as the provider returned it (plus augmentations): plain JSON. */
export type Resource = Record<string, unknown>;

/** Options type derived from an element's option schema. */
export type OptionsOf<S> = 0 extends 1 & S // `any` schema (heterogeneous lists): no inference
  ? any
  : S extends JSONSchema
    ? FromSchema<S>
    : Record<string, unknown>;

export interface ElementDoc {
  /** One paragraph: what it does and when to use it. */
  summary: string;
  /** YAML of one element (filters/actions/modes) or of one policy (resource types). Validated by tests. */
  example: string;
}

export interface Deprecation {
  since: string;
  message: string;
  replacement?: string;
}

/**
 * A problem found by an element's own semantic check. `path` is relative to the element's
 * mapping (e.g. `['value']`); `at: 'key'` points at the key instead of the value.
 */
export interface Problem {
  messageId: string;
  message: string;
  path?: readonly (string | number)[];
  /**
   * A path from the policy instead of from the element, for a limit an element puts on the
   * policy itself (a Lambda mode on the policy's `name`). Takes the place of `path`.
   */
  policyPath?: readonly (string | number)[];
  at?: 'key' | 'value';
  hint?: string;
  severity?: 'error' | 'warning';
}

/**
 * Where an element applies: every resource type, every taggable one, a list of types, or every
 * type with a trait its declaration states (a CloudWatch dimension, a Config type...), so a new
 * type gets the element from its declaration alone.
 */
export type AppliesTo = '*' | 'taggable' | readonly string[] | Trait;

/** A named property of resource types (`cloudwatch-dimension`), tested on each declaration. */
export interface Trait {
  readonly trait: string;
  has(rt: ResourceTypeDecl): boolean;
}

/** Static facts handed to `check` and `compile`. */
export interface CompileContext {
  resourceType: ResourceTypeDecl;
  policyName: string;
  /** Resolves a filter declaration by name for the policy's resource type (for nested blocks). */
  registry: RegistryView;
  /** Directory of the policy file, for relative `value_from` urls and templates. */
  baseDir?: string;
  /** Extra directories searched for templates (`--template-dir`), before `baseDir`. */
  templateDirs?: readonly string[];
  /**
   * The whole policy as written (before option defaults), for checks that depend on the
   * policy's other elements, as Cloud Custodian's `validate` reads `manager.data`
   * (e.g. an action that needs a certain filter before it).
   */
  policy?: Readonly<Record<string, unknown>>;
}

/** Per-run facts for evaluation. */
export interface EvalContext {
  /** Milliseconds since the epoch; fixed for one run so every filter sees the same clock. */
  now: number;
  /** The triggering event in event modes (`event` filter), else undefined. */
  event?: unknown;
  /** Reads `value_from` sources (file or provider URL). Provider supplies s3://. */
  readSource?: (url: string, headers?: Readonly<Record<string, string>>) => Promise<string>;
  /** Provider handle for filters that call APIs (opaque to core). */
  provider?: unknown;
  region?: string;
  accountId?: string;
  /** Warnings a filter wants in the run log (e.g. a value_from that could not be read). */
  log?: (level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) => void;
  /**
   * Cloud Custodian's `c7n:MatchedFilters` annotation, kept beside the resources (filters read
   * shared objects): the `key` of each value filter a resource passed, in the order they were
   * evaluated. The policy runner gives one per evaluation and copies it onto what matched.
   */
  matchedFilters?: Map<unknown, string[]>;
}

/**
 * A compiled filter. Per-resource filters give `match` (fast path: a policy of only such
 * filters compiles into one predicate); filters that call APIs or compare resources with each
 * other give `process` over the whole set.
 */
export type Evaluator<R = Resource> =
  | { readonly kind: 'match'; match(resource: R, ctx: EvalContext): boolean }
  | { readonly kind: 'process'; process(resources: R[], ctx: EvalContext): Promise<R[]> };

interface ElementBase<S> {
  /** Registry name, equal to the file name. */
  type: string;
  resources: AppliesTo;
  /** JSON Schema of the element's options (every key except `type`); strict. */
  options: S;
  /**
   * IAM actions needed; `[]` said explicitly. A function when they depend on options (with the
   * registry when the caller has one, for options naming other types: an embedded policy).
   */
  permissions:
    | readonly string[]
    | ((opts: OptionsOf<S>, rt: ResourceTypeDecl, registry?: RegistryView) => readonly string[]);
  doc: ElementDoc;
  messages?: Record<string, string>;
  deprecated?: Deprecation;
  /** Other names this element answers to (e.g. `untag` for `remove-tag`). */
  aliases?: readonly string[];
  /** Semantic checks after schema validation (regex compiles, JMESPath parses, ...). */
  check?(opts: OptionsOf<S>, ctx: CompileContext): Problem[];
  /**
   * Top-level resource fields this element reads, so a provider can skip detail calls
   * nothing reads (S3's per-bucket calls). Omitted means "can't tell": fetch everything.
   * `[]` means it reads nothing beyond the listing.
   */
  reads?(opts: OptionsOf<S>, rt: ResourceTypeDecl): readonly string[] | undefined;
}

export interface FilterDecl<S = JSONSchema, R = Resource> extends ElementBase<S> {
  kind: 'filter';
  /**
   * True when the filter only reads resources and never writes an annotation onto them. A
   * policy whose filters are all pure is evaluated on the shared fetched resources, without
   * copying each one first.
   */
  pure?: boolean;
  compile(opts: OptionsOf<S>, ctx: CompileContext): Evaluator<R>;
}

/** One API call an action wants made. The executor owns batching, retries and results. */
export interface PlannedCall {
  /** Provider client name, e.g. `ec2`, `rds`, `s3` (the endpoint prefix for AWS). */
  service: string;
  /** Operation name, e.g. `CreateTags`. */
  operation: string;
  input: Record<string, unknown>;
  /** Resource ids this call changes; its outcome is recorded for each. */
  resourceIds: readonly string[];
  /** Human description for dry-run plans: "tag Owner=unknown on i-0abc". */
  describe: string;
  /** Error codes that count as success for this call (e.g. NotFound on delete). */
  okErrors?: readonly string[];
  /**
   * For batched calls: the input field holding the ids array (`Resources` for CreateTags).
   * When the batch fails with a non-retryable error, the executor re-issues it one id at a
   * time, so one AccessDenied or NotFound does not fail the other resources of the batch.
   */
  batchField?: string;
  /** True for calls that only read (an action looking before it leaps); allowed in dry runs. */
  readOnly?: boolean;
  /**
   * When the call fails with one of `codes`, make `calls` and try it once more. This is how
   * Cloud Custodian's `force` options work: protection is turned off only when it is in the way.
   */
  recover?: { codes: readonly string[]; calls: readonly PlannedCall[] };
  /** Region of the call when it differs from the policy's (an S3 bucket's own region). */
  region?: string;
  /**
   * For calls that answer 200 yet fail some of their resources (the Resource Groups Tagging
   * API's `FailedResourcesMap`): the resources the output says failed. Those are recorded as
   * failed, the others of the call as done; transient codes (throttling) are re-issued for
   * those resources only when `batchField` is set.
   */
  failures?: (output: unknown) => readonly { id: string; errorCode: string; message?: string }[];
  /**
   * Made even when its resources failed an earlier call of the same action: the calls do not
   * depend on each other (notify's emails to different recipients about the same resource).
   */
  independent?: boolean;
  /**
   * Before the call, poll this read until `ready` says the resource can take it (an EBS
   * volume `available` after a detach, as Cloud Custodian's waiters do). When it never does,
   * the call is not made and its resources fail with `WaitTimeout`.
   */
  waitFor?: WaitFor;
  /** Seconds-long pauses a workflow needs (c7n's `delay` between a detach and an attach), in ms. */
  pauseMs?: number;
  /**
   * Re-issue the call when it fails with one of `codes`: a quota AWS frees as earlier work
   * completes (five cross-region RDS snapshot copies in flight), as Cloud Custodian's
   * `get_retry(codes)` does. At most `attempts` calls in all, pausing `delayMs` before the first
   * re-issue and doubling up to `maxDelayMs`; no pauses when the executor's `retryDelayMs` is 0
   * (replay).
   */
  retry?: { codes: readonly string[]; attempts: number; delayMs: number; maxDelayMs?: number };
  /**
   * Names this call's output for later calls of the same action (a step of a workflow whose
   * inputs are made by earlier steps: the snapshot a CopySnapshot copies).
   */
  ref?: string;
  /**
   * Input members taken from earlier outputs (by `ref`), merged over `input` just before the
   * call. Runs only when those calls answered: a resource whose earlier call failed gets no
   * further calls.
   */
  bind?: (outputs: ReadonlyMap<string, unknown>) => Record<string, unknown>;
}

export interface WaitFor {
  service: string;
  operation: string;
  input: Record<string, unknown>;
  ready(output: unknown): boolean;
  /**
   * Error codes of the read that mean the wait is over: the resource is gone (an EKS Fargate
   * profile being deleted answers ResourceNotFoundException, as Cloud Custodian's waiter accepts).
   */
  doneOn?: readonly string[];
  /** Polls before giving up; default 40. The pause between polls is the executor's. */
  attempts?: number;
  /** What is awaited, for logs: "vol-1 to become available". */
  describe: string;
  /** Input members taken from earlier outputs of the action, as `PlannedCall.bind`. */
  bind?: (outputs: ReadonlyMap<string, unknown>) => Record<string, unknown>;
}

/** A policy's own output files (under its output directory), for actions that render files. */
export interface ActionOutput {
  /** Where the files go, for messages: a directory or an s3:// URL. */
  readonly location: string;
  /** Writes `relPath` under the policy's output directory, atomically. */
  write(relPath: string, content: string): Promise<void>;
}

export interface ActionContext extends EvalContext {
  resourceType: ResourceTypeDecl;
  policyName: string;
  /** The policy as it runs: validated, defaults applied, `{account_id}` etc. interpolated. */
  policy: Record<string, unknown>;
  dryrun: boolean;
  /** Directory of the policy file (relative template names resolve here). */
  baseDir?: string;
  /** Extra template directories (`--template-dir`), searched before `baseDir`. */
  templateDirs?: readonly string[];
  /**
   * The policy's output directory. Writing there is not acting on the account, so actions
   * that render what they would send (notify's emails) may write in `plan`, dry run or not.
   */
  output?: ActionOutput;
  /** When the run started (ms), for templates' `execution_start`. */
  executionStart?: number;
  /** This action's index in the policy's `actions` (names its output files apart). */
  actionIndex?: number;
  /**
   * Read-only provider access for actions that must look before they plan; `region` when the
   * resource lives elsewhere than the policy's region (an S3 bucket).
   */
  read?: (
    service: string,
    operation: string,
    input: Record<string, unknown>,
    region?: string,
  ) => Promise<unknown>;
}

export interface ActionDecl<S = JSONSchema, R = Resource> extends ElementBase<S> {
  kind: 'action';
  /** Turns matched resources into planned calls. Must not mutate anything itself. */
  plan(resources: R[], opts: OptionsOf<S>, ctx: ActionContext): PlannedCall[] | Promise<PlannedCall[]>;
}

export interface ModeDecl<S = JSONSchema> extends Omit<ElementBase<S>, 'resources'> {
  kind: 'mode';
  resources: AppliesTo;
  /** True when the mode deploys a function instead of running in the CLI. */
  serverless: boolean;
  /** True when each run is triggered by an event that filters can read (the `event` filter). */
  eventDriven?: boolean;
}

/**
 * A resource type: data only. `source` is provider-specific (for AWS: service, list
 * operation, result path, detail calls); core never looks inside it.
 */
export interface ResourceTypeDecl<P = unknown> {
  kind: 'resource';
  /** Full name, `aws.ec2`. */
  type: string;
  provider: string;
  /** Short names accepted in policies (Cloud Custodian's `ec2` for `aws.ec2`). */
  aliases?: readonly string[];
  /** Field holding the resource id, e.g. `InstanceId`. */
  id: string;
  name?: string;
  /** Field holding the creation date, for age-like defaults. */
  date?: string;
  taggable: boolean;
  /** Top-level fields of the API output shape (derived from the SDK models). */
  fields: readonly string[];
  /**
   * Members of the structures inside a resource, by dotted path (`State` -> [Code, Name]),
   * for the unknown-field warning. A path not listed is not checked below it.
   */
  nestedFields?: Readonly<Record<string, readonly string[]>>;
  /** Default columns for `c7n-ts report`. */
  reportFields?: readonly string[];
  permissions: readonly string[];
  /**
   * Cloud Custodian's `source:` values the type has besides `describe` (the default, whose
   * calls `permissions` lists), each with the IAM actions it needs in their place:
   * `{ config: ['config:SelectResourceConfig', ...] }`. A policy naming another is invalid.
   */
  otherSources?: Readonly<Record<string, readonly string[]>>;
  /**
   * How Cloud Custodian reads a policy's `query:` block for this type (see `policy/query.ts`);
   * absent where it reads none, and the block is then ignored with a warning.
   */
  query?: QuerySpec;
  doc: ElementDoc;
  source: P;
}

export type ElementDecl = FilterDecl<any, any> | ActionDecl<any, any> | ModeDecl<any>;
export type ElementKind = 'filter' | 'action' | 'mode';

/** What `check`/`compile` may ask of the registry. */
export interface RegistryView {
  filter(resourceType: string, name: string): FilterDecl<any, any> | undefined;
  action(resourceType: string, name: string): ActionDecl<any, any> | undefined;
  resource(type: string): ResourceTypeDecl | undefined;
}
