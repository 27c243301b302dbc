/**
 * The Security Hub custom action of a hub-action policy, kept as c7n/mu.py SecurityHubAction
 * keeps it: described by ARN, created, or updated when its name or description differ. Action
 * targets carry no tags: the function's tag names it, so prune finds it.
 */
import type { DeployResult } from './deploy.js';
import { type DeployEnv, unlessNotFound } from './env.js';
import type { ActionTargetConfig } from './function-config.js';

export async function describeActionTarget(
  arn: string,
  env: DeployEnv,
): Promise<Record<string, unknown> | undefined> {
  // Security Hub answers an unknown ARN with ResourceNotFoundException (c7n also takes an empty list).
  const out = await unlessNotFound(
    env.send('securityhub', 'DescribeActionTargets', { ActionTargetArns: [arn] }, env.region),
  );
  return (out?.ActionTargets as Record<string, unknown>[] | undefined)?.[0];
}

export async function deployActionTarget(
  a: ActionTargetConfig,
  env: DeployEnv,
  result: DeployResult,
): Promise<void> {
  const securityhub = (op: string, input: Record<string, unknown>) =>
    env.send('securityhub', op, input, env.region);
  result.actionTargetArn = a.ActionTargetArn;
  const current = await describeActionTarget(a.ActionTargetArn, env);
  if (!current) {
    await securityhub('CreateActionTarget', { Name: a.Name, Description: a.Description, Id: a.Id });
    result.changes.push('created hub action');
  } else if (current.Name !== a.Name || current.Description !== a.Description) {
    await securityhub('UpdateActionTarget', {
      ActionTargetArn: a.ActionTargetArn,
      Name: a.Name,
      Description: a.Description,
    });
    result.changes.push('updated hub action');
  }
}

export async function removeActionTarget(arn: string, env: DeployEnv): Promise<'removed' | 'missing'> {
  if (!(await describeActionTarget(arn, env))) return 'missing';
  await env.send('securityhub', 'DeleteActionTarget', { ActionTargetArn: arn }, env.region);
  return 'removed';
}
