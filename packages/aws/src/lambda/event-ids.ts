/**
 * The resource ids a CloudTrail event names, for a `cloudtrail` mode policy: the first entry
 * of `mode.events` that matches the event's source and name gives a JMESPath, evaluated on
 * the event's `detail` (or on the whole event when it starts with `detail.`, as Cloud
 * Custodian forgives both spellings). Falsy values are dropped and one id becomes a list, as
 * c7n's `CloudWatchEvents.get_ids` does.
 */
import { compileJmespath } from '@c7n-ts/core';
import { type TrailShortcut, trailShortcuts } from '../modes/cloudtrail-shortcuts.js';

/** One `mode.events` entry as written: a shortcut name or `{source, event, ids}`. */
export type TrailEventSpec = string | { source: string; event: string; ids: string };

export interface EventIds {
  /** The entry that matched the event's source and name, shortcuts expanded; undefined when none did. */
  matched?: { source: string; event: string; ids: string };
  ids: string[];
}

/** A shortcut or explicit entry as `{source, event, ids}`; undefined for an unknown shortcut. */
export function expandEventSpec(
  spec: TrailEventSpec,
): { source: string; event: string; ids: string } | undefined {
  if (typeof spec !== 'string') return spec;
  const s: TrailShortcut | undefined = trailShortcuts[spec];
  return s && { source: s.source, event: s.event ?? spec, ids: s.ids };
}

/** True when the event is a CloudTrail API call delivered by EventBridge (it has detail.eventName). */
export function isTrailEvent(event: unknown): event is { detail: Record<string, unknown> } {
  const detail = (event as { detail?: unknown } | null)?.detail;
  return (
    typeof detail === 'object' &&
    detail !== null &&
    typeof (detail as Record<string, unknown>).eventName === 'string'
  );
}

/**
 * A CloudTrail record as CloudTrail writes it (what an EventBridge event carries in `detail`):
 * users copy these from the console's event history or a trail's log file.
 */
export function isTrailRecord(event: unknown): event is Record<string, unknown> {
  const e = event as Record<string, unknown> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    !('detail' in e) &&
    typeof e.eventName === 'string' &&
    typeof e.eventSource === 'string'
  );
}

/** A CloudTrail record in the EventBridge envelope AWS delivers it in to a `cloudtrail` mode function. */
export function trailEnvelope(record: Record<string, unknown>): { detail: Record<string, unknown> } {
  const source = String(record.eventSource).split('.')[0];
  return {
    version: '0',
    id: typeof record.eventID === 'string' ? record.eventID : '00000000-0000-4000-8000-000000000000',
    'detail-type': 'AWS API Call via CloudTrail',
    source: `aws.${source}`,
    account:
      record.recipientAccountId ?? (record.userIdentity as { accountId?: string } | undefined)?.accountId,
    time: record.eventTime,
    region: record.awsRegion,
    resources: [],
    detail: record,
  } as { detail: Record<string, unknown> };
}

export function eventIds(event: unknown, specs: readonly TrailEventSpec[]): EventIds {
  if (!isTrailEvent(event)) return { ids: [] };
  const { eventName, eventSource } = event.detail;
  let matched: EventIds['matched'];
  for (const spec of specs) {
    const e = expandEventSpec(spec);
    if (!e || e.event !== eventName || e.source !== eventSource) continue;
    matched ??= e;
    const target = e.ids.startsWith('detail.') ? event : event.detail;
    const ids = flattenIds(compileJmespath(e.ids)(target));
    // c7n tries the next entry when one yields nothing (two entries for one event name).
    if (ids.length) return { matched: e, ids };
  }
  return { matched, ids: [] };
}

function flattenIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(flattenIds);
  if (typeof value === 'string') return value ? [value] : [];
  if (typeof value === 'number') return [String(value)];
  return [];
}
