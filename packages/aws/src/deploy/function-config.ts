/**
 * What a deployed policy should look like, computed from its (interpolated) mode: the Lambda
 * function's configuration and tags, the EventBridge rule, and the differences with what
 * exists. Pure: the deploy routine makes the calls.
 */
import { cloudtrailPattern, modePattern, type TrailEvent } from './event-pattern.js';
import {
  type DeploymentNames,
  deploymentNames,
  OUR_TAG_PREFIX,
  POLICY_TAG,
  roleArn,
  SCHEDULE_TAG,
  scheduleTag,
  VERSION_TAG,
} from './names.js';

export const HANDLER = 'index.handler';
export const DEFAULT_RUNTIME = 'nodejs20.x';
// Cloud Custodian's defaults (c7n/mu.py PolicyLambda).
export const DEFAULT_MEMORY = 512;
export const DEFAULT_TIMEOUT = 900;
const DESCRIPTION_MAX = 256; // Lambda's limit

/** The configuration fields of CreateFunction / UpdateFunctionConfiguration that we set. */
export interface FunctionConfig {
  FunctionName: string;
  Runtime: string;
  Role: string;
  Handler: string;
  Description: string;
  MemorySize: number;
  Timeout: number;
  Environment?: { Variables: Record<string, string> };
  VpcConfig?: { SubnetIds: string[]; SecurityGroupIds: string[] };
  DeadLetterConfig?: { TargetArn?: string };
  KMSKeyArn?: string;
  TracingConfig?: { Mode: string };
  Layers?: string[];
}

export interface RuleConfig {
  Name: string;
  Description: string;
  State: 'ENABLED';
  ScheduleExpression?: string;
  EventPattern?: string;
}

/** An EventBridge Scheduler schedule (schedule mode), as CreateSchedule takes it (Target.Arn aside). */
export interface ScheduleConfig {
  Name: string;
  GroupName: string;
  Description: string;
  State: 'ENABLED';
  FlexibleTimeWindow: { Mode: 'OFF' };
  ScheduleExpression: string;
  ScheduleExpressionTimezone: string;
  StartDate?: Date;
  EndDate?: Date;
  /** The role Scheduler invokes the function with. */
  RoleArn: string;
}

export interface DeploySpec {
  policy: string;
  modeType: string;
  names: DeploymentNames;
  function: FunctionConfig;
  /** Tags of the function: mode.tags plus ours. */
  tags: Record<string, string>;
  concurrency?: number;
  /** The EventBridge rule; absent in schedule mode, which has `schedule` instead. */
  rule?: RuleConfig;
  schedule?: ScheduleConfig;
  warnings: string[];
}

/** A policy that cannot be deployed as written; nothing was called. */
export class DeployInputError extends Error {
  override readonly name = 'DeployInputError';
}

export interface SpecContext {
  accountId: string;
  region: string;
  /** The c7n-ts version, tagged on what it deploys. */
  version: string;
}

