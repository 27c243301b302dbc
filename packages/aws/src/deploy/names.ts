/**
 * Names and ARNs of what a deployed policy owns, as Cloud Custodian names them so that a
 * policy moved from c7n keeps its function name: function = prefix + policy name, and the
 * EventBridge rule, its target id and the Lambda permission's statement id all reuse it.
 */

/** Tag naming the policy a function, rule or log group was deployed for. */
export const POLICY_TAG = 'c7n-ts:policy';
/** Tag with the c7n-ts version that deployed it. */
export const VERSION_TAG = 'c7n-ts:version';
/**
 * Tag of a schedule-mode function naming its Scheduler schedule, `name=NAME:group=GROUP` (c7n's
 * custodian-schedule): schedules carry no tags, so prune and a group change find it here.
 */
export const SCHEDULE_TAG = 'c7n-ts:schedule';

/** Tag of a config-mode function naming its AWS Config rule (rules are found by name, not ARN). */
export const CONFIG_RULE_TAG = 'c7n-ts:config-rule';
/** Tag of a hub-action function naming its Security Hub custom action's ARN (action targets carry no tags). */
export const HUB_ACTION_TAG = 'c7n-ts:hub-action';

export const scheduleTag = (name: string, group: string) => `name=${name}:group=${group}`;

/** The schedule a SCHEDULE_TAG value names; undefined when it is not one. */
export function parseScheduleTag(value: string | undefined): { name: string; group: string } | undefined {
  const m = /^name=([\w-]{1,64}):group=([\w.-]{1,64})$/.exec(value ?? '');
  return m ? { name: m[1]!, group: m[2]! } : undefined;
}

/** Our tag keys share this prefix: tags under it that we no longer set are removed. */
export const OUR_TAG_PREFIX = 'c7n-ts:';

export const DEFAULT_FUNCTION_PREFIX = 'custodian-';

export interface DeploymentNames {
  functionName: string;
  /** The EventBridge rule (c7n: the function name). */
  ruleName: string;
  /** The rule's target id (c7n: the function name). */
  targetId: string;
  /** Statement id of the Lambda permission that lets EventBridge invoke the function. */
  statementId: string;
  logGroupName: string;
}

export function deploymentNames(policyName: string, prefix = DEFAULT_FUNCTION_PREFIX): DeploymentNames {
  const functionName = `${prefix}${policyName}`;
  return {
    functionName,
    ruleName: functionName,
    targetId: functionName,
    statementId: functionName,
    logGroupName: logGroupOf(functionName),
  };
}

/** Where Lambda writes a function's logs. */
export const logGroupOf = (functionName: string) => `/aws/lambda/${functionName}`;

/** The ARN partition of a region: `aws`, `aws-cn` or `aws-us-gov`. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/**
 * The role ARN for `mode.role`: an ARN as written, or a bare role name in the deploying account,
 * as Cloud Custodian accepts both.
 */
export function roleArn(role: string, accountId: string, region: string): string {
  if (role.startsWith('arn:')) return role;
  return `arn:${partitionOf(region)}:iam::${accountId}:role/${role}`;
}

/** The Security Hub custom action of a hub-action policy, named by the policy (c7n's `_get_arn`). */
export function hubActionArn(policyName: string, region: string, accountId: string): string {
  return `arn:${partitionOf(region)}:securityhub:${region}:${accountId}:action/custom/${policyName}`;
}

export function logGroupArn(name: string, region: string, accountId: string): string {
  return `arn:${partitionOf(region)}:logs:${region}:${accountId}:log-group:${name}`;
}

export type DeployedKind = 'function' | 'rule' | 'log-group';

/**
 * What an ARN from the tagging API names: `...:function:NAME`, `...:rule/NAME` (default bus) or
 * `...:log-group:NAME` (sometimes with a trailing `:*`). Undefined for anything else.
 */
export function parseDeployedArn(arn: string): { kind: DeployedKind; name: string } | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, , service] = parts;
  const rest = parts.slice(5).join(':');
  if (service === 'lambda' && rest.startsWith('function:')) {
    const name = rest.slice('function:'.length).split(':')[0];
    return name ? { kind: 'function', name } : undefined;
  }
  if (service === 'events' && rest.startsWith('rule/')) {
    const path = rest.slice('rule/'.length).split('/');
    // Rules on a custom bus are `rule/BUS/NAME`; we only deploy to the default bus.
    return path.length === 1 && path[0] ? { kind: 'rule', name: path[0] } : undefined;
  }
  if (service === 'logs' && rest.startsWith('log-group:')) {
    const name = rest.slice('log-group:'.length).replace(/:\*$/, '');
    return name ? { kind: 'log-group', name } : undefined;
  }
  return undefined;
}
