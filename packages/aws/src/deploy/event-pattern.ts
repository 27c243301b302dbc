/**
 * The EventBridge pattern of a cloudtrail-mode policy, in Cloud Custodian's shape:
 * `{detail-type: [...], detail: {eventSource: [...], eventName: [...]}}`, with `mode.pattern`
 * merged in. Like c7n we leave out the top-level `source`: it is not always `aws.` plus the
 * event source's first label (CloudWatch's calls come from `monitoring.amazonaws.com` with
 * source `aws.cloudwatch`), and a wrong guess would silently match nothing.
 */
import { HUB_CUSTOM_ACTION, HUB_IMPORTED, HUB_INSIGHT } from '../lambda/hub-ids.js';
import { ASG_EVENTS } from '../modes/asg-instance-state.js';
import { trailShortcuts } from '../modes/cloudtrail-shortcuts.js';

export type TrailEvent = string | { source: string; event: string; ids?: string };

const API_CALL = 'AWS API Call via CloudTrail';
// Console sign-ins reach EventBridge under their own detail-type.
const SIGN_IN = 'AWS Console Sign In via CloudTrail';

export function cloudtrailPattern(
  events: readonly TrailEvent[],
  extra?: Record<string, unknown>,
): Record<string, unknown> {
  const sources: string[] = [];
  const names: string[] = [];
  for (const e of events) {
    const info =
      typeof e === 'string'
        ? trailShortcuts[e] && { source: trailShortcuts[e].source, event: trailShortcuts[e].event ?? e }
        : { source: e.source, event: e.event };
    if (!info) continue; // validation reports unknown shortcuts
    if (!sources.includes(info.source)) sources.push(info.source);
    if (!names.includes(info.event)) names.push(info.event);
  }
  const signIn = sources.includes('signin.amazonaws.com');
  const others = sources.some((s) => s !== 'signin.amazonaws.com');
  const detailType = [...(others || !signIn ? [API_CALL] : []), ...(signIn ? [SIGN_IN] : [])];
  const pattern = { 'detail-type': detailType, detail: { eventSource: sources, eventName: names } };
  return extra ? mergePattern(pattern, extra) : pattern;
}

/**
 * The rule pattern of the other event modes, as c7n/mu.py renders them: EC2 state changes
 * (`detail.state`), AWS Health events (type codes and categories; c7n leaves statuses out) and
 * GuardDuty findings (about instances, for ec2 policies), Security Hub findings imported or sent
 * to a custom action. `mode.pattern` is merged in.
 */
export function modePattern(
  mode: Record<string, unknown>,
  resourceType: string,
): Record<string, unknown> | undefined {
  const list = (k: string) => (Array.isArray(mode[k]) ? (mode[k] as unknown[]) : []);
  let pattern: Record<string, unknown>;
  switch (mode.type) {
    case 'ec2-instance-state':
      pattern = {
        source: ['aws.ec2'],
        'detail-type': ['EC2 Instance State-change Notification'],
        detail: { state: list('events') },
      };
      break;
    case 'asg-instance-state':
      pattern = {
        source: ['aws.autoscaling'],
        'detail-type': list('events').map((e) => ASG_EVENTS[e as keyof typeof ASG_EVENTS] ?? e),
      };
      break;
    case 'phd': {
      const detail: Record<string, unknown> = {};
      if (list('events').length) detail.eventTypeCode = list('events');
      if (list('categories').length) detail.eventTypeCategory = list('categories');
      pattern = { source: ['aws.health'], ...(Object.keys(detail).length && { detail }) };
      break;
    }
    case 'guard-duty':
      pattern = {
        source: ['aws.guardduty'],
        'detail-type': ['GuardDuty Finding'],
        // c7n's provision sets resource-filter Instance for ec2 (AccessKey for iam-user).
        ...(resourceType === 'aws.ec2' && { detail: { resource: { resourceType: ['Instance'] } } }),
      };
      break;
    // c7n/mu.py CloudWatchEventSource; hub-action's pattern also names its action target.
    case 'hub-finding':
      pattern = { source: ['aws.securityhub'], 'detail-type': [HUB_IMPORTED] };
      break;
    case 'hub-action':
      pattern = { source: ['aws.securityhub'], 'detail-type': [HUB_CUSTOM_ACTION, HUB_INSIGHT] };
      break;
    default:
      return undefined;
  }
  const extra = mode.pattern as Record<string, unknown> | undefined;
  return extra ? mergePattern(pattern, extra) : pattern;
}

/** Deep merge where the generated pattern's leaves win and `extra` adds what it lacks (c7n's merge). */
export function mergePattern(
  generated: Record<string, unknown>,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...extra };
  for (const [k, v] of Object.entries(generated)) {
    const x = extra[k];
    out[k] = isPlainObject(v) && isPlainObject(x) ? mergePattern(v, x) : v;
  }
  return out;
}

/** Same pattern whatever the key order or formatting EventBridge gives back. */
export function samePattern(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  try {
    return canonical(JSON.parse(a)) === canonical(JSON.parse(b));
  } catch {
    return a === b;
  }
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isPlainObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