/** The desired state of a policy with a Lambda mode; `data` is interpolated. */
export function deploySpec(name: string, data: Record<string, unknown>, ctx: SpecContext): DeploySpec {
  const mode = (data.mode ?? {}) as Record<string, any>;
  const modeType = String(mode.type);
  const warnings: string[] = [];
  if (typeof mode.role !== 'string' || mode.role === '')
    throw new DeployInputError(
      `mode ${modeType} deploys a Lambda function, which needs mode.role (the IAM role it runs as): set it, or use --dryrun to evaluate the policy here in pull mode`,
    );
  const names = deploymentNames(name, mode['function-prefix']);
  if (names.functionName.length > 64)
    throw new DeployInputError(
      `function name "${names.functionName}" is longer than Lambda's 64 characters: shorten the policy name or mode.function-prefix`,
    );
  let runtime = DEFAULT_RUNTIME;
  if (typeof mode.runtime === 'string') {
    if (/^nodejs\d+\.x$/.test(mode.runtime)) runtime = mode.runtime;
    else
      warnings.push(
        `runtime ${mode.runtime} is replaced by ${DEFAULT_RUNTIME}: c7n-ts deploys a Node.js bundle`,
      );
  }
  if (mode.packages !== undefined)
    warnings.push('mode.packages is ignored: c7n-ts bundles only the code the policy needs');

  const fn: FunctionConfig = {
    FunctionName: names.functionName,
    Runtime: runtime,
    Role: roleArn(mode.role, ctx.accountId, ctx.region),
    Handler: HANDLER,
    Description: description(name, data),
    MemorySize: mode.memory ?? DEFAULT_MEMORY,
    Timeout: mode.timeout ?? DEFAULT_TIMEOUT,
  };
  const variables = (mode.environment as { Variables?: Record<string, unknown> } | undefined)?.Variables;
  if (variables && Object.keys(variables).length)
    fn.Environment = {
      Variables: Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, String(v)])),
    };
  if (mode.subnets?.length || mode.security_groups?.length)
    fn.VpcConfig = { SubnetIds: mode.subnets ?? [], SecurityGroupIds: mode.security_groups ?? [] };
  if (mode.dead_letter_config?.TargetArn)
    fn.DeadLetterConfig = { TargetArn: mode.dead_letter_config.TargetArn };
  if (mode.kms_key_arn) fn.KMSKeyArn = mode.kms_key_arn;
  if (mode.tracing_config?.Mode) fn.TracingConfig = { Mode: mode.tracing_config.Mode };
  if (mode.layers?.length) fn.Layers = [...mode.layers];

  const modeTags = Object.fromEntries(
    Object.entries((mode.tags ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
  );
  const tags: Record<string, string> = { ...modeTags, [POLICY_TAG]: name, [VERSION_TAG]: ctx.version };
  const rule: RuleConfig = { Name: names.ruleName, Description: fn.Description, State: 'ENABLED' };
  const resource = String(data.resource ?? '');
  const resourceType = resource.startsWith('aws.') ? resource : `aws.${resource}`;
  let schedule: ScheduleConfig | undefined;
  if (modeType === 'periodic') rule.ScheduleExpression = String(mode.schedule);
  else if (modeType === 'cloudtrail')
    rule.EventPattern = JSON.stringify(cloudtrailPattern(mode.events as TrailEvent[], mode.pattern));
  else if (modeType === 'schedule') {
    schedule = scheduleConfig(names.functionName, fn.Description, mode, ctx);
    // As c7n's custodian-schedule tag: the function names its schedule, so prune finds it.
    tags[SCHEDULE_TAG] = scheduleTag(schedule.Name, schedule.GroupName);
  } else {
    const pattern = modePattern(mode, resourceType);
    if (!pattern) throw new DeployInputError(`mode ${modeType} cannot be deployed by c7n-ts yet`);
    if (modeType === 'ec2-instance-state' && !(mode.events as unknown[] | undefined)?.length)
      throw new DeployInputError(
        'mode ec2-instance-state needs mode.events (the instance states that trigger it): EventBridge refuses an empty state list',
      );
    rule.EventPattern = JSON.stringify(pattern);
  }

  return {
    policy: name,
    modeType,
    names,
    function: fn,
    tags,
    ...(typeof mode.concurrency === 'number' && { concurrency: mode.concurrency }),
    ...(schedule ? { schedule } : { rule }),
    warnings,
  };
}

function scheduleConfig(
  name: string,
  description: string,
  mode: Record<string, any>,
  ctx: SpecContext,
): ScheduleConfig {
  const role = mode['scheduler-role'];
  if (typeof role !== 'string' || role === '')
    throw new DeployInputError(
      'mode schedule needs mode.scheduler-role: the IAM role EventBridge Scheduler invokes the function with (it needs lambda:InvokeFunction)',
    );
  const date = (k: string) => (typeof mode[k] === 'string' ? new Date(mode[k]) : undefined);
  const start = date('start-date');
  const end = date('end-date');
  return {
    Name: name,
    GroupName: String(mode['group-name'] ?? 'default'),
    Description: description,
    State: 'ENABLED',
    FlexibleTimeWindow: { Mode: 'OFF' },
    ScheduleExpression: String(mode.schedule),
    ScheduleExpressionTimezone: String(mode.timezone ?? 'Etc/UTC'),
    ...(start && { StartDate: start }),
    ...(end && { EndDate: end }),
    RoleArn: roleArn(role, ctx.accountId, ctx.region),
  };
}

function description(name: string, data: Record<string, unknown>): string {
  const d = typeof data.description === 'string' && data.description.trim() ? data.description.trim() : '';
  const text = d || `c7n-ts policy ${name}`;
  return text.length > DESCRIPTION_MAX ? `${text.slice(0, DESCRIPTION_MAX - 3)}...` : text;
}

/** A function's configuration as GetFunction returns it (the fields we compare). */
export interface ExistingConfig {
  Runtime?: string;
  Role?: string;
  Handler?: string;
  Description?: string;
  MemorySize?: number;
  Timeout?: number;
  Environment?: { Variables?: Record<string, string> };
  VpcConfig?: { SubnetIds?: string[]; SecurityGroupIds?: string[] };
  DeadLetterConfig?: { TargetArn?: string };
  KMSKeyArn?: string;
  TracingConfig?: { Mode?: string };
  Layers?: { Arn?: string }[];
}

/**
 * The UpdateFunctionConfiguration fields that differ; an option removed from the policy is
 * reset to Lambda's empty value so the function matches the policy again.
 */
export function configChanges(want: FunctionConfig, have: ExistingConfig): Partial<FunctionConfig> {
  const out: Partial<FunctionConfig> = {};
  for (const k of ['Runtime', 'Role', 'Handler', 'MemorySize', 'Timeout'] as const)
    if (want[k] !== have[k]) (out as Record<string, unknown>)[k] = want[k];
  if (want.Description !== (have.Description ?? '')) out.Description = want.Description;
  if (!sameMap(want.Environment?.Variables ?? {}, have.Environment?.Variables ?? {}))
    out.Environment = want.Environment ?? { Variables: {} };
  const vpc = want.VpcConfig ?? { SubnetIds: [], SecurityGroupIds: [] };
  if (
    !sameSet(vpc.SubnetIds, have.VpcConfig?.SubnetIds ?? []) ||
    !sameSet(vpc.SecurityGroupIds, have.VpcConfig?.SecurityGroupIds ?? [])
  )
    out.VpcConfig = vpc;
  if ((want.DeadLetterConfig?.TargetArn ?? '') !== (have.DeadLetterConfig?.TargetArn ?? ''))
    out.DeadLetterConfig = want.DeadLetterConfig ?? {};
  if ((want.KMSKeyArn ?? '') !== (have.KMSKeyArn ?? '')) out.KMSKeyArn = want.KMSKeyArn ?? '';
  if ((want.TracingConfig?.Mode ?? 'PassThrough') !== (have.TracingConfig?.Mode ?? 'PassThrough'))
    out.TracingConfig = want.TracingConfig ?? { Mode: 'PassThrough' };
  // Layer order matters to Lambda (later layers overwrite earlier files).
  const layers = want.Layers ?? [];
  const haveLayers = (have.Layers ?? []).map((l) => l.Arn ?? '');
  if (layers.join('\n') !== haveLayers.join('\n')) out.Layers = layers;
  return out;
}

/**
 * Tags to set and our tag keys to remove. The version tag records which c7n-ts built the code,
 * so it only moves with a code update; other people's tags are left alone.
 */
export function tagChanges(
  want: Record<string, string>,
  have: Record<string, string>,
  codeUpdated: boolean,
): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  for (const [k, v] of Object.entries(want)) {
    if (k === VERSION_TAG && !codeUpdated && k in have) continue;
    if (have[k] !== v) set[k] = v;
  }
  const remove = Object.keys(have).filter((k) => k.startsWith(OUR_TAG_PREFIX) && !(k in want));
  return { set, remove };
}

function sameMap(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}
