/**
 * Deploys one policy in one region, idempotently and with as few calls as it can: read what
 * exists, change only what differs, and skip reads whose answer is known (a function just
 * created has no permission policy; a rule just created has no targets). Someone else's
 * function with our name is refused before anything changes.
 */
import { parseJsonData } from '@c7n-ts/core';
import { isMutatingOperation } from '../operations.js';
import { errorCode } from '../query/errors.js';
import { deployActionTarget, removeActionTarget } from './action-target.js';
import { deployConfigRule, removeConfigRule } from './config-rule.js';
import { type DeployEnv, describeError, sleep, unlessNotFound } from './env.js';
import { samePattern } from './event-pattern.js';
import { configChanges, type DeploySpec, type ExistingConfig, tagChanges } from './function-config.js';
import { CONFIG_RULE_TAG, HUB_ACTION_TAG, POLICY_TAG, SCHEDULE_TAG } from './names.js';
import { removeRule } from './remove.js';
import { deploySchedule, removeSchedule } from './schedule.js';

/** The code to upload: a zip and its base64 SHA-256 (what Lambda reports as CodeSha256). */
export interface FunctionCode {
  zip: Uint8Array;
  sha256: string;
}

export type DeployStatus = 'created' | 'updated' | 'unchanged' | 'failed';

export interface DeployResult {
  policy: string;
  region: string;
  functionName: string;
  status: DeployStatus;
  /** What was done, in order: `created function`, `updated code`, `updated configuration (MemorySize)`... */
  changes: string[];
  functionArn?: string;
  ruleArn?: string;
  /** The Scheduler schedule of a schedule-mode policy. */
  scheduleArn?: string;
  /** The AWS Config rule of a config-rule or config-poll-rule policy (absent when just created). */
  configRuleArn?: string;
  /** The Security Hub custom action of a hub-action policy. */
  actionTargetArn?: string;
  codeSha256: string;
  warnings: string[];
  error?: string;
  /** A preview (`env.dryrun`): `status` and `changes` say what a deploy would do; nothing was changed. */
  dryrun?: true;
}

export async function deployPolicy(
  spec: DeploySpec,
  code: FunctionCode,
  env: DeployEnv,
): Promise<DeployResult> {
  const result: DeployResult = {
    policy: spec.policy,
    region: env.region,
    functionName: spec.names.functionName,
    status: 'unchanged',
    changes: [],
    codeSha256: code.sha256,
    warnings: [...spec.warnings],
    ...(env.dryrun && { dryrun: true as const }),
  };
  const run = env.dryrun ? previewEnv(spec, env) : env;
  try {
    const before: { tags?: Record<string, string> } = {};
    const created = await deployFunction(spec, code, run, result, before);
    const previousSchedule = before.tags?.[SCHEDULE_TAG];
    if (spec.schedule) await deploySchedule(spec.schedule, run, result, previousSchedule);
    else {
      if (spec.configRule) await deployConfigRule(spec.configRule, run, result, spec.names.statementId);
      else await deployRule(spec, run, result, created);
      if (spec.actionTarget) await deployActionTarget(spec.actionTarget, run, result);
      // The policy left schedule mode: its schedule would go on invoking the function.
      if (previousSchedule) await removeSchedule(previousSchedule, run, result);
    }
    if (before.tags) await removeLeftBehind(spec, before.tags, run, result);
    result.status = created ? 'created' : result.changes.length ? 'updated' : 'unchanged';
  } catch (err) {
    result.status = 'failed';
    result.error = describeError(err);
  }
  if (env.dryrun) result.changes = result.changes.map(asIntent);
  return result;
}

/**
 * A policy that changed mode leaves what its old mode deployed, which would go on invoking the
 * function or showing in Config and Security Hub: the function's tags say what that was (an
 * EventBridge rule when it named no schedule and no Config rule), and each is removed if still ours.
 */
async function removeLeftBehind(
  spec: DeploySpec,
  tags: Record<string, string>,
  env: DeployEnv,
  result: DeployResult,
): Promise<void> {
  const hadRule = !tags[SCHEDULE_TAG] && !tags[CONFIG_RULE_TAG];
  if (hadRule && !spec.rule) {
    const outcome = await removeRule(spec.names.ruleName, spec.policy, env);
    if (outcome === 'removed') result.changes.push(`removed rule ${spec.names.ruleName} of the former mode`);
    else if (outcome !== 'missing') result.warnings.push(outcome);
  }
  const configRule = tags[CONFIG_RULE_TAG];
  if (configRule && configRule !== spec.configRule?.ConfigRuleName) {
    const outcome = await removeConfigRule(configRule, [spec.names.functionName], env);
    if (outcome === 'removed') result.changes.push(`removed config rule ${configRule} of the former mode`);
    else if (outcome !== 'missing') result.warnings.push(outcome);
  }
  const actionTarget = tags[HUB_ACTION_TAG];
  if (actionTarget && actionTarget !== spec.actionTarget?.ActionTargetArn) {
    if ((await removeActionTarget(actionTarget, env)) === 'removed')
      result.changes.push(`removed hub action ${actionTarget.split('/').pop()} of the former mode`);
  }
}

