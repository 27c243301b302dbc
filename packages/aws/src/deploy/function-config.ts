/**
 * What a deployed policy should look like, computed from its (interpolated) mode: the Lambda
 * function's configuration and tags, the EventBridge rule, and the differences with what
 * exists. Pure: the deploy routine makes the calls.
 */
import { cloudtrailPattern, modePattern, type TrailEvent } from './event-pattern.js';
import {
  CONFIG_RULE_TAG,
  type DeploymentNames,
  deploymentNames,
  HUB_ACTION_TAG,
  hubActionArn,
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

/**
 * A custom AWS Config rule backed by the function (c7n/mu.py ConfigRule), as PutConfigRule
 * takes it; `Source.SourceIdentifier` (the function ARN) is filled in at deploy.
 */
export interface ConfigRuleConfig {
  ConfigRuleName: string;
  Description: string;
  Source: {
    Owner: 'CUSTOM_LAMBDA';
    SourceDetails: { EventSource: 'aws.config'; MessageType: string }[];
  };
  Scope?: { ComplianceResourceTypes: string[] };
  MaximumExecutionFrequency?: string;
}

/** The Security Hub custom action of a hub-action policy (c7n/mu.py SecurityHubAction). */
export interface ActionTargetConfig {
  ActionTargetArn: string;
  Id: string;
  Name: string;
  Description: string;
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
  /** config-rule and config-poll-rule: Config invokes the function; no EventBridge rule. */
  configRule?: ConfigRuleConfig;
  /** hub-action: the custom action whose events the rule matches. */
  actionTarget?: ActionTargetConfig;
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
  /** The Config types of the policy's resource type (config modes). */
  resource?: ConfigTypes;
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
  let configRule: ConfigRuleConfig | undefined;
  let actionTarget: ActionTargetConfig | undefined;
  if (modeType === 'config-rule' || modeType === 'config-poll-rule') {
    configRule = configRuleConfig(names.functionName, fn.Description, mode, ctx.resource);
    tags[CONFIG_RULE_TAG] = configRule.ConfigRuleName;
  } else if (modeType === 'periodic') rule.ScheduleExpression = String(mode.schedule);
  else if (modeType === 'cloudtrail')
    rule.EventPattern = JSON.stringify(cloudtrailPattern(mode.events as TrailEvent[], mode.pattern));
  else if (modeType === 'schedule') {
    schedule = scheduleConfig(names.functionName, fn.Description, mode, ctx);
    // As c7n's custodian-schedule tag: the function names its schedule, so prune finds it.
    tags[SCHEDULE_TAG] = scheduleTag(schedule.Name, schedule.GroupName);
  } else {
    if (modeType === 'hub-action') {
      actionTarget = actionTargetConfig(name, data, ctx);
      tags[HUB_ACTION_TAG] = actionTarget.ActionTargetArn;
    }
    // c7n replaces a hub-action's pattern with the action target's ARN.
    const pattern = modePattern(
      actionTarget ? { ...mode, pattern: { resources: [actionTarget.ActionTargetArn] } } : mode,
      resourceType,
    );
    if (!pattern) throw new DeployInputError(`mode ${modeType} cannot be deployed by c7n-ts yet`);
    if (modeType === 'ec2-instance-state' && !(mode.events as unknown[] | undefined)?.length)
      throw new DeployInputError(
        'mode ec2-instance-state needs mode.events (the instance states that trigger it): EventBridge refuses an empty state list',
      );
    if (modeType === 'asg-instance-state' && !(mode.events as unknown[] | undefined)?.length)
      throw new DeployInputError(
        'mode asg-instance-state needs mode.events (the Auto Scaling events that trigger it): EventBridge refuses an empty detail-type list',
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
    ...(schedule ? { schedule } : configRule ? { configRule } : { rule }),
    ...(actionTarget && { actionTarget }),
    warnings,
  };
}

/** The Config facts of the policy's resource type the config modes need. */
export interface ConfigTypes {
  /** AWS Config type, when Config records the type. */
  configType?: string;
  /** CloudFormation type (config-poll-rule reports under it when Config does not record the type). */
  cfnType?: string;
}

function configRuleConfig(
  name: string,
  description: string,
  mode: Record<string, any>,
  types: ConfigTypes | undefined,
): ConfigRuleConfig {
  const poll = mode.type === 'config-poll-rule';
  const configType = types?.configType ?? (poll ? types?.cfnType : undefined);
  if (!configType)
    throw new DeployInputError(
      `mode ${String(mode.type)} needs a resource type AWS Config supports; this one has no Config type`,
    );
  return {
    ConfigRuleName: name,
    Description: description,
    Source: {
      Owner: 'CUSTOM_LAMBDA',
      SourceDetails: [
        {
          EventSource: 'aws.config',
          MessageType: poll ? 'ScheduledNotification' : 'ConfigurationItemChangeNotification',
        },
      ],
    },
    // As c7n: a poll rule has no scope, it reports on whatever the function lists.
    ...(!poll && { Scope: { ComplianceResourceTypes: [configType] } }),
    ...(poll && { MaximumExecutionFrequency: String(mode.schedule) }),
  };
}

/**
 * As c7n: the action is `Id` the policy name, labelled with the policy's title or
 * "<Type> <policy>" (the resource's last dotted part, title-cased as Python does).
 */
function actionTargetConfig(
  name: string,
  data: Record<string, unknown>,
  ctx: SpecContext,
): ActionTargetConfig {
  const title = typeof data.title === 'string' && data.title ? data.title : undefined;
  const resource =
    String(data.resource ?? '')
      .split('.')
      .pop() ?? '';
  const description = (typeof data.description === 'string' && data.description) || title || name;
  return {
    ActionTargetArn: hubActionArn(name, ctx.region, ctx.accountId),
    Id: name,
    Name: title ?? `${pyTitle(resource)} ${name}`,
    Description: description.trim().slice(0, 500),
  };
}

/** Python's str.title(): each run of letters capitalized, the rest of it lower-cased. */
const pyTitle = (s: string) =>
  s.replace(/[A-Za-z]+/g, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());

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
