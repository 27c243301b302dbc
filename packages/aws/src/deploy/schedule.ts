/**
 * The EventBridge Scheduler schedule of a schedule-mode policy, kept as c7n/mu.py
 * EventBridgeScheduleSource keeps it: read it, create it or update it when a field differs,
 * then delete the copy left in the group the function's tag named before (a group-name change).
 * Scheduler invokes the function with the schedule's role: no Lambda permission is added.
 */
import type { DeployResult } from './deploy.js';
import { type DeployEnv, unlessNotFound } from './env.js';
import type { ScheduleConfig } from './function-config.js';
import { parseScheduleTag } from './names.js';

/** CreateSchedule / UpdateSchedule input for the function. */
export function scheduleInput(s: ScheduleConfig, functionArn: string): Record<string, unknown> {
  const { RoleArn, ...rest } = s;
  return { ...rest, Target: { Arn: functionArn, RoleArn } };
}

export async function deploySchedule(
  s: ScheduleConfig,
  env: DeployEnv,
  result: DeployResult,
  /** The SCHEDULE_TAG value of the function before this deploy. */
  previousTag: string | undefined,
): Promise<void> {
  const scheduler = (op: string, input: Record<string, unknown>) =>
    env.send('scheduler', op, input, env.region);
  const want = scheduleInput(s, result.functionArn as string);
  const current = await unlessNotFound(scheduler('GetSchedule', { Name: s.Name, GroupName: s.GroupName }));
  if (!current) {
    const out = await scheduler('CreateSchedule', want);
    result.scheduleArn = out.ScheduleArn as string | undefined;
    result.changes.push('created schedule');
  } else {
    result.scheduleArn = current.Arn as string | undefined;
    if (differs(current, want)) {
      await scheduler('UpdateSchedule', want);
      result.changes.push('updated schedule');
    }
  }
  const previous = parseScheduleTag(previousTag);
  if (previous && previous.group !== s.GroupName) await removeSchedule(previousTag, env, result);
}

/** Deletes the schedule a SCHEDULE_TAG value names (gone already is fine). */
export async function removeSchedule(
  tag: string | undefined,
  env: DeployEnv,
  result: DeployResult,
): Promise<void> {
  const previous = parseScheduleTag(tag);
  if (!previous) return;
  await unlessNotFound(
    env.send('scheduler', 'DeleteSchedule', { Name: previous.name, GroupName: previous.group }, env.region),
  );
  result.changes.push(`removed schedule from group ${previous.group}`);
}

/** c7n's delta: the fields a user sets, and the target. */
function differs(have: Record<string, unknown>, want: Record<string, unknown>): boolean {
  for (const k of ['State', 'ScheduleExpression', 'ScheduleExpressionTimezone', 'Description', 'GroupName'])
    if ((have[k] ?? '') !== (want[k] ?? '')) return true;
  for (const k of ['StartDate', 'EndDate']) if (time(have[k]) !== time(want[k])) return true;
  const target = (v: unknown) => (v ?? {}) as { Arn?: string; RoleArn?: string };
  return (
    target(have.Target).Arn !== target(want.Target).Arn ||
    target(have.Target).RoleArn !== target(want.Target).RoleArn
  );
}

function time(v: unknown): number | undefined {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'string' || typeof v === 'number') return new Date(v).getTime();
  return undefined;
}