/**
 * The deploy routine as a preview: reads go to AWS, every other call is only noted and answers
 * what AWS would (the new function's and rule's ARNs), so the routine decides the same steps.
 */
function previewEnv(spec: DeploySpec, env: DeployEnv): DeployEnv {
  const { region, accountId } = env;
  return {
    ...env,
    async send(service, operation, input, callRegion) {
      if (!isMutatingOperation(operation)) return env.send(service, operation, input, callRegion);
      if (operation === 'CreateFunction')
        return { FunctionArn: `arn:aws:lambda:${region}:${accountId}:function:${spec.names.functionName}` };
      if (operation === 'PutRule')
        return { RuleArn: `arn:aws:events:${region}:${accountId}:rule/${spec.names.ruleName}` };
      return {};
    },
  };
}

/** `created function` -> `create function`: a preview's changes are what would be done. */
function asIntent(change: string): string {
  const [verb = '', ...rest] = change.split(' ');
  const intent: Record<string, string> = {
    created: 'create',
    updated: 'update',
    added: 'add',
    removed: 'remove',
  };
  return [intent[verb] ?? verb, ...rest].join(' ');
}

/** Creates or updates the function; true when it was created. */
async function deployFunction(
  spec: DeploySpec,
  code: FunctionCode,
  env: DeployEnv,
  result: DeployResult,
  before: { tags?: Record<string, string> },
): Promise<boolean> {
  const FunctionName = spec.names.functionName;
  const lambda = (op: string, input: Record<string, unknown>) => env.send('lambda', op, input, env.region);
  const current = await unlessNotFound(lambda('GetFunction', { FunctionName }));
  if (!current) {
    const out = await lambda('CreateFunction', {
      ...spec.function,
      Code: { ZipFile: code.zip },
      Tags: spec.tags,
    });
    result.functionArn = out.FunctionArn as string;
    result.changes.push('created function');
    if (spec.concurrency !== undefined) {
      await lambda('PutFunctionConcurrency', {
        FunctionName,
        ReservedConcurrentExecutions: spec.concurrency,
      });
      result.changes.push('set concurrency');
    }
    if (await createLogGroup(spec, env)) result.changes.push('created log group');
    return true;
  }

  const tags = (current.Tags ?? {}) as Record<string, string>;
  before.tags = tags;
  const config = (current.Configuration ?? {}) as ExistingConfig & {
    FunctionArn?: string;
    CodeSha256?: string;
  };
  if (tags[POLICY_TAG] !== spec.policy) {
    const owner = tags[POLICY_TAG] ? `c7n-ts policy "${tags[POLICY_TAG]}"` : 'no c7n-ts policy';
    throw new Error(
      `function ${FunctionName} exists and belongs to ${owner} (tag ${POLICY_TAG}); it was left unchanged. Remove it, or set mode.function-prefix to deploy under another name`,
    );
  }
  result.functionArn = config.FunctionArn;
  // Lambda refuses an update while the previous one is in progress.
  let updating = false;
  const settle = async () => {
    if (updating) await waitForUpdate(FunctionName, env);
    updating = false;
  };
  const inProgress = (out: Record<string, unknown>) =>
    out.LastUpdateStatus === 'InProgress' || out.State === 'Pending';

  const codeUpdated = config.CodeSha256 !== code.sha256;
  if (codeUpdated) {
    const out = await lambda('UpdateFunctionCode', { FunctionName, ZipFile: code.zip });
    updating = inProgress(out);
    result.changes.push('updated code');
  }
  const changed = configChanges(spec.function, config);
  const { FunctionName: _n, ...fields } = changed;
  if (Object.keys(fields).length) {
    await settle();
    const out = await lambda('UpdateFunctionConfiguration', { FunctionName, ...fields });
    updating = inProgress(out);
    result.changes.push(`updated configuration (${Object.keys(fields).join(', ')})`);
  }
  const reserved = (current.Concurrency as { ReservedConcurrentExecutions?: number } | undefined)
    ?.ReservedConcurrentExecutions;
  if (spec.concurrency !== undefined && spec.concurrency !== reserved) {
    await lambda('PutFunctionConcurrency', { FunctionName, ReservedConcurrentExecutions: spec.concurrency });
    result.changes.push('set concurrency');
  } else if (spec.concurrency === undefined && reserved !== undefined) {
    await lambda('DeleteFunctionConcurrency', { FunctionName });
    result.changes.push('removed concurrency');
  }
  const t = tagChanges(spec.tags, tags, codeUpdated);
  if (Object.keys(t.set).length) {
    await lambda('TagResource', { Resource: config.FunctionArn, Tags: t.set });
    result.changes.push('updated tags');
  }
  if (t.remove.length) {
    await lambda('UntagResource', { Resource: config.FunctionArn, TagKeys: t.remove });
    if (!Object.keys(t.set).length) result.changes.push('updated tags');
  }
  return false;
}

