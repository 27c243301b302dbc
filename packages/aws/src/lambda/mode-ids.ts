/**
 * The resource ids an event names for the event modes other than cloudtrail, as Cloud
 * Custodian reads them: an EC2 state change names `detail.instance-id` (c7n/cwe.py get_ids), an
 * Auto Scaling launch or termination its group in `detail.AutoScalingGroupName` (same), a
 * GuardDuty finding the instance in `detail.resource.instanceDetails.instanceId`
 * (GuardDutyMode.id_exprs), and an AWS Health event its affected entities, read from the
 * Health API in us-east-1 (PHDMode.resolve_resources).
 */

export interface ModeIds {
  ids: string[];
  /** Why there are none, for the no-op log line. */
  why?: string;
}

type Send = (
  service: string,
  operation: string,
  input: Record<string, unknown>,
  region?: string,
) => Promise<unknown>;

/** Modes whose ids come from the event without a call. */
export const EVENT_ID_MODES = ['asg-instance-state', 'ec2-instance-state', 'guard-duty'] as const;

const detailOf = (event: unknown) => (event as { detail?: Record<string, any> } | null)?.detail;

export function eventModeIds(modeType: string, event: unknown): ModeIds {
  const detail = detailOf(event);
  if (modeType === 'ec2-instance-state') {
    const id = detail?.['instance-id'];
    return typeof id === 'string' && id
      ? { ids: [id] }
      : { ids: [], why: 'the event is not an EC2 instance state change (no detail.instance-id)' };
  }
  if (modeType === 'asg-instance-state') {
    const name = detail?.AutoScalingGroupName;
    return typeof name === 'string' && name
      ? { ids: [name] }
      : { ids: [], why: 'the event is not an Auto Scaling instance event (no detail.AutoScalingGroupName)' };
  }
  if (modeType === 'guard-duty') {
    const id = detail?.resource?.instanceDetails?.instanceId;
    return typeof id === 'string' && id
      ? { ids: [id] }
      : {
          ids: [],
          why: 'the event is not a GuardDuty finding about an instance (no detail.resource.instanceDetails.instanceId)',
        };
  }
  return { ids: [] };
}

/**
 * The entities an AWS Health event affects, all pages. As c7n: ids are the entity values, or
 * their last `/` part when the type's id is an ARN field.
 */
export async function healthEventIds(
  event: unknown,
  idField: string,
  send: Send,
): Promise<ModeIds & { eventArn?: string }> {
  const eventArn = detailOf(event)?.eventArn;
  if (typeof eventArn !== 'string' || !eventArn)
    return { ids: [], why: 'the event is not an AWS Health event (no detail.eventArn)' };
  const values: string[] = [];
  let nextToken: string | undefined;
  do {
    const out = (await send(
      'health',
      'DescribeAffectedEntities',
      { filter: { eventArns: [eventArn] }, ...(nextToken && { nextToken }) },
      'us-east-1',
    )) as { entities?: { entityValue?: string }[]; nextToken?: string };
    for (const e of out.entities ?? []) if (e.entityValue) values.push(e.entityValue);
    nextToken = out.nextToken || undefined;
  } while (nextToken);
  const byArn = idField.toLowerCase().includes('arn');
  const ids = values.map((v) => (byArn ? (v.split('/').pop() ?? v) : v));
  return ids.length
    ? { ids, eventArn }
    : { ids, eventArn, why: `the health event ${eventArn} lists no affected entities` };
}
