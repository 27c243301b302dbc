/**
 * Tears down what was deployed for a policy: the rule (targets first), schedule, Config rule or
 * Security Hub custom action, the function (its
 * permission goes with it) and its log group. Each is removed only when it carries our tag
 * naming that policy; something else under the same name is left alone with a warning.
 * Missing things are fine, so removing twice is harmless.
 */
import { removeActionTarget } from './action-target.js';
import { removeConfigRule } from './config-rule.js';
import { type DeployEnv, describeError, tagMap, unlessNotFound } from './env.js';
import { logGroupArn, POLICY_TAG } from './names.js';

/** What to remove for one policy, by name (from the policy file, or from the tagging API). */
export interface Deployed {
  policy: string;
  functions: string[];
  rules: string[];
  logGroups: string[];
  /** Scheduler schedules (schedule mode), by name and group. */
  schedules?: { name: string; group: string }[];
  /** AWS Config rules (config-rule, config-poll-rule modes), by name. */
  configRules?: string[];
  /** Security Hub custom actions (hub-action mode), by ARN. */
  actionTargets?: string[];
}

export interface RemoveResult {
  policy: string;
  region: string;
  /** `function custodian-x`, `rule custodian-x`, `log group /aws/lambda/custodian-x`. */
  removed: string[];
  /** Things that were not there. */
  missing: string[];
  warnings: string[];
  error?: string;
}

export async function removeDeployed(target: Deployed, env: DeployEnv): Promise<RemoveResult> {
  const result: RemoveResult = {
    policy: target.policy,
    region: env.region,
    removed: [],
    missing: [],
    warnings: [],
  };
  const ours = (what: string, tags: Record<string, string>) => {
    const other = notOurs(what, tags, target.policy);
    if (other) result.warnings.push(other);
    return !other;
  };
  const send = (service: string, op: string, input: Record<string, unknown>) =>
    env.send(service, op, input, env.region);
  try {
    for (const Name of target.rules) {
      const what = `rule ${Name}`;
      const outcome = await removeRule(Name, target.policy, env);
      if (outcome === 'removed') result.removed.push(what);
      else if (outcome === 'missing') result.missing.push(what);
      else result.warnings.push(outcome);
    }
    for (const { name: Name, group: GroupName } of target.schedules ?? []) {
      const what = `schedule ${GroupName}/${Name}`;
      const schedule = await unlessNotFound(send('scheduler', 'GetSchedule', { Name, GroupName }));
      if (!schedule) {
        result.missing.push(what);
        continue;
      }
      // Schedules carry no tags: one is ours when it invokes a function of the policy.
      const arn = (schedule.Target as { Arn?: string } | undefined)?.Arn ?? '';
      if (!target.functions.some((f) => arn.endsWith(`:function:${f}`))) {
        result.warnings.push(`${what} invokes ${arn || 'no function'}, not this policy's; left alone`);
        continue;
      }
      await unlessNotFound(send('scheduler', 'DeleteSchedule', { Name, GroupName }));
      result.removed.push(what);
    }
    for (const name of target.configRules ?? []) {
      const what = `config rule ${name}`;
      const outcome = await removeConfigRule(name, target.functions, env);
      if (outcome === 'removed') result.removed.push(what);
      else if (outcome === 'missing') result.missing.push(what);
      else result.warnings.push(outcome);
    }
    for (const arn of target.actionTargets ?? []) {
      const what = `hub action ${arn.split('/').pop()}`;
      const outcome = await removeActionTarget(arn, env);
      (outcome === 'removed' ? result.removed : result.missing).push(what);
    }
    for (const FunctionName of target.functions) {
      const what = `function ${FunctionName}`;
      const fn = await unlessNotFound(send('lambda', 'GetFunction', { FunctionName }));
      if (!fn) {
        result.missing.push(what);
        continue;
      }
      if (!ours(what, (fn.Tags ?? {}) as Record<string, string>)) continue;
      await unlessNotFound(send('lambda', 'DeleteFunction', { FunctionName }));
      result.removed.push(what);
    }
    for (const logGroupName of target.logGroups) {
      const what = `log group ${logGroupName}`;
      const resourceArn = logGroupArn(logGroupName, env.region, env.accountId);
      const tags = await unlessNotFound(send('logs', 'ListTagsForResource', { resourceArn }));
      if (!tags) {
        result.missing.push(what);
        continue;
      }
      if (!ours(what, (tags.tags ?? {}) as Record<string, string>)) continue;
      await unlessNotFound(send('logs', 'DeleteLogGroup', { logGroupName }));
      result.removed.push(what);
    }
  } catch (err) {
    result.error = describeError(err);
  }
  return result;
}

/** Why `what` is not the policy's to remove (its POLICY_TAG names another), or undefined. */
function notOurs(what: string, tags: Record<string, string>, policy: string): string | undefined {
  if (tags[POLICY_TAG] === policy) return undefined;
  const owner = tags[POLICY_TAG] ? `policy "${tags[POLICY_TAG]}"` : 'no c7n-ts policy';
  return `${what} belongs to ${owner} (tag ${POLICY_TAG}); left alone`;
}

/**
 * Removes the policy's EventBridge rule, its targets first; a rule tagged for another policy is
 * left alone (the answer is then the warning).
 */
export async function removeRule(
  Name: string,
  policy: string,
  env: DeployEnv,
): Promise<'removed' | 'missing' | string> {
  const send = (op: string, input: Record<string, unknown>) => env.send('events', op, input, env.region);
  const rule = await unlessNotFound(send('DescribeRule', { Name }));
  if (!rule) return 'missing';
  const tags = await send('ListTagsForResource', { ResourceARN: rule.Arn });
  const other = notOurs(`rule ${Name}`, tagMap(tags.Tags), policy);
  if (other) return other;
  const targets = ((await send('ListTargetsByRule', { Rule: Name })).Targets ?? []) as { Id?: string }[];
  if (targets.length) await send('RemoveTargets', { Rule: Name, Ids: targets.map((t) => t.Id) });
  await send('DeleteRule', { Name });
  return 'removed';
}