/** Polls GetFunctionConfiguration until the last update is no longer in progress. */
async function waitForUpdate(FunctionName: string, env: DeployEnv): Promise<void> {
  const max = env.maxPolls ?? 150;
  for (let i = 0; i < max; i++) {
    if (i > 0 || env.pollMs) await sleep(env.pollMs ?? 2000);
    const c = await env.send('lambda', 'GetFunctionConfiguration', { FunctionName }, env.region);
    if (c.LastUpdateStatus === 'Failed')
      throw new Error(
        `the update of function ${FunctionName} failed: ${String(c.LastUpdateStatusReason ?? 'no reason given')}`,
      );
    if (c.LastUpdateStatus !== 'InProgress' && c.State !== 'Pending') return;
  }
  throw new Error(`function ${FunctionName} was still updating after ${max} checks; deploy again later`);
}

/** Creates the function's log group tagged as ours, so `remove` deletes it; false when it existed. */
async function createLogGroup(spec: DeploySpec, env: DeployEnv): Promise<boolean> {
  try {
    await env.send(
      'logs',
      'CreateLogGroup',
      { logGroupName: spec.names.logGroupName, tags: pick(spec.tags) },
      env.region,
    );
    return true;
  } catch (err) {
    // A group left by an earlier function of that name; it stays, and stays not ours.
    if (errorCode(err) !== 'ResourceAlreadyExistsException') throw err;
    return false;
  }
}

/** The rule, its target and the permission that lets EventBridge invoke the function. */
async function deployRule(spec: DeploySpec, env: DeployEnv, result: DeployResult, created: boolean) {
  if (!spec.rule) return;
  const rule = spec.rule;
  const events = (op: string, input: Record<string, unknown>) => env.send('events', op, input, env.region);
  const Rule = spec.names.ruleName;
  const current = await unlessNotFound(events('DescribeRule', { Name: Rule }));
  let ruleArn: string;
  let ruleCreated = false;
  if (!current) {
    const tags = Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value }));
    const out = await events('PutRule', { ...rule, Tags: tags });
    ruleArn = out.RuleArn as string;
    ruleCreated = true;
    result.changes.push('created rule');
  } else if (
    current.ScheduleExpression !== rule.ScheduleExpression ||
    !samePattern(current.EventPattern as string | undefined, rule.EventPattern) ||
    current.State !== rule.State
  ) {
    const out = await events('PutRule', { ...rule });
    ruleArn = (out.RuleArn ?? current.Arn) as string;
    result.changes.push('updated rule');
  } else ruleArn = current.Arn as string;
  result.ruleArn = ruleArn;

  const functionArn = result.functionArn as string;
  const targets = ruleCreated
    ? []
    : (((await events('ListTargetsByRule', { Rule })).Targets ?? []) as { Arn?: string }[]);
  if (!targets.some((t) => t.Arn === functionArn)) {
    await events('PutTargets', { Rule, Targets: [{ Id: spec.names.targetId, Arn: functionArn }] });
    result.changes.push('added rule target');
  }
  await ensurePermission(spec, env, result, ruleArn, created);
}

async function ensurePermission(
  spec: DeploySpec,
  env: DeployEnv,
  result: DeployResult,
  ruleArn: string,
  created: boolean,
): Promise<void> {
  const { functionName: FunctionName, statementId: StatementId } = spec.names;
  const lambda = (op: string, input: Record<string, unknown>) => env.send('lambda', op, input, env.region);
  if (!created) {
    const out = await unlessNotFound(lambda('GetPolicy', { FunctionName }));
    const statement = statementsOf(out?.Policy).find((s) => s.Sid === StatementId);
    if (statement && sourceArnOf(statement) === ruleArn) return;
    // Same statement id for another rule ARN (a region or account copy): replace it.
    if (statement) await lambda('RemovePermission', { FunctionName, StatementId });
  }
  await lambda('AddPermission', {
    FunctionName,
    StatementId,
    Action: 'lambda:InvokeFunction',
    Principal: 'events.amazonaws.com',
    SourceArn: ruleArn,
  });
  result.changes.push('added invoke permission');
}

interface Statement {
  Sid?: string;
  Condition?: { ArnLike?: Record<string, string> };
}

function statementsOf(policy: unknown): Statement[] {
  if (typeof policy !== 'string') return [];
  try {
    const doc = parseJsonData(policy) as { Statement?: Statement[] | Statement };
    return Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  } catch {
    return [];
  }
}

const sourceArnOf = (s: Statement) => s.Condition?.ArnLike?.['AWS:SourceArn'];

/**
 * Our own tags only: a log group carries the policy and version, not the user's function tags
 * nor the schedule tag (prune reads a schedule from its function).
 */
function pick(tags: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tags).filter(([k]) => k.startsWith('c7n-ts:') && k !== SCHEDULE_TAG),
  );
}

/** A deployment that could not be attempted, in DeployResult's shape. */
export function failedDeploy(policy: string, region: string, error: string): DeployResult {
  return {
    policy,
    region,
    functionName: '',
    status: 'failed',
    changes: [],
    codeSha256: '',
    warnings: [],
    error,
  };
}
